import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, ok } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Skeleton } from '../ui/parts';
import { downloadCsv, toCsv } from './analytics/csv';

const PRESETS = [7, 30, 90, 365] as const;

function isoDay(date: Date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function daysBefore(days: number) {
  const date = new Date();
  date.setDate(date.getDate() - days);
  return isoDay(date);
}

/** A section's title with its CSV export. */
function Heading({ title, onCsv }: { title: string; onCsv?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="row section-heading">
      <h2>{title}</h2>
      {onCsv && (
        <button type="button" className="link" onClick={onCsv}>
          {t('analytics.csv')}
        </button>
      )}
    </div>
  );
}

/** A figure with its label. */
function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div className="card figure">
      <span className="muted small">{label}</span>
      <strong data-testid={testId}>{value}</strong>
    </div>
  );
}

/** A duration in seconds as an owner reads it: seconds, minutes, hours or days. */
export function useDuration() {
  const { t } = useI18n();
  return (seconds?: number | null) => {
    if (seconds == null) return '—';
    if (seconds < 90) return t('analytics.seconds', { value: Math.round(seconds) });
    if (seconds < 90 * 60) return t('analytics.minutes', { minutes: Math.round(seconds / 60) });
    if (seconds < 36 * 3600) return t('analytics.hours', { value: Math.round(seconds / 360) / 10 });
    return t('analytics.days', { value: Math.round(seconds / 8640) / 10 });
  };
}

/** What is working: the funnel, revenue, payment links and conversations of a period, with charts and CSV exports. */
export function AnalyticsPage() {
  const { t, formatMoney } = useI18n();
  const [period, setPeriod] = useState({ from: daysBefore(29), to: isoDay(new Date()) });
  const query = { params: { query: period } };
  const funnel = useQuery({ queryKey: ['analytics', 'funnel', period], queryFn: () => ok(api.GET('/api/v1/analytics/funnel', query)) });
  const revenue = useQuery({ queryKey: ['analytics', 'revenue', period], queryFn: () => ok(api.GET('/api/v1/analytics/revenue', query)) });
  const links = useQuery({
    queryKey: ['analytics', 'links', period],
    queryFn: () => ok(api.GET('/api/v1/analytics/payment-links', query)),
  });
  const bookings = useQuery({
    queryKey: ['analytics', 'bookings', period],
    queryFn: () => ok(api.GET('/api/v1/analytics/bookings', query)),
  });
  const gaps = useQuery({
    queryKey: ['analytics', 'gaps', period],
    queryFn: () => ok(api.GET('/api/v1/analytics/knowledge-gaps', query)),
  });
  const conversations = useQuery({
    queryKey: ['analytics', 'conversations', period],
    queryFn: () => ok(api.GET('/api/v1/analytics/conversations', query)),
  });
  const times = useQuery({
    queryKey: ['analytics', 'response-times', period],
    queryFn: () => ok(api.GET('/api/v1/analytics/response-times', query)),
  });
  const handoffs = useQuery({
    queryKey: ['analytics', 'handoffs', period],
    queryFn: () => ok(api.GET('/api/v1/analytics/handoffs', query)),
  });
  const duration = useDuration();
  const percentiles = (figures?: { count?: number; p50Seconds?: number; p90Seconds?: number }) =>
    (figures?.count ?? 0) === 0 ? '—' : t('analytics.percentiles', { p50: duration(figures?.p50Seconds), p90: duration(figures?.p90Seconds) });
  const percent = (rate?: number) => `${Math.round((rate ?? 0) * 100)}%`;
  const currency = revenue.data?.totals?.[0]?.currency;
  const revenueDays = (revenue.data?.days ?? []).filter((day) => day.currency === currency)
    .map((day) => ({ day: day.day?.slice(5), amount: Number(day.amount ?? 0), sales: day.sales ?? 0 }));
  const error = [funnel, revenue, links, conversations, times, handoffs].find((each) => each.error)?.error;
  return (
    <div className="page analytics">
      <h1>{t('analytics.title')}</h1>
      <div className="filter-row toolbar" role="group" aria-label={t('analytics.period')}>
        {PRESETS.map((days) => (
          <button
            key={days}
            type="button"
            aria-pressed={period.from === daysBefore(days - 1) && period.to === isoDay(new Date())}
            onClick={() => setPeriod({ from: daysBefore(days - 1), to: isoDay(new Date()) })}
          >
            {t('analytics.lastDays', { days })}
          </button>
        ))}
        <label>
          {t('common.from')} <input type="date" value={period.from} onChange={(e) => e.target.value && setPeriod({ ...period, from: e.target.value })} />
        </label>
        <label>
          {t('common.to')} <input type="date" value={period.to} onChange={(e) => e.target.value && setPeriod({ ...period, to: e.target.value })} />
        </label>
      </div>
      {error && <p className="field-error" role="alert">{error.message}</p>}

      <Heading
        title={t('analytics.funnel')}
        onCsv={funnel.data ? () => downloadCsv(`funnel-${period.from}-${period.to}.csv`, toCsv(['stage', 'count', 'rate', 'fromPrevious'],
          (funnel.data.steps ?? []).map((step) => [step.stage, step.count, step.rate, step.fromPrevious]))) : undefined}
      />
      {!funnel.data ? <Skeleton rows={3} /> : (
        <section className="card" aria-label={t('analytics.funnel')}>
          <ol className="funnel">
            {(funnel.data.steps ?? []).map((step) => (
              <li key={step.stage} data-testid={`funnel-${step.stage}`}>
                <span className="funnel-bar" style={{ width: `${Math.max(2, Math.round((step.rate ?? 0) * 100))}%` }} />
                <span className="funnel-text">
                  <strong>{t(`stage.${step.stage}` as 'stage.LEAD')}</strong> {step.count} · {percent(step.rate)}
                  {step.stage !== 'LEAD' && <span className="muted small"> ({t('analytics.ofPrevious', { rate: percent(step.fromPrevious) })})</span>}
                  {step.medianDays != null && <span className="muted small"> · {t('analytics.medianDays', { days: step.medianDays })}</span>}
                </span>
              </li>
            ))}
          </ol>
          <p className="muted small">{t('analytics.funnelHelp', { churned: funnel.data.churned ?? 0 })}</p>
        </section>
      )}

      <Heading
        title={t('analytics.revenue')}
        onCsv={revenue.data ? () => downloadCsv(`revenue-${period.from}-${period.to}.csv`, toCsv(['day', 'currency', 'sales', 'amount'],
          (revenue.data.days ?? []).map((day) => [day.day, day.currency, day.sales, day.amount]))) : undefined}
      />
      {!revenue.data ? <Skeleton rows={4} /> : (
        <section className="stack" aria-label={t('analytics.revenue')}>
          <div className="figures">
            {(revenue.data.totals ?? []).length === 0 && <Figure label={t('analytics.revenue')} value="0" testId="revenue-total" />}
            {(revenue.data.totals ?? []).map((total) => (
              <Figure key={total.currency} label={t('analytics.salesAverage', { sales: total.sales ?? 0, average: formatMoney(total.average ?? '0', total.currency ?? 'USD') })}
                value={formatMoney(total.amount ?? '0', total.currency ?? 'USD')} testId="revenue-total" />
            ))}
          </div>
          {revenueDays.length > 0 && (
            <div className="card chart">
              <ResponsiveContainer width="100%" height={220}>
                <BarChart data={revenueDays}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="day" fontSize={11} />
                  <YAxis fontSize={11} width={60} />
                  <Tooltip />
                  <Bar dataKey="amount" name={t('analytics.amount', { currency: currency ?? '' })} fill="#0f766e" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          )}
          {(revenue.data.products ?? []).length > 0 && (
            <div className="table-wrap">
              <table aria-label={t('analytics.bestProducts')}>
                <thead>
                  <tr>
                    <th>{t('analytics.bestProducts')}</th>
                    <th className="num">{t('analytics.sales')}</th>
                    <th className="num">{t('billing.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {(revenue.data.products ?? []).map((product) => (
                    <tr key={`${product.productId}-${product.currency}`}>
                      <td>{product.name ?? '—'}</td>
                      <td className="num">{product.sales}</td>
                      <td className="num">{formatMoney(product.amount ?? '0', product.currency ?? 'USD')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      <Heading title={t('analytics.paymentLinks')} />
      {!links.data ? <Skeleton rows={2} /> : (
        <section className="figures" aria-label={t('analytics.paymentLinks')}>
          <Figure label={t('analytics.linksSent')} value={String(links.data.sent ?? 0)} testId="links-sent" />
          <Figure label={t('analytics.linksPaid')} value={`${links.data.paid ?? 0} · ${percent(links.data.paidRate)}`} testId="links-paid" />
          <Figure label={t('analytics.linksPending')} value={String(links.data.pending ?? 0)} />
          <Figure label={t('analytics.timeToPay')}
            value={links.data.medianMinutesToPay != null ? t('analytics.minutes', { minutes: Math.round(links.data.medianMinutesToPay) }) : '—'} />
        </section>
      )}

      {bookings.data && ((bookings.data.bookings ?? 0) > 0 || (bookings.data.occupancy ?? 0) > 0) && (
        <>
          <Heading
            title={t('analytics.bookings')}
            onCsv={() => downloadCsv(`bookings-${period.from}-${period.to}.csv`, toCsv(['day', 'bookings', 'occupancy'],
              (bookings.data?.days ?? []).map((day) => [day.day, day.bookings, day.occupancy])))}
          />
          <section className="figures" aria-label={t('analytics.bookings')}>
            <Figure label={t('analytics.bookingsMade')} value={String(bookings.data.bookings ?? 0)} testId="bookings-count" />
            <Figure label={t('analytics.occupancy')} value={percent(bookings.data.occupancy)} testId="bookings-occupancy" />
            {(bookings.data.revenue ?? []).map((total) => (
              <Figure key={total.currency} label={t('analytics.bookingRevenue')} value={formatMoney(total.amount ?? '0', total.currency ?? 'USD')} />
            ))}
          </section>
        </>
      )}

      <Heading title={t('analytics.gaps')} />
      {!gaps.data ? <Skeleton rows={2} /> : (gaps.data.items ?? []).length === 0 ? (
        <p className="muted">{t('analytics.noGaps')}</p>
      ) : (
        <div className="table-wrap">
          <table aria-label={t('analytics.gaps')}>
            <thead>
              <tr>
                <th>{t('knowledge.question')}</th>
                <th className="num">{t('analytics.asked')}</th>
                <th className="num">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {(gaps.data.items ?? []).map((gap) => (
                <tr key={gap.question}>
                  <td>{gap.question}</td>
                  <td className="num">{gap.times}</td>
                  <td className="num">
                    <Link to={`/knowledge?question=${encodeURIComponent(gap.question ?? '')}`}>{t('analytics.addFaq')}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Heading
        title={t('analytics.conversations')}
        onCsv={conversations.data ? () => downloadCsv(`conversations-${period.from}-${period.to}.csv`,
          toCsv(['day', 'started', 'messages', 'aiReplies', 'humanReplies', 'handoffs'],
            (conversations.data.days ?? []).map((day) => [day.day, day.started, day.messages, day.aiReplies, day.humanReplies, day.handoffs]))) : undefined}
      />
      {!conversations.data ? <Skeleton rows={3} /> : (
        <section className="stack" aria-label={t('analytics.conversations')}>
          <div className="figures">
            <Figure label={t('analytics.started')} value={String(conversations.data.started ?? 0)} testId="conversations-started" />
            <Figure label={t('analytics.aiReplies')} value={`${conversations.data.aiReplies ?? 0} · ${percent(conversations.data.aiShare)}`}
              testId="conversations-ai" />
            <Figure label={t('analytics.humanReplies')} value={String(conversations.data.humanReplies ?? 0)} />
            <Figure label={t('analytics.handoffs')} value={`${conversations.data.handoffs ?? 0} · ${percent(conversations.data.handoffRate)}`} />
          </div>
          <div className="card chart">
            <ResponsiveContainer width="100%" height={220}>
              <LineChart data={(conversations.data.days ?? []).map((day) => ({ ...day, day: day.day?.slice(5) }))}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="day" fontSize={11} />
                <YAxis fontSize={11} width={40} allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Line type="monotone" dataKey="started" name={t('analytics.started')} stroke="#0f766e" dot={{ r: 2 }} isAnimationActive={false} />
                <Line type="monotone" dataKey="aiReplies" name={t('analytics.aiReplies')} stroke="#2563eb" dot={{ r: 2 }} isAnimationActive={false} />
                <Line type="monotone" dataKey="humanReplies" name={t('analytics.humanReplies')} stroke="#a16207" dot={{ r: 2 }} isAnimationActive={false} />
                <Line type="monotone" dataKey="handoffs" name={t('analytics.handoffs')} stroke="#b91c1c" dot={{ r: 2 }} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </div>
        </section>
      )}

      <Heading
        title={t('analytics.responseTimes')}
        onCsv={times.data ? () => downloadCsv(`response-times-${period.from}-${period.to}.csv`, toCsv(['day', 'replies', 'p50Seconds', 'p90Seconds'],
          (times.data.days ?? []).map((day) => [day.day, day.replies, day.p50Seconds ?? '', day.p90Seconds ?? '']))) : undefined}
      />
      {!times.data ? <Skeleton rows={3} /> : (times.data.response?.all?.count ?? 0) === 0 && (times.data.resolution?.count ?? 0) === 0 ? (
        <p className="muted">{t('analytics.noTimes')}</p>
      ) : (
        <section className="stack" aria-label={t('analytics.responseTimes')}>
          <div className="table-wrap">
            <table aria-label={t('analytics.responseTimes')}>
              <thead>
                <tr>
                  <th />
                  <th className="num">{t('analytics.byAi')}</th>
                  <th className="num">{t('analytics.byPerson')}</th>
                  <th className="num">{t('common.all')}</th>
                </tr>
              </thead>
              <tbody>
                {([['firstReply', times.data.firstResponse], ['everyReply', times.data.response]] as const).map(([label, waits]) => (
                  <tr key={label} data-testid={`times-${label}`}>
                    <th scope="row">{t(`analytics.${label}`)}</th>
                    <td className="num">{percentiles(waits?.ai)}</td>
                    <td className="num">{percentiles(waits?.human)}</td>
                    <td className="num">{percentiles(waits?.all)} <span className="muted small">({waits?.all?.count ?? 0})</span></td>
                  </tr>
                ))}
                <tr data-testid="times-resolution">
                  <th scope="row">{t('analytics.resolution')}</th>
                  <td className="num">—</td>
                  <td className="num">—</td>
                  <td className="num">{percentiles(times.data.resolution)} <span className="muted small">({times.data.resolution?.count ?? 0})</span></td>
                </tr>
              </tbody>
            </table>
          </div>
          <div className="card chart">
            <ResponsiveContainer width="100%" height={200}>
              <LineChart data={(times.data.days ?? []).map((day) => ({ ...day, day: day.day?.slice(5) }))}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="day" fontSize={11} />
                <YAxis fontSize={11} width={60} tickFormatter={(value) => duration(Number(value))} />
                <Tooltip formatter={(value) => duration(Number(value))} />
                <Legend />
                <Line type="monotone" dataKey="p50Seconds" name={t('analytics.p50')} stroke="#0f766e" dot={{ r: 2 }} connectNulls isAnimationActive={false} />
                <Line type="monotone" dataKey="p90Seconds" name={t('analytics.p90')} stroke="#a16207" dot={{ r: 2 }} connectNulls isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          </div>
        </section>
      )}

      <Heading
        title={t('analytics.handoffReasons')}
        onCsv={handoffs.data ? () => downloadCsv(`handoffs-${period.from}-${period.to}.csv`, toCsv(['reason', 'handoffs', 'share', 'latest'],
          (handoffs.data.reasons ?? []).map((row) => [row.reason, row.handoffs, row.share, row.latest ?? '']))) : undefined}
      />
      {!handoffs.data ? <Skeleton rows={2} /> : (handoffs.data.reasons ?? []).length === 0 ? (
        <p className="muted">{t('analytics.noHandoffs')}</p>
      ) : (
        <div className="table-wrap">
          <table aria-label={t('analytics.handoffReasons')}>
            <thead>
              <tr>
                <th>{t('analytics.reason')}</th>
                <th className="num">{t('analytics.handoffs')}</th>
                <th>{t('analytics.latestReason')}</th>
              </tr>
            </thead>
            <tbody>
              {(handoffs.data.reasons ?? []).map((row) => (
                <tr key={row.reason} data-testid={`handoff-${row.reason}`}>
                  <td>{t(`handoff.${row.reason}` as 'handoff.OTHER')}</td>
                  <td className="num">{row.handoffs} · {percent(row.share)}</td>
                  <td className="muted small">{row.latest ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
