import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, ok, type Schemas } from '../api/client';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { usePermissions } from '../session/useSession';
import { Skeleton } from '../ui/parts';
import { BookingsToday } from './bookings/BookingsToday';

type Figures = Schemas['Figures'];
type Usage = Schemas['Usage'];

const tiles: { key: keyof Omit<Figures, 'revenue'>; label: MessageKey }[] = [
  { key: 'conversations', label: 'home.conversations' },
  { key: 'messages', label: 'home.messages' },
  { key: 'aiReplies', label: 'home.aiReplies' },
  { key: 'handoffs', label: 'home.handoffs' },
  { key: 'newLeads', label: 'home.newLeads' },
  { key: 'sales', label: 'home.sales' },
];

/** A use of something against its limit: the figure, and a bar (amber from 80%, red at 100%) when a share is given. */
export function Gauge({ label, figure, percent }: { label: string; figure: string; percent?: number }) {
  const level = percent === undefined ? 'ok' : percent >= 100 ? 'full' : percent >= 80 ? 'high' : 'ok';
  return (
    <div className="card quota">
      <div className="quota-head">
        <strong>{label}</strong>
        <span>{figure}</span>
      </div>
      {percent !== undefined && (
        <div className="quota-track" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={label}>
          <div className={`quota-fill quota-${level}`} style={{ width: `${percent}%` }} data-level={level} />
        </div>
      )}
    </div>
  );
}

/** The share of the plan's AI allowance used. */
export function QuotaBar({ usage }: { usage: Usage }) {
  const { t } = useI18n();
  const unlimited = (usage.limit ?? -1) < 0;
  const figure = `${usage.used} / ${unlimited ? t('home.unlimited') : usage.limit}${unlimited ? '' : ` · ${usage.percent}%`}`;
  return <Gauge label={t('home.quota', { plan: usage.plan })} figure={figure} percent={unlimited ? 0 : Math.min(100, usage.percent ?? 0)} />;
}

function Period({ title, figures }: { title: string; figures: Figures }) {
  const { t, formatMoney, formatAmount } = useI18n();
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      <div className="tiles">
        {tiles.map((tile) => (
          <div key={tile.key} className="card tile">
            <span className="tile-label">{t(tile.label)}</span>
            <strong className="tile-value">{figures[tile.key] ?? 0}</strong>
          </div>
        ))}
        <div className="card tile">
          <span className="tile-label">{t('home.revenue')}</span>
          <strong className="tile-value">
            {figures.revenue?.length ? figures.revenue.map((r) => formatMoney(String(r.amount), r.currency)).join(' · ') : formatAmount('0')}
          </strong>
        </div>
      </div>
    </section>
  );
}

/** What a new company still has to do before the AI can sell: shown until it is done. */
function FirstSteps() {
  const { t } = useI18n();
  const { canAdmin } = usePermissions();
  const products = useQuery({ queryKey: ['products', 'first-steps'], queryFn: () => ok(api.GET('/api/v1/products', { params: { query: { size: 1 } } })) });
  const channels = useQuery({
    queryKey: ['channels'],
    queryFn: () => ok(api.GET('/api/v1/channels', { params: { query: { size: 100 } } })),
    enabled: canAdmin,
  });
  const conversations = useQuery({ queryKey: ['conversations', 'first-steps'], queryFn: () => ok(api.GET('/api/v1/conversations', { params: { query: { size: 1 } } })) });
  if (products.isPending || conversations.isPending || (canAdmin && channels.isPending)) return null;
  const steps = [
    { done: (products.data?.total ?? 0) > 0, label: t('home.stepProduct'), to: '/products' },
    ...(canAdmin ? [{ done: (channels.data?.total ?? 0) > 0, label: t('home.stepChannel'), to: '/settings?section=whatsapp' }] : []),
    { done: (conversations.data?.total ?? 0) > 0, label: t('home.stepSimulator'), to: '/simulator' },
  ];
  if (steps.every((step) => step.done)) return null;
  return (
    <section className="card first-steps" aria-label={t('home.firstSteps')}>
      <h2>{t('home.firstSteps')}</h2>
      <ol>
        {steps.map((step) => (
          <li key={step.to} className={step.done ? 'done' : ''}>
            {step.done ? '✓ ' : ''}
            <Link to={step.to}>{step.label}</Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function HomePage() {
  const { t, language } = useI18n();
  const overview = useQuery({ queryKey: ['overview'], queryFn: () => ok(api.GET('/api/v1/reports/overview')), refetchInterval: 60_000 });
  if (overview.isPending) {
    return (
      <div className="page">
        <h1>{t('home.title')}</h1>
        <Skeleton rows={6} />
      </div>
    );
  }
  const data = overview.data;
  if (!data) return null;
  const days = (data.days ?? []).map((day) => ({
    ...day,
    label: new Date(`${day.date}T12:00:00`).toLocaleDateString(language === 'es' ? 'es-ES' : 'en-US', { day: 'numeric', month: 'short' }),
  }));
  return (
    <div className="page">
      <h1>{t('home.title')}</h1>
      <FirstSteps />
      {data.aiUsage && <QuotaBar usage={data.aiUsage} />}
      {data.today && <Period title={t('home.today')} figures={data.today} />}
      <BookingsToday />
      {data.month && <Period title={t('home.month')} figures={data.month} />}
      <section className="charts">
        <div className="card chart">
          <h2>
            {t('home.conversations')} · {t('home.chart')}
          </h2>
          <ResponsiveContainer width="100%" height={240}>
            <AreaChart data={days}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
              <XAxis dataKey="label" fontSize={12} />
              <YAxis allowDecimals={false} fontSize={12} width={32} />
              <Tooltip />
              <Legend />
              <Area isAnimationActive={false} type="monotone" dataKey="messages" name={t('home.messages')} stroke="#0f766e" fill="#99f6e4" />
              <Area isAnimationActive={false} type="monotone" dataKey="aiReplies" name={t('home.aiReplies')} stroke="#1d4ed8" fill="#bfdbfe" />
              <Area isAnimationActive={false} type="monotone" dataKey="handoffs" name={t('home.handoffs')} stroke="#b45309" fill="#fde68a" />
            </AreaChart>
          </ResponsiveContainer>
        </div>
        <div className="card chart">
          <h2>
            {t('home.sales')} · {t('home.chart')}
          </h2>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={days}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
              <XAxis dataKey="label" fontSize={12} />
              <YAxis allowDecimals={false} fontSize={12} width={32} />
              <Tooltip />
              <Legend />
              <Bar isAnimationActive={false} dataKey="newLeads" name={t('home.newLeads')} fill="#60a5fa" />
              <Bar isAnimationActive={false} dataKey="sales" name={t('home.sales')} fill="#0f766e" />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </section>
    </div>
  );
}
