import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { usePermissions } from '../../session/useSession';
import { Badge, Skeleton } from '../../ui/parts';
import { factorWords } from '../customers/Score';

/** What scores the company's leads: points only, or a model learned from its sales, how well it ranks, and its weights. */
export function LeadScoring() {
  const { t, formatDate, language } = useI18n();
  const { canAdmin } = usePermissions();
  const client = useQueryClient();
  const model = useQuery({ queryKey: ['lead-model'], queryFn: () => ok(api.GET('/api/v1/analytics/lead-model')) });
  const train = useMutation({
    mutationFn: () => ok(api.POST('/api/v1/analytics/lead-model/train')),
    onSuccess: (trained) => {
      client.setQueryData(['lead-model'], trained);
      client.invalidateQueries({ queryKey: ['customers'] });
    },
  });
  if (!model.data) return <Skeleton rows={4} />;
  const data = model.data;
  const strongest = Math.max(0.01, ...(data.weights ?? []).map((weight) => Math.abs(weight.weight ?? 0)));
  return (
    <section className="card stack" aria-label={t('leads.title')}>
      <h2>
        {t('leads.title')} <Badge tone={data.kind === 'PRIOR' ? 'neutral' : 'good'}>{t(`leads.kind.${data.kind ?? 'PRIOR'}` as 'leads.kind.PRIOR')}</Badge>
      </h2>
      <p className="muted">
        {data.kind === 'PRIOR'
          ? t('leads.priorHelp', { min: data.minConversions ?? 5 })
          : t('leads.learnedHelp', { share: Math.round((data.learnedShare ?? 0) * 100), full: data.fullTrustAt ?? 30 })}
      </p>
      {data.trainedAt && (
        <dl className="facts">
          <dt>{t('leads.trainedOn')}</dt>
          <dd data-testid="lead-model-trained">{t('leads.customersBuyers', { customers: data.customers ?? 0, buyers: data.conversions ?? 0 })}</dd>
          <dt>{t('leads.auc')}</dt>
          <dd data-testid="lead-model-auc">{data.auc != null ? data.auc.toFixed(2) : '—'} {data.holdout ? t('leads.heldOut', { count: data.holdout }) : ''}</dd>
          <dt>{t('leads.brier')}</dt>
          <dd>{data.brier != null ? data.brier.toFixed(3) : '—'}</dd>
          <dt>{t('leads.trainedAt')}</dt>
          <dd>{formatDate(data.trainedAt)} · {t('leads.trainings', { count: data.trainingCount ?? 0 })}</dd>
        </dl>
      )}
      {(data.weights ?? []).length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('leads.feature')}</th>
                <th className="num">{t('leads.weight')}</th>
                <th className="hide-narrow" aria-hidden="true" />
              </tr>
            </thead>
            <tbody>
              {(data.weights ?? []).map((weight) => (
                <tr key={weight.feature}>
                  <td>{factorWords(weight.feature, weight.description, language)}</td>
                  <td className="num">{(weight.weight ?? 0).toFixed(2)}</td>
                  <td className="hide-narrow">
                    <span
                      className={`weight-bar ${(weight.weight ?? 0) >= 0 ? 'up' : 'down'}`}
                      style={{ width: `${Math.round((Math.abs(weight.weight ?? 0) / strongest) * 100)}%` }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canAdmin && (
        <p>
          <button type="button" disabled={train.isPending} onClick={() => train.mutate()}>
            {train.isPending ? t('leads.training') : t('leads.train')}
          </button>
        </p>
      )}
      {train.error && <p className="field-error" role="alert">{train.error.message}</p>}
    </section>
  );
}
