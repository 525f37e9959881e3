import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, ok, type Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { fieldError, Skeleton } from '../ui/parts';

type Message = Schemas['AssistantMessage'];
type Linked = { type?: string; id?: string; label?: string };

const EXAMPLES = {
  es: ['¿cuántos prospectos nuevos esta semana?', '¿a quién llamo hoy?', '¿qué se vendió más el mes pasado?',
    '¿qué conversaciones esperan a una persona?', '¿cómo va la IA?'],
  en: ['How many new leads this week?', 'Who should I call today?', 'What sold best last month?',
    'Which conversations are waiting for a person?', 'How is the AI doing?'],
};

/** A customer or conversation an answer speaks of. */
function Target({ link }: { link: Linked }) {
  const to = link.type === 'conversation' ? `/inbox/${link.id}` : `/customers/${link.id}`;
  return <Link to={to}>{link.label}</Link>;
}

/** The owner's assistant: ask about leads, sales and conversations in your words; answers come from the company's figures. */
export function AssistantPage() {
  const { t, language, formatDate } = useI18n();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const history = useQuery({
    queryKey: ['assistant'],
    queryFn: () => ok(api.GET('/api/v1/assistant/messages', { params: { query: { size: 50 } } })),
  });
  const ask = useMutation({
    mutationFn: (question: string) => ok(api.POST('/api/v1/assistant/messages', { body: { text: question } })),
    onSuccess: () => {
      setText('');
      client.invalidateQueries({ queryKey: ['assistant'] });
    },
  });
  const send = (question: string) => {
    if (question.trim()) ask.mutate(question.trim());
  };
  const messages: Message[] = [...(history.data?.items ?? [])].reverse();
  return (
    <div className="page assistant">
      <h1>{t('assistant.title')}</h1>
      <p className="muted">{t('assistant.help')}</p>
      <div className="row">
        {EXAMPLES[language === 'en' ? 'en' : 'es'].map((example) => (
          <button key={example} type="button" className="chip" disabled={ask.isPending} onClick={() => send(example)}>
            {example}
          </button>
        ))}
      </div>
      <section className="card assistant-thread" aria-label={t('assistant.title')}>
        {history.isPending ? <Skeleton rows={3} /> : messages.length === 0 ? (
          <p className="muted">{t('assistant.empty')}</p>
        ) : (
          <ol>
            {messages.map((message) => {
              const links = (message.metadata?.links ?? []) as Linked[];
              return (
                <li key={message.id} className={`assistant-message ${message.role}`} data-testid={`assistant-${message.role}`}>
                  <p>{message.content}</p>
                  {links.length > 0 && (
                    <p className="small">
                      {links.map((link, index) => (
                        <span key={link.id}>
                          {index > 0 && ' · '}
                          <Target link={link} />
                        </span>
                      ))}
                    </p>
                  )}
                  {message.role === 'assistant' && (
                    <p className="muted small">
                      {formatDate(message.createdAt)} · {t('assistant.took', { ms: message.latencyMs ?? 0 })} · {String(message.metadata?.model ?? '')}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <form
        className="row assistant-ask"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          send(text);
        }}
      >
        <input aria-label={t('assistant.question')} placeholder={t('assistant.placeholder')} value={text} maxLength={1000}
          onChange={(event) => setText(event.target.value)} />
        <button type="submit" className="primary" disabled={ask.isPending || !text.trim()}>{t('assistant.ask')}</button>
      </form>
      {ask.error && <p className="field-error" role="alert">{fieldError(ask.error, 'text') ?? ask.error.message}</p>}
    </div>
  );
}
