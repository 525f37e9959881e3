import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { Role } from '../../session/store';
import { Badge, Field, fieldError, Listing, SubmitButton } from '../../ui/parts';
import { CopyButton } from './CopyButton';

const keyRoles: Role[] = ['ADMIN', 'AGENT', 'VIEWER'];

/** Developer keys: the secret is shown once, right after creating it. */
export function ApiKeys() {
  const { t, formatDate } = useI18n();
  const client = useQueryClient();
  const [form, setForm] = useState({ name: '', role: 'AGENT' as Role });
  const [secret, setSecret] = useState<string | null>(null);
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => ok(api.GET('/api/v1/api-keys', { params: { query: { size: 100 } } })) });
  const create = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/api-keys', { body: form })),
    onSuccess: (created) => {
      setSecret(created.key ?? null);
      setForm({ name: '', role: 'AGENT' });
      client.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => ok(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['api-keys'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <div className="stack">
      <form className="card row" onSubmit={submit} noValidate>
        <Field label={t('settings.keyName')} error={fieldError(create.error, 'name')}>
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} placeholder="Zapier" />
        </Field>
        <Field label={t('settings.role')} error={fieldError(create.error, 'role')}>
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as Role })}>
            {keyRoles.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </select>
        </Field>
        <SubmitButton pending={create.isPending} label={t('settings.createKey')} />
      </form>
      {secret && (
        <div className="card highlight" role="status">
          <p>{t('settings.keyShownOnce')}</p>
          <code data-testid="api-key-secret">{secret}</code> <CopyButton text={secret} />
        </div>
      )}
      <Listing query={keys}>
        {(items) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('common.name')}</th>
                  <th>{t('settings.role')}</th>
                  <th>…</th>
                  <th className="hide-narrow">{t('settings.lastUsed')}</th>
                  <th className="num">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((key) => (
                  <tr key={key.id}>
                    <td>{key.name}</td>
                    <td>{key.role}</td>
                    <td>
                      <code>…{key.lastFour}</code>
                    </td>
                    <td className="hide-narrow">{formatDate(key.lastUsedAt)}</td>
                    <td>
                      <span className="cell-actions">
                        {key.revokedAt ? (
                          <Badge>{t('settings.revoked')}</Badge>
                        ) : (
                          <button className="danger" disabled={revoke.isPending} onClick={() => confirm(t('common.confirmDelete')) && revoke.mutate(key.id!)}>
                            {t('settings.revoke')}
                          </button>
                        )}
                      </span>
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
