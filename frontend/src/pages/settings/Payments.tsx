import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../../api/client';
import type { components } from '../../api/schema';
import { useI18n } from '../../i18n/i18n';
import { Badge, Field, fieldError, Listing, Skeleton, SubmitButton } from '../../ui/parts';
import { CopyButton } from './CopyButton';

type Connection = components['schemas']['PaymentProviderConnection'];
type Outcome = NonNullable<components['schemas']['PaymentEvent']['outcome']>;

const brands: Record<string, string> = { STRIPE: 'Stripe', MERCADO_PAGO: 'Mercado Pago' };
const slugs: Record<string, 'stripe' | 'mercadopago' | 'generic'> = { STRIPE: 'stripe', MERCADO_PAGO: 'mercadopago', GENERIC: 'generic' };
const tones: Partial<Record<Outcome, 'good' | 'warn' | 'bad' | 'info'>> = {
  COMPLETED: 'good', REFUNDED: 'info', FAILED: 'bad', AMOUNT_MISMATCH: 'bad', UNKNOWN_SALE: 'warn', REFUND_WAITING: 'warn',
};

/** Where customers pay: Stripe, Mercado Pago or a generic signed webhook, the URL to give each, and the events they sent. */
export function Payments() {
  const { t, formatDate } = useI18n();
  const names = useNames();
  const providers = useQuery({ queryKey: ['payment-providers'], queryFn: () => ok(api.GET('/api/v1/payment-providers')) });
  const events = useQuery({
    queryKey: ['payment-events'],
    queryFn: () => ok(api.GET('/api/v1/payment-events', { params: { query: { size: 20 } } })),
    refetchInterval: 5000,
  });
  return (
    <div className="stack">
      <p className="muted">{t('payments.intro')}</p>
      {providers.isPending ? (
        <Skeleton rows={3} />
      ) : (
        <div className="providers">
          {(providers.data ?? []).map((connection) => (
            <ProviderCard key={connection.provider} connection={connection} />
          ))}
        </div>
      )}
      <h2>{t('payments.events')}</h2>
      <Listing query={events} empty={t('payments.noEvents')}>
        {(items) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('payments.received')}</th>
                  <th>{t('payments.provider')}</th>
                  <th className="hide-narrow">{t('payments.event')}</th>
                  <th className="num">{t('payments.amount')}</th>
                  <th>{t('payments.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((event) => (
                  <tr key={event.id}>
                    <td>{formatDate(event.receivedAt)}</td>
                    <td>{names[event.provider ?? ''] ?? event.provider}</td>
                    <td className="hide-narrow">
                      <code>{event.type}</code> <span className="muted">{event.eventId}</span>
                    </td>
                    <td className="num">{event.amount ? `${event.amount} ${event.currency ?? ''}` : '–'}</td>
                    <td>
                      <Badge tone={tones[event.outcome!] ?? 'neutral'}>{event.outcome}</Badge>
                      {event.detail && <small className="muted"> {event.detail}</small>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Listing>
    </div>
  );
}

/** Providers by their brand; the generic webhook in the reader's language. */
function useNames(): Record<string, string> {
  const { t } = useI18n();
  return { ...brands, GENERIC: t('payments.generic') };
}

function ProviderCard({ connection }: { connection: Connection }) {
  const { t } = useI18n();
  const names = useNames();
  const client = useQueryClient();
  const provider = connection.provider!;
  const [form, setForm] = useState({ webhookSecret: '', secretKey: '', accessToken: '' });
  const [secret, setSecret] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['payment-providers'] });
  const connect = useMutation({
    mutationFn: async () => {
      if (provider === 'STRIPE') {
        return ok(api.PUT('/api/v1/payment-providers/stripe', { body: { webhookSecret: form.webhookSecret, secretKey: form.secretKey || undefined } }));
      }
      if (provider === 'MERCADO_PAGO') {
        return ok(api.PUT('/api/v1/payment-providers/mercadopago', { body: { webhookSecret: form.webhookSecret, accessToken: form.accessToken } }));
      }
      const generic = await ok(api.PUT('/api/v1/payment-providers/generic'));
      setSecret(generic.secret ?? null);
      return generic.connection;
    },
    onSuccess: () => {
      setForm({ webhookSecret: '', secretKey: '', accessToken: '' });
      refresh();
    },
  });
  const disconnect = useMutation({
    mutationFn: () => ok(api.DELETE('/api/v1/payment-providers/{provider}', { params: { path: { provider: slugs[provider] } } })),
    onSuccess: () => {
      setSecret(null);
      refresh();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    connect.mutate();
  };
  return (
    <section className="card stack" aria-label={names[provider]} data-testid={`provider-${slugs[provider]}`}>
      <header className="row">
        <h3>{names[provider]}</h3>
        <Badge tone={connection.connected ? 'good' : 'neutral'}>{connection.connected ? t('payments.connected') : t('payments.notConnected')}</Badge>
      </header>
      <Field label={t('payments.webhookUrl')}>
        <span className="row">
          <code className="wrap">{connection.webhookUrl}</code> <CopyButton text={connection.webhookUrl ?? ''} />
        </span>
      </Field>
      <form className="stack" onSubmit={submit} noValidate>
        {provider !== 'GENERIC' && (
          <Field label={t('payments.webhookSecret')} error={fieldError(connect.error, 'webhookSecret')}>
            <input type="password" autoComplete="off" value={form.webhookSecret} placeholder={provider === 'STRIPE' ? 'whsec_…' : ''}
              onChange={(e) => setForm({ ...form, webhookSecret: e.target.value })} />
          </Field>
        )}
        {provider === 'STRIPE' && (
          <Field label={t('payments.secretKey')} error={fieldError(connect.error, 'secretKey')}>
            <input type="password" autoComplete="off" value={form.secretKey} placeholder="sk_…" onChange={(e) => setForm({ ...form, secretKey: e.target.value })} />
          </Field>
        )}
        {provider === 'MERCADO_PAGO' && (
          <Field label={t('payments.accessToken')} error={fieldError(connect.error, 'accessToken')}>
            <input type="password" autoComplete="off" value={form.accessToken} placeholder="APP_USR-…" onChange={(e) => setForm({ ...form, accessToken: e.target.value })} />
          </Field>
        )}
        {provider === 'GENERIC' && <p className="muted">{t('payments.genericHint')}</p>}
        <span className="row">
          <SubmitButton pending={connect.isPending}
            label={provider === 'GENERIC' ? t(connection.connected ? 'payments.regenerate' : 'payments.generate') : t('payments.save')} />
          {connection.connected && (
            <button type="button" className="danger" disabled={disconnect.isPending}
              onClick={() => confirm(t('common.confirmDelete')) && disconnect.mutate()}>
              {t('payments.disconnect')}
            </button>
          )}
        </span>
      </form>
      {secret && (
        <div className="highlight" role="status">
          <p>{t('payments.secretShownOnce')}</p>
          <code data-testid="payment-secret">{secret}</code> <CopyButton text={secret} />
        </div>
      )}
    </section>
  );
}
