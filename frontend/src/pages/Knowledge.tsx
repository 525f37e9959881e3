import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { knowledge, type Faq, type SourceStatus } from '../api/knowledge';
import { useI18n } from '../i18n/i18n';
import { usePermissions } from '../session/useSession';
import { Badge, Empty, Field, fieldError, Skeleton, Spinner, SubmitButton } from '../ui/parts';
import { useToast } from '../ui/toast';

const tone: Record<SourceStatus, 'warn' | 'good' | 'bad'> = { PROCESSING: 'warn', READY: 'good', FAILED: 'bad' };

function Sources() {
  const { t } = useI18n();
  const { canWrite } = usePermissions();
  const client = useQueryClient();
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [paste, setPaste] = useState({ title: '', text: '' });
  const sources = useQuery({
    queryKey: ['knowledge', 'sources'],
    queryFn: () => knowledge.sources(),
    // Processing happens in the background: look again until every source is settled.
    refetchInterval: (query) => (query.state.data?.items.some((source) => source.status === 'PROCESSING') ? 2000 : false),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['knowledge', 'sources'] });
  const upload = useMutation({
    mutationFn: (file: File) => knowledge.upload(file, setProgress),
    onSettled: () => {
      setProgress(null);
      if (fileInput.current) fileInput.current.value = '';
      refresh();
    },
    onSuccess: () => toast('success', t('common.saved')),
  });
  const addText = useMutation({
    mutationFn: () => knowledge.addText(paste.title, paste.text),
    onSuccess: () => {
      setPaste({ title: '', text: '' });
      refresh();
    },
  });
  const remove = useMutation({ mutationFn: knowledge.removeSource, onSuccess: refresh });
  const submitText = (event: FormEvent) => {
    event.preventDefault();
    addText.mutate();
  };
  return (
    <section className="card stack">
      <h2>{t('knowledge.sources')}</h2>
      {canWrite && (
        <div className="knowledge-add">
          <div className="stack">
            <Field label={t('knowledge.upload')}>
              <input ref={fileInput} type="file" accept=".pdf,.txt,.md,.docx,.html,.csv" disabled={upload.isPending} onChange={(e) => e.target.files?.[0] && upload.mutate(e.target.files[0])} />
            </Field>
            {progress !== null && (
              <div className="quota-track" role="progressbar" aria-valuenow={progress} aria-valuemin={0} aria-valuemax={100} aria-label={t('knowledge.uploading', { percent: progress })}>
                <div className="quota-fill quota-ok" style={{ width: `${progress}%` }} />
              </div>
            )}
            {progress !== null && <span className="muted small">{t('knowledge.uploading', { percent: progress })}</span>}
          </div>
          <form className="stack" onSubmit={submitText} noValidate>
            <Field label={t('knowledge.pasteTitle')} error={fieldError(addText.error, 'title')}>
              <input value={paste.title} onChange={(e) => setPaste({ ...paste, title: e.target.value })} />
            </Field>
            <Field label={t('knowledge.pasteText')} error={fieldError(addText.error, 'text')}>
              <textarea rows={3} value={paste.text} onChange={(e) => setPaste({ ...paste, text: e.target.value })} />
            </Field>
            <button type="submit" disabled={addText.isPending}>
              {addText.isPending && <Spinner />} {t('knowledge.addText')}
            </button>
          </form>
        </div>
      )}
      {sources.isPending ? (
        <Skeleton rows={3} />
      ) : !sources.data?.items.length ? (
        <Empty />
      ) : (
        <ul className="list">
          {sources.data.items.map((source) => (
            <li key={source.id} className="list-row">
              <strong>{source.title}</strong>
              <Badge tone={tone[source.status]}>
                {source.status === 'PROCESSING' && <Spinner />} {t(`knowledge.status.${source.status}`)}
              </Badge>
              {source.status === 'READY' && <span className="muted small">{t('knowledge.chunks', { count: source.chunkCount ?? 0 })}</span>}
              {source.failureReason && <span className="field-error">{source.failureReason}</span>}
              <span className="spacer" />
              {canWrite && (
                <button className="danger" disabled={remove.isPending} onClick={() => confirm(t('common.confirmDelete')) && remove.mutate(source.id)}>
                  {t('common.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FaqRow({ faq }: { faq: Faq }) {
  const { t } = useI18n();
  const { canWrite } = usePermissions();
  const client = useQueryClient();
  const [draft, setDraft] = useState(faq);
  const refresh = () => client.invalidateQueries({ queryKey: ['knowledge', 'faqs'] });
  const save = useMutation({ mutationFn: knowledge.updateFaq, onSuccess: refresh });
  const remove = useMutation({ mutationFn: knowledge.removeFaq, onSuccess: refresh });
  const changed = draft.question !== faq.question || draft.answer !== faq.answer;
  return (
    <li className="faq">
      <Field label={t('knowledge.question')} error={fieldError(save.error, 'question')}>
        <input value={draft.question} disabled={!canWrite} onChange={(e) => setDraft({ ...draft, question: e.target.value })} />
      </Field>
      <Field label={t('knowledge.answer')} error={fieldError(save.error, 'answer')}>
        <textarea rows={2} value={draft.answer} disabled={!canWrite} onChange={(e) => setDraft({ ...draft, answer: e.target.value })} />
      </Field>
      {canWrite && (
        <span className="cell-actions">
          <button disabled={!changed || save.isPending} onClick={() => save.mutate(draft)}>
            {save.isPending && <Spinner />} {t('common.save')}
          </button>
          <button className="danger" disabled={remove.isPending} onClick={() => confirm(t('common.confirmDelete')) && remove.mutate(faq.id)}>
            {t('common.delete')}
          </button>
        </span>
      )}
    </li>
  );
}

function Faqs() {
  const { t } = useI18n();
  const { canWrite } = usePermissions();
  const client = useQueryClient();
  const [draft, setDraft] = useState({ question: '', answer: '' });
  const faqs = useQuery({ queryKey: ['knowledge', 'faqs'], queryFn: knowledge.faqs });
  const add = useMutation({
    mutationFn: () => knowledge.addFaq(draft),
    onSuccess: () => {
      setDraft({ question: '', answer: '' });
      client.invalidateQueries({ queryKey: ['knowledge', 'faqs'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <section className="card stack">
      <h2>{t('knowledge.faqs')}</h2>
      {canWrite && (
        <form className="stack" onSubmit={submit} noValidate>
          <Field label={t('knowledge.question')} error={fieldError(add.error, 'question')}>
            <input value={draft.question} onChange={(e) => setDraft({ ...draft, question: e.target.value })} />
          </Field>
          <Field label={t('knowledge.answer')} error={fieldError(add.error, 'answer')}>
            <textarea rows={2} value={draft.answer} onChange={(e) => setDraft({ ...draft, answer: e.target.value })} />
          </Field>
          <SubmitButton pending={add.isPending} label={t('knowledge.addFaq')} />
        </form>
      )}
      {faqs.isPending ? (
        <Skeleton rows={2} />
      ) : !faqs.data?.items.length ? (
        <Empty />
      ) : (
        <ul className="list">
          {faqs.data.items.map((faq) => (
            <FaqRow key={`${faq.id}:${faq.question}:${faq.answer}`} faq={faq} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TestQuestion() {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const search = useMutation({ mutationFn: knowledge.search });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) search.mutate(query);
  };
  return (
    <section className="card stack">
      <h2>{t('knowledge.test')}</h2>
      <form className="row" onSubmit={submit}>
        <Field label={t('knowledge.question')}>
          <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('knowledge.testPlaceholder')} />
        </Field>
        <button className="primary" type="submit" disabled={search.isPending || !query.trim()}>
          {search.isPending && <Spinner />} {t('knowledge.ask')}
        </button>
      </form>
      {search.data &&
        (search.data.length ? (
          <ol className="list results">
            {search.data.map((result, index) => (
              <li key={index} className="result">
                <span className="muted small">
                  {result.title}
                  {result.score !== undefined && ` · ${t('knowledge.score', { score: result.score.toFixed(2) })}`}
                </span>
                <p>{result.text}</p>
              </li>
            ))}
          </ol>
        ) : (
          <Empty>{t('knowledge.noResults')}</Empty>
        ))}
    </section>
  );
}

export function KnowledgePage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('knowledge.title')}</h1>
      <div className="knowledge-grid">
        <Sources />
        <TestQuestion />
        <Faqs />
      </div>
    </div>
  );
}
