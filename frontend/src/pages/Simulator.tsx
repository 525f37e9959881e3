import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ok } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { usePermissions } from '../session/useSession';
import { Icon } from '../ui/Icon';
import { Empty, Field, Skeleton, Spinner } from '../ui/parts';
import { ConversationList } from './inbox/ConversationList';
import { useConversations, useMessages } from './inbox/queries';
import { Thread } from './inbox/Thread';
import { useSimulatorChannel } from './simulator/useSimulatorChannel';

interface PhoneLine {
  key: string;
  mine: boolean;
  text: string;
  at: string;
  buttons: string[];
}

/** The sale a payment link in the business's message is for: Stripe Payment Links carry it as client_reference_id. */
const REFERENCE = /client_reference_id=([0-9a-f-]{36})/i;
const saleOf = (text: string) => REFERENCE.exec(text)?.[1];

const normalize = (phone: string) => `+${phone.replace(/\D/g, '')}`;
const randomPhone = () => `+346${Array.from({ length: 8 }, () => Math.floor(Math.random() * 10)).join('')}`;

/** The simulated phone: what the customer wrote and what the business sent to it, buttons included. */
function Phone({ name, phone, conversationId }: { name: string; phone: string; conversationId?: string }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const { canWrite } = usePermissions();
  const [text, setText] = useState('');
  const [waitingSince, setWaitingSince] = useState<number | null>(null);
  // Reading the phone's inbox is also what sends WhatsApp's read receipts back. While an answer is
  // awaited it looks more often, so that a reply (and the hold it may carry) shows as soon as it is sent.
  const inbox = useQuery({
    queryKey: ['simulator', phone],
    queryFn: () => ok(api.GET('/api/v1/simulator/messages', { params: { query: { phone } } })),
    refetchInterval: waitingSince ? 400 : 1500,
  });
  const sent = useMessages(conversationId);
  const send = useMutation({
    mutationFn: (body: { text: string; buttonId?: string }) =>
      ok(api.POST('/api/v1/simulator/messages', { body: { phone, name: name || undefined, ...body } })),
    onMutate: () => setWaitingSince(Date.now()),
    onSuccess: () => {
      setText('');
      client.invalidateQueries({ queryKey: ['conversations'] });
    },
    onError: () => setWaitingSince(null),
  });
  const [paid, setPaid] = useState<Record<string, string>>({});
  const pay = useMutation({
    mutationFn: (saleId: string) => ok(api.POST('/api/v1/simulator/payments', { body: { saleId } })),
    onMutate: () => setWaitingSince(Date.now()),
    onSuccess: (answer, saleId) => {
      setPaid((current) => ({ ...current, [saleId]: answer.outcome ?? '' }));
      client.invalidateQueries({ queryKey: ['sales'] });
      client.invalidateQueries({ queryKey: ['customers'] });
    },
    onError: () => setWaitingSince(null),
  });
  const received = inbox.data?.items ?? [];
  useEffect(() => {
    if (waitingSince && received.some((item) => Date.parse(item.at ?? '') >= waitingSince - 1000)) setWaitingSince(null);
  }, [received, waitingSince]);

  const lines: PhoneLine[] = [
    ...(sent.data?.items ?? [])
      .filter((message) => message.direction === 'INBOUND')
      .map((message) => ({ key: message.id!, mine: true, text: message.text ?? '', at: message.at ?? '', buttons: [] })),
    ...received.map((item) => ({ key: item.id!, mine: false, text: item.text ?? '', at: item.at ?? '', buttons: [...(item.buttons ?? []), ...(item.listRows ?? [])] })),
  ].sort((a, b) => a.at.localeCompare(b.at));

  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [lines.length]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) send.mutate({ text });
  };
  return (
    <div className="phone" aria-label={t('sim.title')}>
      <div className="phone-head">
        <span className="avatar" aria-hidden="true">{(name || '?').slice(0, 1).toUpperCase()}</span>
        <div>
          <strong>{name || phone}</strong>
          <small>{t('sim.online')}</small>
        </div>
      </div>
      <ol className="phone-screen" data-testid="phone">
        {lines.map((line) => (
          <li key={line.key} className={`phone-bubble ${line.mine ? 'mine' : 'theirs'}`}>
            <p>{line.text}</p>
            {!line.mine && saleOf(line.text) && (
              <span className="phone-buttons">
                {paid[saleOf(line.text)!] ? (
                  <span className="muted" role="status">{t('sim.payOutcome', { outcome: paid[saleOf(line.text)!] })}</span>
                ) : (
                  <button type="button" className="primary" disabled={!canWrite || pay.isPending} onClick={() => pay.mutate(saleOf(line.text)!)}>
                    {t('sim.pay')}
                  </button>
                )}
              </span>
            )}
            {line.buttons.length > 0 && (
              <span className="phone-buttons">
                {line.buttons.map((button) => (
                  <button key={button} type="button" disabled={!canWrite || send.isPending} onClick={() => send.mutate({ text: button, buttonId: button })}>
                    {button}
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
        {waitingSince && (
          <li className="phone-bubble theirs typing">
            <Spinner /> {t('sim.typing')}
          </li>
        )}
        <div ref={end} />
      </ol>
      <form className="phone-composer" onSubmit={submit}>
        <input aria-label={t('sim.message')} placeholder={t('sim.message')} value={text} onChange={(e) => setText(e.target.value)} disabled={!canWrite} />
        <button className="primary" type="submit" disabled={!canWrite || send.isPending || !text.trim()} aria-label={t('sim.send')}>
          {send.isPending ? <Spinner /> : <Icon name="send" />}
        </button>
      </form>
    </div>
  );
}

export function SimulatorPage() {
  const { t } = useI18n();
  const channel = useSimulatorChannel();
  const [name, setName] = useState('María');
  const [phoneInput, setPhoneInput] = useState(randomPhone);
  const phone = normalize(phoneInput);
  const validPhone = /^\+[1-9]\d{6,14}$/.test(phone);
  const [selected, setSelected] = useState<string>();
  const match = useConversations({ search: phone.slice(1) });
  const conversationId = match.data?.items?.find((item) => item.customerPhone === phone)?.id;
  const shown = selected ?? conversationId;

  if (channel.checking) return <Skeleton rows={6} />;
  if (!channel.ready) {
    return (
      <div className="page">
        <h1>{t('sim.title')}</h1>
        <div className="card">
          <p>{t('sim.setup')}</p>
          {channel.canAdmin ? (
            <button className="primary" onClick={() => channel.connect.mutate()} disabled={channel.connect.isPending}>
              {channel.connect.isPending && <Spinner />} {t('sim.setupButton')}
            </button>
          ) : (
            <p className="muted">{t('sim.setupAdmin')}</p>
          )}
        </div>
      </div>
    );
  }
  return (
    <div className="page simulator">
      <h1>{t('sim.title')}</h1>
      <p className="muted">{t('sim.intro')}</p>
      <div className="simulator-grid">
        <div className="stack">
          <div className="row">
            <Field label={t('sim.name')}>
              <input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
            </Field>
            <Field label={t('sim.phone')} error={validPhone ? undefined : t('sim.phoneInvalid')}>
              <input value={phoneInput} onChange={(e) => setPhoneInput(e.target.value)} inputMode="tel" />
            </Field>
          </div>
          {validPhone && <Phone key={phone} name={name} phone={phone} conversationId={conversationId} />}
        </div>
        <div className="simulator-inbox">
          <h2>{t('sim.inbox')}</h2>
          <div className="inbox compact">
            <ConversationList selectedId={shown} onSelect={setSelected} />
            {shown ? <Thread key={shown} conversationId={shown} /> : <Empty>{t('inbox.pick')}</Empty>}
          </div>
        </div>
      </div>
    </div>
  );
}
