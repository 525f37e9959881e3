import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ok, type Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { usePermissions } from '../../session/useSession';
import { Field, fieldError, Skeleton, SubmitButton } from '../../ui/parts';
import { useToast } from '../../ui/toast';
import { PlanPurchase } from './PlanPurchase';
import { ReplyPreview } from './ReplyPreview';

type CompanyUpdate = Schemas['CompanyUpdate'];

/** The company profile, or (with {@code brand}) its brand voice and AI settings; both save the whole profile. */
export function CompanySettings({ brand }: { brand?: boolean }) {
  const { t, formatDate } = useI18n();
  const { canAdmin, isOwner } = usePermissions();
  const client = useQueryClient();
  const toast = useToast();
  const company = useQuery({ queryKey: ['company'], queryFn: () => ok(api.GET('/api/v1/company')) });
  const [form, setForm] = useState<CompanyUpdate | null>(null);
  useEffect(() => {
    if (company.data) {
      const { name = '', industry, website, brandPersonality, aiInstructions, language = 'es', timezone = 'UTC', aiModel, aiTemperature } = company.data;
      setForm({ name, industry, website, brandPersonality, aiInstructions, language, timezone, aiModel, aiTemperature });
    }
  }, [company.data]);
  const save = useMutation({
    mutationFn: (body: CompanyUpdate) => ok(api.PUT('/api/v1/company', { body })),
    onSuccess: (saved) => {
      client.setQueryData(['company'], saved);
      toast('success', t('common.saved'));
    },
  });
  if (company.isPending || !form) return <Skeleton rows={6} />;
  const text = (name: keyof CompanyUpdate) => ({
    value: (form[name] as string | undefined) ?? '',
    disabled: !canAdmin,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setForm({ ...form, [name]: event.target.value }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      ...form,
      industry: form.industry || undefined,
      website: form.website || undefined,
      aiModel: form.aiModel || undefined,
      aiTemperature: form.aiTemperature === undefined || String(form.aiTemperature) === '' ? undefined : Number(form.aiTemperature),
    });
  };
  return (
    <div className={brand ? 'settings-brand' : ''}>
      <form className="stack card" onSubmit={submit} noValidate>
        {brand ? (
          <>
            <Field label={t('settings.brandPersonality')} error={fieldError(save.error, 'brandPersonality')}>
              <textarea rows={6} {...text('brandPersonality')} />
            </Field>
            <Field label={t('settings.aiInstructions')} error={fieldError(save.error, 'aiInstructions')}>
              <textarea rows={5} {...text('aiInstructions')} />
            </Field>
            <div className="row">
              <Field label={t('settings.aiModel')} hint={t('settings.aiModelHint')} error={fieldError(save.error, 'aiModel')}>
                <input {...text('aiModel')} placeholder="gpt-4o-mini" />
              </Field>
              <Field label={t('settings.aiTemperature')} error={fieldError(save.error, 'aiTemperature')}>
                <input type="number" min={0} max={2} step={0.1} {...text('aiTemperature')} value={form.aiTemperature ?? ''} />
              </Field>
            </div>
          </>
        ) : (
          <>
            <Field label={t('common.name')} error={fieldError(save.error, 'name')}>
              <input {...text('name')} />
            </Field>
            <div className="row">
              <Field label={t('settings.industry')} error={fieldError(save.error, 'industry')}>
                <input {...text('industry')} />
              </Field>
              <Field label={t('settings.website')} error={fieldError(save.error, 'website')}>
                <input type="url" {...text('website')} />
              </Field>
            </div>
            <div className="row">
              <Field label={t('settings.language')} error={fieldError(save.error, 'language')}>
                <input {...text('language')} placeholder="es" />
              </Field>
              <Field label={t('settings.timezone')} error={fieldError(save.error, 'timezone')}>
                <input {...text('timezone')} placeholder="Europe/Madrid" />
              </Field>
              <Field label={t('settings.plan')} hint={t('settings.planHint')}>
                <output data-testid="company-plan">
                  {company.data?.plan}
                  {company.data?.trialEndsAt && Date.parse(company.data.trialEndsAt) > Date.now()
                    && ` · ${t('settings.trialUntil', { date: formatDate(company.data.trialEndsAt) })}`}
                  {company.data?.suspendedAt && ` · ${t('settings.suspended', { reason: company.data.suspensionReason ?? '' })}`}
                </output>
                {isOwner && <PlanPurchase current={company.data?.plan} />}
              </Field>
            </div>
          </>
        )}
        {canAdmin && (
          <div className="row">
            <span className="spacer" />
            <SubmitButton pending={save.isPending} label={t('common.save')} pendingLabel={t('common.saving')} />
          </div>
        )}
      </form>
      {brand && <ReplyPreview />}
    </div>
  );
}
