import { useMutation, useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { fieldError } from '../../ui/parts';

/** The owner pays for a plan at Stripe Checkout; Stripe's webhook then changes the plan. */
export function PlanPurchase({ current }: { current?: string }) {
  const { t } = useI18n();
  const onSale = useQuery({ queryKey: ['plans-on-sale'], queryFn: () => ok(api.GET('/api/v1/billing/plans')) });
  const buy = useMutation({
    mutationFn: (plan: 'STARTER' | 'PROFESSIONAL' | 'ENTERPRISE') => ok(api.POST('/api/v1/billing/checkout', { body: { plan } })),
    onSuccess: (checkout) => {
      if (checkout.url) window.location.assign(checkout.url);
    },
  });
  if (!onSale.data?.sellsPlans) return null;
  return (
    <span className="row plan-purchase">
      {(onSale.data.plans ?? []).filter((plan) => plan !== current).map((plan) => (
        <button key={plan} type="button" disabled={buy.isPending} onClick={() => buy.mutate(plan as 'STARTER' | 'PROFESSIONAL' | 'ENTERPRISE')}>
          {t('settings.buyPlan', { plan })}
        </button>
      ))}
      {buy.error && <span className="field-error" role="alert">{fieldError(buy.error, 'plan') ?? buy.error.message}</span>}
    </span>
  );
}
