import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ok, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Badge, Field, fieldError, Listing, Modal, SubmitButton } from '../../ui/parts';
import { useToast } from '../../ui/toast';
import { CopyButton } from './CopyButton';

type Channel = Schemas['ChannelView'];
type ChannelRequest = Schemas['ChannelRequest'];
const randomToken = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

function ChannelForm({ channel, onDone }: { channel?: Channel; onDone: (saved?: { channel: Channel; verifyToken?: string }) => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [form, setForm] = useState<ChannelRequest>({
    name: channel?.name ?? '',
    phoneNumberId: channel?.phoneNumberId ?? '',
    displayPhoneNumber: channel?.displayPhoneNumber ?? '',
    wabaId: channel?.wabaId ?? '',
    accessToken: '',
    appSecret: '',
    verifyToken: channel ? '' : randomToken(),
    graphBaseUrl: channel?.graphBaseUrl ?? '',
    graphVersion: channel?.graphVersion ?? '',
  });
  const save = useMutation({
    mutationFn: () => {
      const body = Object.fromEntries(Object.entries(form).map(([key, value]) => [key, value === '' ? undefined : value])) as ChannelRequest;
      return channel?.id
        ? ok(api.PUT('/api/v1/channels/{id}', { params: { path: { id: channel.id } }, body }))
        : ok(api.POST('/api/v1/channels', { body }));
    },
    onSuccess: (saved) => {
      client.invalidateQueries({ queryKey: ['channels'] });
      onDone({ channel: saved, verifyToken: form.verifyToken || undefined });
    },
  });
  const input = (name: keyof ChannelRequest, label: string, secret?: boolean, set?: boolean) => (
    <Field label={label} error={fieldError(save.error, name)} hint={secret && set ? t('settings.secretKept') : undefined}>
      <input type={secret ? 'password' : 'text'} autoComplete="off" value={form[name] ?? ''} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
    </Field>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal title={channel?.name ?? t('settings.newChannel')} onClose={() => onDone()}>
      <form className="stack" onSubmit={submit} noValidate>
        {input('name', t('settings.channelName'))}
        <div className="row">
          {input('phoneNumberId', t('settings.phoneNumberId'))}
          {input('displayPhoneNumber', t('settings.displayPhone'))}
        </div>
        {input('wabaId', t('settings.wabaId'))}
        {input('accessToken', t('settings.accessToken'), true, channel?.accessTokenSet)}
        {input('appSecret', t('settings.appSecret'), true, channel?.appSecretSet)}
        <Field label={t('settings.verifyToken')} error={fieldError(save.error, 'verifyToken')} hint={channel?.verifyTokenSet ? t('settings.secretKept') : t('settings.verifyTokenHint')}>
          <input autoComplete="off" value={form.verifyToken ?? ''} onChange={(e) => setForm({ ...form, verifyToken: e.target.value })} />
        </Field>
        <div className="row">
          {input('graphBaseUrl', 'Graph API URL')}
          {input('graphVersion', 'Graph API version')}
        </div>
        <div className="row">
          <span className="spacer" />
          <button type="button" onClick={() => onDone()}>
            {t('common.cancel')}
          </button>
          <SubmitButton pending={save.isPending} label={t('common.save')} />
        </div>
      </form>
    </Modal>
  );
}

/** WhatsApp numbers: connection status, and what to paste into Meta's webhook settings. */
export function Channels() {
  const { t } = useI18n();
  const client = useQueryClient();
  const toast = useToast();
  const [editing, setEditing] = useState<Channel | 'new' | null>(null);
  const [justSaved, setJustSaved] = useState<{ channel: Channel; verifyToken?: string } | null>(null);
  const channels = useQuery({ queryKey: ['channels'], queryFn: () => ok(api.GET('/api/v1/channels', { params: { query: { size: 100 } } })) });
  const remove = useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/api/v1/channels/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['channels'] }),
  });
  return (
    <div className="stack">
      <div className="row">
        <span className="spacer" />
        <button className="primary" onClick={() => setEditing('new')}>
          + {t('settings.newChannel')}
        </button>
      </div>
      {justSaved && (
        <div className="card highlight" role="status">
          <strong>{justSaved.channel.name}</strong>
          <p className="muted small">{t('settings.verifyTokenHint')}</p>
          <dl className="facts">
            <dt>{t('settings.webhookUrl')}</dt>
            <dd>
              <code>{justSaved.channel.webhookUrl}</code> <CopyButton text={justSaved.channel.webhookUrl ?? ''} />
            </dd>
            {justSaved.verifyToken && (
              <>
                <dt>{t('settings.verifyToken')}</dt>
                <dd>
                  <code>{justSaved.verifyToken}</code> <CopyButton text={justSaved.verifyToken} />
                </dd>
              </>
            )}
          </dl>
        </div>
      )}
      <Listing query={channels}>
        {(items) => (
          items.map((channel) => (
            <div key={channel.id} className="card channel">
              <div className="row">
                <strong>{channel.name}</strong>
                <span className="muted">{channel.displayPhoneNumber}</span>
                {channel.status === 'CONNECTED' ? (
                  <Badge tone="good">{t('settings.connected')}</Badge>
                ) : (
                  <Badge tone="bad">{t('settings.disconnected')}</Badge>
                )}
                <span className="spacer" />
                <button onClick={() => setEditing(channel)}>{t('common.edit')}</button>
                <button className="danger" disabled={remove.isPending} onClick={() => confirm(t('common.confirmDelete')) && remove.mutate(channel.id!)}>
                  {t('common.delete')}
                </button>
              </div>
              {channel.statusReason && <p className="notice">{channel.statusReason}</p>}
              <dl className="facts">
                <dt>{t('settings.webhookUrl')}</dt>
                <dd>
                  <code>{channel.webhookUrl}</code> <CopyButton text={channel.webhookUrl ?? ''} />
                </dd>
                <dt>{t('settings.phoneNumberId')}</dt>
                <dd>{channel.phoneNumberId}</dd>
                <dt>{t('settings.verifyToken')}</dt>
                <dd>{channel.verifyTokenSet ? '••••••••' : '—'}</dd>
              </dl>
            </div>
          ))
        )}
      </Listing>
      {editing && (
        <ChannelForm
          channel={editing === 'new' ? undefined : editing}
          onDone={(saved) => {
            setEditing(null);
            if (saved) {
              setJustSaved(saved);
              toast('success', t('common.saved'));
            }
          }}
        />
      )}
    </div>
  );
}
