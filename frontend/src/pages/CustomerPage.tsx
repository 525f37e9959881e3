import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ok } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { usePermissions } from '../session/useSession';
import { Badge, Empty, Skeleton } from '../ui/parts';
import { CustomerBookings } from './bookings/CustomerBookings';
import { CustomerForm, StageBadge } from './Customers';
import { ScoreBadge, ScoreFactors } from './customers/Score';
import { useConversations } from './inbox/queries';
import { MessageList } from './inbox/Thread';
import { SalesTable } from './Sales';

function CustomerConversation({ phone }: { phone: string }) {
  const { t } = useI18n();
  const conversations = useConversations({ search: phone.replace('+', '') });
  const conversation = conversations.data?.items?.find((item) => item.customerPhone === phone);
  if (conversations.isPending) return <Skeleton rows={3} />;
  if (!conversation) return <Empty>{t('customers.noConversation')}</Empty>;
  return (
    <div className="thread embedded">
      <MessageList conversationId={conversation.id!} />
      <p className="small">
        <Link to={`/inbox/${conversation.id}`}>{t('nav.inbox')} →</Link>
      </p>
    </div>
  );
}

/** One customer: profile, tags, lifetime value, their sales, bookings and WhatsApp conversation. */
export function CustomerPage() {
  const { id } = useParams();
  const { t, formatAmount, formatDate } = useI18n();
  const { canWrite } = usePermissions();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const customer = useQuery({
    queryKey: ['customer', id],
    queryFn: () => ok(api.GET('/api/v1/customers/{id}', { params: { path: { id: id! } } })),
  });
  const remove = useMutation({
    mutationFn: () => ok(api.DELETE('/api/v1/customers/{id}', { params: { path: { id: id! } } })),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['customers'] });
      navigate('/customers');
    },
  });
  if (customer.isPending) return <div className="page"><Skeleton rows={6} /></div>;
  const data = customer.data;
  if (!data) return <div className="page"><Empty /></div>;
  return (
    <div className="page">
      <div className="page-head">
        <Link to="/customers">← {t('customers.title')}</Link>
      </div>
      <div className="page-head">
        <h1>{data.name || data.phone}</h1>
        <StageBadge stage={data.stage} />
        {data.optedOut && <Badge tone="bad">{t('customers.optedOut')}</Badge>}
        <span className="spacer" />
        {canWrite && (
          <>
            <button onClick={() => setEditing(true)}>{t('common.edit')}</button>
            <button className="danger" disabled={remove.isPending} onClick={() => confirm(t('common.confirmDelete')) && remove.mutate()}>
              {t('common.delete')}
            </button>
          </>
        )}
      </div>
      <div className="customer-grid">
        <section className="card">
          <h2>{t('customers.profile')}</h2>
          <dl className="facts">
            <dt>{t('customers.phone')}</dt>
            <dd>{data.phone}</dd>
            <dt>{t('customers.email')}</dt>
            <dd>{data.email || '—'}</dd>
            <dt>{t('customers.ltv')}</dt>
            <dd className="big">{formatAmount(data.lifetimeValue)}</dd>
            <dt>{t('customers.interactions')}</dt>
            <dd>{data.totalInteractions ?? 0}</dd>
            <dt>{t('customers.lastInteraction')}</dt>
            <dd>{formatDate(data.lastInteraction)}</dd>
            <dt>{t('customers.tags')}</dt>
            <dd className="tags">{data.tags?.length ? data.tags.map((tag) => <Badge key={tag}>{tag}</Badge>) : '—'}</dd>
            <dt>{t('customers.score')}</dt>
            <dd data-testid="customer-score">
              <ScoreBadge score={data.score} />
              <ScoreFactors factors={data.scoreFactors} />
            </dd>
          </dl>
        </section>
        <section className="card">
          <h2>{t('customers.conversation')}</h2>
          {data.phone && <CustomerConversation phone={data.phone} />}
        </section>
      </div>
      <section>
        <h2>{t('customers.sales')}</h2>
        <SalesTable customerId={data.id} />
      </section>
      <CustomerBookings customerId={data.id!} />
      {editing && <CustomerForm customer={data} onDone={() => setEditing(false)} />}
    </div>
  );
}
