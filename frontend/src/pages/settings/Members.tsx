import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ok, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import type { Role } from '../../session/store';
import { usePermissions, useSession } from '../../session/useSession';
import { Badge, Field, fieldError, Listing, SubmitButton } from '../../ui/parts';
import { CopyButton } from './CopyButton';

const roles: Role[] = ['OWNER', 'ADMIN', 'AGENT', 'VIEWER'];

/** People and roles; invitations for people without an account come with a token shown once. */
export function Members() {
  const { t, formatDate } = useI18n();
  const { isOwner } = usePermissions();
  const me = useSession()?.user?.id;
  const client = useQueryClient();
  const [invite, setInvite] = useState({ email: '', name: '', role: 'AGENT' as Role });
  const [invited, setInvited] = useState<Schemas['MemberInvited'] | null>(null);
  const members = useQuery({ queryKey: ['members'], queryFn: () => ok(api.GET('/api/v1/members', { params: { query: { size: 100 } } })) });
  const refresh = () => client.invalidateQueries({ queryKey: ['members'] });
  const send = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/members', { body: { email: invite.email, role: invite.role, name: invite.name || undefined } })),
    onSuccess: (answer) => {
      setInvited(answer);
      setInvite({ email: '', name: '', role: 'AGENT' });
      refresh();
    },
  });
  const change = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      ok(api.PATCH('/api/v1/members/{userId}', { params: { path: { userId } }, body: { role } })),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) => ok(api.DELETE('/api/v1/members/{userId}', { params: { path: { userId } } })),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate();
  };
  const assignable = isOwner ? roles : roles.filter((role) => role !== 'OWNER');
  return (
    <div className="stack">
      <form className="card row" onSubmit={submit} noValidate>
        <Field label={t('auth.email')} error={fieldError(send.error, 'email')}>
          <input type="email" value={invite.email} onChange={(e) => setInvite({ ...invite, email: e.target.value })} />
        </Field>
        <Field label={t('common.name')} error={fieldError(send.error, 'name')}>
          <input value={invite.name} onChange={(e) => setInvite({ ...invite, name: e.target.value })} />
        </Field>
        <Field label={t('settings.role')} error={fieldError(send.error, 'role')}>
          <select value={invite.role} onChange={(e) => setInvite({ ...invite, role: e.target.value as Role })}>
            {assignable.map((role) => (
              <option key={role}>{role}</option>
            ))}
          </select>
        </Field>
        <SubmitButton pending={send.isPending} label={t('settings.invite')} />
      </form>
      {invited?.inviteToken && (
        <div className="card highlight" role="status">
          <p>{t('settings.inviteToken', { email: invited.member?.email })}</p>
          <code>{`${location.origin}/accept-invite?token=${invited.inviteToken}`}</code>{' '}
          <CopyButton text={`${location.origin}/accept-invite?token=${invited.inviteToken}`} />
        </div>
      )}
      <Listing query={members}>
        {(items) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('common.name')}</th>
                  <th>{t('auth.email')}</th>
                  <th>{t('settings.role')}</th>
                  <th className="hide-narrow">{t('common.status')}</th>
                  <th className="num">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((member) => (
                  <tr key={member.userId}>
                    <td>{member.name}</td>
                    <td>{member.email}</td>
                    <td>
                      <select
                        aria-label={`${t('settings.role')}: ${member.email}`}
                        value={member.role}
                        disabled={member.userId === me || change.isPending || (member.role === 'OWNER' && !isOwner)}
                        onChange={(e) => change.mutate({ userId: member.userId!, role: e.target.value as Role })}
                      >
                        {(member.role === 'OWNER' ? roles : assignable).map((role) => (
                          <option key={role}>{role}</option>
                        ))}
                      </select>
                    </td>
                    <td className="hide-narrow">
                      <Badge>{member.status}</Badge> <span className="muted small">{formatDate(member.joinedAt)}</span>
                    </td>
                    <td>
                      <span className="cell-actions">
                        {member.userId !== me && (
                          <button className="danger" disabled={remove.isPending} onClick={() => confirm(t('common.confirmDelete')) && remove.mutate(member.userId!)}>
                            {t('settings.remove')}
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
