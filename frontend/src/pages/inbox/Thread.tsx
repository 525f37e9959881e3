import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { chronological } from '../../api/history';
import { useI18n } from '../../i18n/i18n';
import { usePermissions } from '../../session/useSession';
import { Icon } from '../../ui/Icon';
import { Badge, Empty, Field, fieldError, Skeleton, Spinner } from '../../ui/parts';
import { NextBooking } from '../bookings/NextBooking';
import { statusTone, stages } from './ConversationList';
import { useConversation, useConversationAction, useMessages, useReply, useTemplate, type Message } from './queries';

const statusMarks: Record<string, React.ReactNode> = { PENDING: <Icon name="clock" size={12} />, SENT: '✓', DELIVERED: '✓✓', READ: '✓✓', PLAYED: '✓✓', FAILED: <Icon name="alert" size={12} /> };

function MessageStatus({ message }: { message: Message }) {
  if (!message.status) return null;
  const label = message.status + (message.errorMessage ? `: ${message.errorMessage}` : '');
  return (
    <span className={`status status-${message.status.toLowerCase()}`} title={label} aria-label={label}>
      {statusMarks[message.status]}
    </span>
  );
}

function AiMetadata({ metadata }: { metadata: Record<string, unknown> }) {
  const { t } = useI18n();
  if (!metadata || metadata.intent === undefined) return null;
  const text = t('inbox.metadata', {
    intent: String(metadata.intent),
    tokensIn: String(metadata.tokensIn ?? 0),
    tokensOut: String(metadata.tokensOut ?? 0),
    costUsd: String(metadata.costUsd ?? '0'),
    latencyMs: String(metadata.latencyMs ?? '?'),
  });
  return (
    <span className="meta" tabIndex={0} aria-label={text}>
      <Icon name="info" size={13} />
      <span className="meta-tip" role="tooltip">
        {text}
        {metadata.model ? ` · ${String(metadata.model)}` : ''}
      </span>
    </span>
  );
}

/** One bubble: who wrote it, when, buttons offered, delivery status and the AI's metadata. */
export function Bubble({ message }: { message: Message }) {
  const { t, formatDate } = useI18n();
  const outbound = message.direction === 'OUTBOUND';
  const buttons = (message.content?.buttons as string[] | undefined) ?? [];
  return (
    <li className={`bubble ${outbound ? 'out' : 'in'} author-${(message.author ?? 'CUSTOMER').toLowerCase()}`} data-testid="message">
      <span className="bubble-author">{t(`inbox.author.${message.author ?? 'CUSTOMER'}`)}</span>
      <p>{message.text}</p>
      {buttons.length > 0 && (
        <span className="bubble-buttons">
          {buttons.map((button) => (
            <span key={button} className="bubble-button">
              {button}
            </span>
          ))}
        </span>
      )}
      <span className="bubble-foot">
        <time>{formatDate(message.at)}</time>
        {outbound && message.author === 'AI' && <AiMetadata metadata={message.metadata ?? {}} />}
        {outbound && <MessageStatus message={message} />}
      </span>
    </li>
  );
}

export function MessageList({ conversationId }: { conversationId: string }) {
  const { t } = useI18n();
  const messages = useMessages(conversationId);
  const end = useRef<HTMLDivElement>(null);
  const items = [...(messages.data?.items ?? [])].sort(chronological);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [items.length]);
  if (messages.isPending) return <Skeleton rows={5} />;
  if (!items.length) return <Empty>{t('common.empty')}</Empty>;
  return (
    <div className="messages">
      <ol aria-live="polite">
        {items.map((message) => (
          <Bubble key={message.id} message={message} />
        ))}
      </ol>
      <div ref={end} />
    </div>
  );
}

function TemplateForm({ conversationId, language }: { conversationId: string; language: string }) {
  const { t } = useI18n();
  const send = useTemplate(conversationId);
  const [template, setTemplate] = useState({ name: '', language });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(template, { onSuccess: () => setTemplate({ ...template, name: '' }) });
  };
  return (
    <form className="composer template" onSubmit={submit} noValidate>
      <Field label={t('inbox.templateName')} error={fieldError(send.error, 'name')}>
        <input value={template.name} onChange={(e) => setTemplate({ ...template, name: e.target.value })} placeholder="seguimiento_plan" />
      </Field>
      <Field label={t('settings.language')} error={fieldError(send.error, 'language')}>
        <input value={template.language} onChange={(e) => setTemplate({ ...template, language: e.target.value })} size={5} />
      </Field>
      <button className="primary" type="submit" disabled={send.isPending || !template.name.trim()}>
        {send.isPending && <Spinner />} {t('inbox.sendTemplate')}
      </button>
    </form>
  );
}

/** A conversation: its messages live, and take over / hand back / close / reply as a person. */
export function Thread({ conversationId, onBack }: { conversationId: string; onBack?: () => void }) {
  const { t, language } = useI18n();
  const { canWrite } = usePermissions();
  const conversation = useConversation(conversationId);
  const action = useConversationAction(conversationId);
  const reply = useReply(conversationId);
  const [text, setText] = useState('');
  const data = conversation.data;

  useEffect(() => {
    if (canWrite && (data?.unreadCount ?? 0) > 0 && !action.isPending) action.mutate('read');
    // Marking read once per arrival of unread messages is enough.
  }, [conversationId, data?.unreadCount, canWrite]);

  if (conversation.isPending) return <Skeleton rows={8} />;
  if (!data) return <Empty />;

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    reply.mutate(text, { onSuccess: () => setText('') });
  };
  return (
    <section className="thread" aria-label={data.customerName ?? data.customerPhone}>
      <header className="thread-head">
        {onBack && (
          <button className="back" onClick={onBack} aria-label={t('inbox.back')}>
            ←
          </button>
        )}
        <div className="thread-who">
          <strong>{data.customerName || data.customerPhone}</strong>
          <span className="muted">
            {data.customerPhone}
            {data.customerId && (
              <>
                {' · '}
                <Link to={`/customers/${data.customerId}`}>{t('customers.profile')}</Link>
              </>
            )}
          </span>
        </div>
        <Badge tone={statusTone(data.status)}>{t(`inbox.status.${data.status ?? 'AI_ACTIVE'}`)}</Badge>
        {data.stage && <Badge>{t(`stage.${data.stage as (typeof stages)[number]}`)}</Badge>}
        {canWrite && (
          <span className="thread-actions">
            {data.status !== 'HUMAN_HANDLING' && (
              <button onClick={() => action.mutate('takeover')} disabled={action.isPending}>
                {t('inbox.takeOver')}
              </button>
            )}
            {data.status !== 'AI_ACTIVE' && (
              <button onClick={() => action.mutate('handback')} disabled={action.isPending}>
                {t('inbox.handBack')}
              </button>
            )}
            {data.status !== 'CLOSED' && (
              <button onClick={() => action.mutate('close')} disabled={action.isPending}>
                {t('inbox.closeChat')}
              </button>
            )}
          </span>
        )}
      </header>
      {data.customerId && <NextBooking customerId={data.customerId} />}
      {data.summary && <p className="summary">{data.summary}</p>}
      <MessageList conversationId={conversationId} />
      {data.needsTemplate && <p className="notice">{t('inbox.needsTemplate')}</p>}
      {canWrite && data.needsTemplate && <TemplateForm conversationId={conversationId} language={language} />}
      {canWrite && !data.needsTemplate && (
        <form className="composer" onSubmit={send}>
          <textarea
            aria-label={t('inbox.reply')}
            placeholder={t('inbox.reply')}
            value={text}
            rows={2}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) send(e);
            }}
          />
          <button className="primary" type="submit" disabled={reply.isPending || !text.trim()}>
            {reply.isPending ? (
              <>
                <Spinner /> {t('inbox.sending')}
              </>
            ) : (
              t('inbox.send')
            )}
          </button>
        </form>
      )}
    </section>
  );
}
