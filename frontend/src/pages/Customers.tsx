import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, ok, type Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { usePermissions } from '../session/useSession';
import { Badge, Field, fieldError, Listing, Modal, Pager, Skeleton, SubmitButton } from '../ui/parts';
import { useToast } from '../ui/toast';
import { useDebounced } from '../ui/useDebounced';
import { ScoreBadge } from './customers/Score';

export type Customer = Schemas['Customer'];
export type Stage = NonNullable<Customer['stage']>;
export const pipeline: Stage[] = ['LEAD', 'QUALIFIED', 'CUSTOMER', 'CHURNED'];
const stageTone = { LEAD: 'info', QUALIFIED: 'warn', CUSTOMER: 'good', CHURNED: 'neutral' } as const;

export function StageBadge({ stage }: { stage?: Stage }) {
  const { t } = useI18n();
  return stage ? <Badge tone={stageTone[stage]}>{t(`stage.${stage}`)}</Badge> : null;
}

export function useMoveStage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, stage }: { id: string; stage: Stage }) =>
      ok(api.PATCH('/api/v1/customers/{id}/stage', { params: { path: { id } }, body: { stage } })),
    onMutate: async ({ id, stage }) => {
      // Move the card at once; the refetch after the answer puts it right if the API refused.
      await client.cancelQueries({ queryKey: ['customers', 'board'] });
      const columns = client.getQueriesData<{ items?: Customer[]; total?: number }>({ queryKey: ['customers', 'board'] });
      const moved = columns.flatMap(([, page]) => page?.items ?? []).find((customer) => customer.id === id);
      for (const [key, page] of columns) {
        if (!page?.items) continue;
        const column = key[2] as Stage;
        const items = page.items.filter((customer) => customer.id !== id);
        if (column === stage && moved) items.unshift({ ...moved, stage });
        client.setQueryData(key, { ...page, items });
      }
    },
    onSettled: () => {
      client.invalidateQueries({ queryKey: ['customers'] });
      client.invalidateQueries({ queryKey: ['customer'] });
    },
  });
}

function Board() {
  const { t, formatAmount } = useI18n();
  const { canWrite } = usePermissions();
  const move = useMoveStage();
  const [over, setOver] = useState<Stage | null>(null);
  const columns = useQueries({
    queries: pipeline.map((stage) => ({
      queryKey: ['customers', 'board', stage],
      queryFn: () => ok(api.GET('/api/v1/customers', { params: { query: { stage, size: 50, sort: 'score,desc' } } })),
    })),
  });
  return (
    <>
      {canWrite && <p className="muted small">{t('customers.dragHint')}</p>}
      <div className="board">
        {pipeline.map((stage, index) => {
          const column = columns[index];
          return (
            <section
              key={stage}
              className={`board-column ${over === stage ? 'over' : ''}`}
              aria-label={t(`stage.${stage}`)}
              data-stage={stage}
              onDragOver={(event) => {
                if (!canWrite) return;
                event.preventDefault();
                setOver(stage);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(event) => {
                event.preventDefault();
                setOver(null);
                const id = event.dataTransfer.getData('text/plain');
                if (id) move.mutate({ id, stage });
              }}
            >
              <header>
                <StageBadge stage={stage} />
                <span className="muted">{column.data?.total ?? ''}</span>
              </header>
              {column.isPending ? (
                <Skeleton rows={2} />
              ) : (
                <ul>
                  {column.data?.items?.map((customer) => (
                    <li
                      key={customer.id}
                      className="card board-card"
                      draggable={canWrite}
                      data-testid="board-card"
                      onDragStart={(event) => {
                        event.dataTransfer.setData('text/plain', customer.id!);
                        event.dataTransfer.effectAllowed = 'move';
                      }}
                    >
                      <Link to={`/customers/${customer.id}`}>
                        <strong>{customer.name || customer.phone}</strong>
                      </Link>
                      <span className="muted small">{customer.phone}</span>
                      <ScoreBadge score={customer.score} />
                      {Number(customer.lifetimeValue ?? 0) > 0 && <span className="small">{formatAmount(customer.lifetimeValue)}</span>}
                      {canWrite && (
                        <select
                          aria-label={`${t('customers.moveTo')}: ${customer.name || customer.phone}`}
                          value={stage}
                          onChange={(e) => move.mutate({ id: customer.id!, stage: e.target.value as Stage })}
                        >
                          {pipeline.map((target) => (
                            <option key={target} value={target}>
                              {t(`stage.${target}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}

function CustomerTable() {
  const { t, formatAmount, formatDate } = useI18n();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<{ stage?: Stage; tag?: string; search?: string; sort?: string; minScore?: number }>({});
  const [page, setPage] = useState(0);
  const settled = useDebounced(filters);
  const customers = useQuery({
    queryKey: ['customers', 'table', settled, page],
    queryFn: () =>
      ok(api.GET('/api/v1/customers', {
        params: {
          query: {
            stage: settled.stage,
            tag: settled.tag || undefined,
            search: settled.search || undefined,
            sort: settled.sort,
            minScore: settled.minScore,
            page,
            size: 20,
          },
        },
      })),
  });
  const update = (next: typeof filters) => {
    setPage(0);
    setFilters({ ...filters, ...next });
  };
  return (
    <>
      <div className="filter-row toolbar">
        <input type="search" aria-label={t('common.search')} placeholder={t('common.search')} value={filters.search ?? ''} onChange={(e) => update({ search: e.target.value })} />
        <select aria-label={t('inbox.stage')} value={filters.stage ?? ''} onChange={(e) => update({ stage: (e.target.value || undefined) as Stage | undefined })}>
          <option value="">{t('inbox.stage')}: {t('common.all')}</option>
          {pipeline.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
        <input aria-label={t('customers.tagFilter')} placeholder={t('customers.tagFilter')} value={filters.tag ?? ''} onChange={(e) => update({ tag: e.target.value })} />
        <select aria-label={t('customers.sort')} value={filters.sort ?? ''} onChange={(e) => update({ sort: e.target.value || undefined })}>
          <option value="">{t('customers.sortNewest')}</option>
          <option value="score,desc">{t('customers.sortScore')}</option>
          <option value="lastInteraction,desc">{t('customers.sortRecent')}</option>
        </select>
        <select aria-label={t('customers.minScore')} value={filters.minScore ?? ''} onChange={(e) => update({ minScore: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">{t('customers.anyScore')}</option>
          {[40, 60, 80].map((floor) => (
            <option key={floor} value={floor}>{t('customers.scoreFrom', { score: floor })}</option>
          ))}
        </select>
      </div>
      <Listing query={customers}>
        {(items) => (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('common.name')}</th>
                  <th>{t('customers.phone')}</th>
                  <th>{t('inbox.stage')}</th>
                  <th className="num">{t('customers.score')}</th>
                  <th className="hide-narrow">{t('customers.tags')}</th>
                  <th className="num">{t('customers.ltv')}</th>
                  <th className="hide-narrow">{t('customers.lastInteraction')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((customer) => (
                  <tr key={customer.id} className="clickable" onClick={() => navigate(`/customers/${customer.id}`)}>
                    <td>
                      <Link to={`/customers/${customer.id}`}>{customer.name || '—'}</Link>
                    </td>
                    <td>{customer.phone}</td>
                    <td>
                      <StageBadge stage={customer.stage} />
                    </td>
                    <td className="num">
                      <ScoreBadge score={customer.score} />
                    </td>
                    <td className="hide-narrow">
                      {customer.tags?.map((tag) => (
                        <Badge key={tag}>{tag}</Badge>
                      ))}
                    </td>
                    <td className="num">{formatAmount(customer.lifetimeValue)}</td>
                    <td className="hide-narrow">{formatDate(customer.lastInteraction)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Listing>
      {customers.data && <Pager page={page} size={20} total={customers.data.total ?? 0} onPage={setPage} />}
    </>
  );
}

/** Create or edit a customer's details. */
export function CustomerForm({ customer, onDone }: { customer?: Customer; onDone: (saved?: Customer) => void }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const toast = useToast();
  const [form, setForm] = useState({
    phone: customer?.phone ?? '',
    name: customer?.name ?? '',
    email: customer?.email ?? '',
    stage: customer?.stage ?? ('LEAD' as Stage),
    tags: (customer?.tags ?? []).join(', '),
  });
  const save = useMutation({
    mutationFn: () => {
      const body = {
        phone: form.phone,
        name: form.name || undefined,
        email: form.email || undefined,
        stage: form.stage,
        tags: form.tags.split(',').map((tag) => tag.trim()).filter(Boolean),
      };
      return customer?.id
        ? ok(api.PUT('/api/v1/customers/{id}', { params: { path: { id: customer.id } }, body }))
        : ok(api.POST('/api/v1/customers', { body }));
    },
    onSuccess: (saved) => {
      client.invalidateQueries({ queryKey: ['customers'] });
      client.invalidateQueries({ queryKey: ['customer'] });
      toast('success', t('common.saved'));
      onDone(saved);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <Modal title={customer ? customer.name || customer.phone || '' : t('customers.new')} onClose={() => onDone()}>
      <form className="stack" onSubmit={submit} noValidate>
        <Field label={t('customers.phone')} error={fieldError(save.error, 'phone')}>
          <input value={form.phone} inputMode="tel" placeholder="+34600111222" onChange={(e) => setForm({ ...form, phone: e.target.value })} />
        </Field>
        <Field label={t('common.name')} error={fieldError(save.error, 'name')}>
          <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </Field>
        <Field label={t('customers.email')} error={fieldError(save.error, 'email')}>
          <input type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        </Field>
        <Field label={t('inbox.stage')} error={fieldError(save.error, 'stage')}>
          <select value={form.stage} onChange={(e) => setForm({ ...form, stage: e.target.value as Stage })}>
            {pipeline.map((stage) => (
              <option key={stage} value={stage}>
                {t(`stage.${stage}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('customers.tags')} hint={t('customers.tagsHint')} error={fieldError(save.error, 'tags')}>
          <input value={form.tags} onChange={(e) => setForm({ ...form, tags: e.target.value })} />
        </Field>
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

export function CustomersPage() {
  const { t } = useI18n();
  const { canWrite } = usePermissions();
  const [view, setView] = useState<'board' | 'table'>('board');
  const [creating, setCreating] = useState(false);
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('customers.title')}</h1>
        <div className="tabs" role="tablist">
          <button role="tab" aria-selected={view === 'board'} onClick={() => setView('board')}>
            {t('customers.board')}
          </button>
          <button role="tab" aria-selected={view === 'table'} onClick={() => setView('table')}>
            {t('customers.table')}
          </button>
        </div>
        <span className="spacer" />
        {canWrite && (
          <button className="primary" onClick={() => setCreating(true)}>
            + {t('customers.new')}
          </button>
        )}
      </div>
      {view === 'board' ? <Board /> : <CustomerTable />}
      {creating && <CustomerForm onDone={() => setCreating(false)} />}
    </div>
  );
}
