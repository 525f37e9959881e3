import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { knowledge, type Faq, type KnowledgeSource, type Passage, type SourceStatus } from '../api/knowledge';
import { useI18n } from '../i18n/i18n';
import { usePermissions } from '../session/useSession';
import { Badge, Empty, Field, fieldError, Skeleton, Spinner, SubmitButton } from '../ui/parts';
import { useToast } from '../ui/toast';

const tone: Record<SourceStatus, 'warn' | 'good' | 'bad'> = { PROCESSING: 'warn', READY: 'good', FAILED: 'bad' };

/** Processing happens in the background: look again every 2 s until every source is settled. */
const untilSettled = (query: { state: { data?: { items: KnowledgeSource[] } } }) =>
  query.state.data?.items.some((source) => source.status === 'PROCESSING') ? 2000 : false;

/** A card named by its heading, so it is a landmark a screen reader (or a test) can find. */
function Card({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A source's processing state: a badge, its chunks once ready, and why it failed. */
function SourceState({ source }: { source: KnowledgeSource }) {
  const { t } = useI18n();
  return (
    <>
      <Badge tone={tone[source.status]}>
        {source.status === 'PROCESSING' && <Spinner />} {t(`knowledge.status.${source.status}`)}
      </Badge>
      {source.status === 'READY' && <span className="muted small">{t('knowledge.chunks', { count: source.chunkCount ?? 0 })}</span>}
      {source.status === 'FAILED' && source.failureReason && <span className="field-error source-failure">{source.failureReason}</span>}
    </>
  );
}

function Sources() {
  const { t } = useI18n();
  const { canAdmin } = usePermissions();
  const client = useQueryClient();
  const toast = useToast();
  const fileInput = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [paste, setPaste] = useState({ title: '', text: '' });
  const sources = useQuery({
    queryKey: ['knowledge', 'sources'],
    queryFn: () => knowledge.sources(),
    refetchInterval: untilSettled,
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
      toast('success', t('common.saved'));
    },
  });
  const remove = useMutation({ mutationFn: knowledge.removeSource, onSuccess: refresh });
  const submitText = (event: FormEvent) => {
    event.preventDefault();
    addText.mutate();
  };
  return (
    <Card title={t('knowledge.sources')}>
      {canAdmin && (
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
            <SubmitButton pending={addText.isPending} label={t('knowledge.addText')} />
          </form>
        </div>
      )}
      {sources.isPending ? (
        <Skeleton rows={3} />
      ) : !sources.data?.items.length ? (
        <Empty />
      ) : (
        <ul className="list" aria-live="polite">
          {sources.data.items.map((source) => (
            <li key={source.id} className="list-row source" data-status={source.status}>
              <strong className="source-title">{source.title}</strong>
              {source.fileName && source.fileName !== source.title && <span className="muted small source-title">{source.fileName}</span>}
              <SourceState source={source} />
              <span className="spacer" />
              {canAdmin && (
                <button className="danger" aria-label={`${t('common.delete')}: ${source.title}`} disabled={remove.isPending}
                  onClick={() => confirm(t('common.confirmDelete')) && remove.mutate(source.id)}>
                  {t('common.delete')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function FaqRow({ faq }: { faq: Faq }) {
  const { t } = useI18n();
  const { canAdmin } = usePermissions();
  const client = useQueryClient();
  const [draft, setDraft] = useState(faq);
  const refresh = () => client.invalidateQueries({ queryKey: ['knowledge', 'faqs'] });
  const save = useMutation({ mutationFn: knowledge.updateFaq, onSuccess: refresh });
  const remove = useMutation({ mutationFn: knowledge.removeFaq, onSuccess: refresh });
  const changed = draft.question !== faq.question || draft.answer !== faq.answer;
  return (
    <li className="faq" data-status={faq.status}>
      <Field label={t('knowledge.question')} error={fieldError(save.error, 'question')}>
        <input value={draft.question} disabled={!canAdmin} onChange={(e) => setDraft({ ...draft, question: e.target.value })} />
      </Field>
      <Field label={t('knowledge.answer')} error={fieldError(save.error, 'answer')}>
        <textarea rows={2} value={draft.answer} disabled={!canAdmin} onChange={(e) => setDraft({ ...draft, answer: e.target.value })} />
      </Field>
      <div className="faq-foot">
        <SourceState source={faq} />
        <span className="spacer" />
        {canAdmin && (
          <span className="cell-actions">
            <button disabled={!changed || save.isPending} onClick={() => save.mutate(draft)}>
              {save.isPending && <Spinner />} {t('common.save')}
            </button>
            <button className="danger" aria-label={`${t('common.delete')}: ${faq.question}`} disabled={remove.isPending}
              onClick={() => confirm(t('common.confirmDelete')) && remove.mutate(faq.id)}>
              {t('common.delete')}
            </button>
          </span>
        )}
      </div>
    </li>
  );
}

function Faqs() {
  const { t } = useI18n();
  const { canAdmin } = usePermissions();
  const client = useQueryClient();
  const toast = useToast();
  // A question the agent could not answer, sent from the analytics page, starts the new FAQ.
  const [params] = useSearchParams();
  const [draft, setDraft] = useState({ question: params.get('question') ?? '', answer: '' });
  const faqs = useQuery({ queryKey: ['knowledge', 'faqs'], queryFn: knowledge.faqs, refetchInterval: untilSettled });
  const add = useMutation({
    mutationFn: () => knowledge.addFaq(draft),
    onSuccess: () => {
      setDraft({ question: '', answer: '' });
      client.invalidateQueries({ queryKey: ['knowledge', 'faqs'] });
      toast('success', t('common.saved'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <Card title={t('knowledge.faqs')}>
      {canAdmin && (
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
    </Card>
  );
}

/** One passage the agent would find: its source, the text, the score, and whether it is enough to answer. */
function Result({ passage }: { passage: Passage }) {
  const { t } = useI18n();
  const percent = Math.round((passage.score ?? 0) * 100);
  return (
    <li className={`result${passage.relevant ? '' : ' result-weak'}`}>
      <div className="result-head">
        <strong className="source-title">{passage.source}</strong>
        {passage.heading && passage.heading !== passage.source && <span className="muted small">{passage.heading}</span>}
        <span className="spacer" />
        <Badge tone={passage.relevant ? 'good' : 'warn'}>{t('knowledge.score', { score: percent })}</Badge>
      </div>
      <p>{passage.text}</p>
      <span className={`small ${passage.relevant ? 'muted' : 'result-note'}`}>
        {t(passage.relevant ? 'knowledge.relevant' : 'knowledge.notRelevant')}
      </span>
    </li>
  );
}

function TestQuestion() {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const search = useMutation({ mutationFn: knowledge.search });
  const results = search.data && (search.data.results ?? []);
  const minScore = search.data?.minScore;
  const answers = results?.some((passage) => passage.relevant);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) search.mutate(query);
  };
  return (
    <Card title={t('knowledge.test')}>
      <form className="row" onSubmit={submit}>
        <Field label={t('knowledge.question')}>
          <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('knowledge.testPlaceholder')} />
        </Field>
        <button className="primary" type="submit" disabled={search.isPending || !query.trim()}>
          {search.isPending && <Spinner />} {t('knowledge.ask')}
        </button>
      </form>
      {minScore !== undefined && <span className="field-hint">{t('knowledge.threshold', { score: Math.round(minScore * 100) })}</span>}
      <div aria-live="polite" className="stack">
        {results && (
          <p className={`verdict ${answers ? 'verdict-answer' : 'verdict-handoff'}`}>
            {t(answers ? 'knowledge.verdictAnswer' : 'knowledge.verdictHandoff')}
          </p>
        )}
        {results &&
          (results.length ? (
            <ol className="list results">
              {results.map((passage, index) => (
                <Result key={passage.chunkId ?? index} passage={passage} />
              ))}
            </ol>
          ) : (
            <Empty>{t('knowledge.noResults')}</Empty>
          ))}
      </div>
    </Card>
  );
}

export function KnowledgePage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('knowledge.title')}</h1>
      <div className="knowledge-grid">
        <div className="knowledge-column">
          <Sources />
          <Faqs />
        </div>
        <TestQuestion />
      </div>
    </div>
  );
}
