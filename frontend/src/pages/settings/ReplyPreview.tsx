import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ok, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { usePermissions } from '../../session/useSession';
import { Field, Spinner } from '../../ui/parts';

const PREVIEW_PHONE = '+10000000001';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks the AI for a real answer with the saved settings: writes through the simulator as a
 * test customer (handed back to the AI first if a person had taken it) and waits for the reply.
 */
async function preview(text: string): Promise<Schemas['Received'][]> {
  const found = await ok(api.GET('/api/v1/conversations', { params: { query: { search: PREVIEW_PHONE.slice(1) } } }));
  const conversation = found.items?.find((item) => item.customerPhone === PREVIEW_PHONE);
  if (conversation && conversation.status !== 'AI_ACTIVE') {
    await ok(api.POST('/api/v1/conversations/{id}/handback', { params: { path: { id: conversation.id! } } }));
  }
  const before = await ok(api.GET('/api/v1/simulator/messages', { params: { query: { phone: PREVIEW_PHONE } } }));
  const seen = new Set(before.items?.map((item) => item.id));
  await ok(api.POST('/api/v1/simulator/messages', { body: { phone: PREVIEW_PHONE, name: 'Preview', text } }));
  for (let attempt = 0; attempt < 40; attempt++) {
    await sleep(750);
    const inbox = await ok(api.GET('/api/v1/simulator/messages', { params: { query: { phone: PREVIEW_PHONE } } }));
    const fresh = inbox.items?.filter((item) => !seen.has(item.id)) ?? [];
    if (fresh.length) return fresh;
  }
  throw new Error('No answer within 30 s');
}

export function ReplyPreview() {
  const { t } = useI18n();
  const { canWrite } = usePermissions();
  const [text, setText] = useState('');
  const run = useMutation({ mutationFn: preview });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) run.mutate(text);
  };
  if (!canWrite) return null;
  return (
    <form className="card stack preview-box" onSubmit={submit}>
      <h2>{t('settings.preview')}</h2>
      <p className="muted small">{t('settings.previewHint')}</p>
      <Field label={t('sim.message')}>
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder={t('settings.previewPlaceholder')} />
      </Field>
      <button className="primary" type="submit" disabled={run.isPending || !text.trim()}>
        {run.isPending ? (
          <>
            <Spinner /> {t('settings.previewWaiting')}
          </>
        ) : (
          t('settings.previewButton')
        )}
      </button>
      {run.data?.map((reply) => (
        <div key={reply.id} className="phone-bubble theirs">
          <p>{reply.text}</p>
          {!!reply.buttons?.length && (
            <span className="bubble-buttons">
              {reply.buttons.map((button) => (
                <span key={button} className="bubble-button">
                  {button}
                </span>
              ))}
            </span>
          )}
        </div>
      ))}
    </form>
  );
}
