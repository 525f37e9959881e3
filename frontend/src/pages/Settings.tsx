import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { usePermissions } from '../session/useSession';
import { Empty } from '../ui/parts';
import { ApiKeys } from './settings/ApiKeys';
import { Channels } from './settings/Channels';
import { CompanySettings } from './settings/CompanySettings';
import { LeadScoring } from './settings/LeadScoring';
import { Members } from './settings/Members';
import { Payments } from './settings/Payments';

const sections: { id: string; label: MessageKey; adminOnly: boolean }[] = [
  { id: 'company', label: 'settings.company', adminOnly: false },
  { id: 'brand', label: 'settings.brand', adminOnly: false },
  { id: 'whatsapp', label: 'settings.channels', adminOnly: true },
  { id: 'members', label: 'settings.members', adminOnly: true },
  { id: 'api-keys', label: 'settings.apiKeys', adminOnly: true },
  { id: 'payments', label: 'settings.payments', adminOnly: true },
  { id: 'lead-scoring', label: 'settings.leadScoring', adminOnly: false },
];

export function SettingsPage() {
  const { t } = useI18n();
  const { canAdmin } = usePermissions();
  const [params, setParams] = useSearchParams();
  const current = sections.find((section) => section.id === params.get('section')) ?? sections[0];
  return (
    <div className="page">
      <h1>{t('settings.title')}</h1>
      <div className="tabs settings-tabs" role="tablist">
        {sections.map((section) => (
          <button key={section.id} role="tab" aria-selected={section.id === current.id} onClick={() => setParams({ section: section.id })}>
            {t(section.label)}
          </button>
        ))}
      </div>
      {current.adminOnly && !canAdmin ? (
        <Empty>{t('settings.adminsOnly')}</Empty>
      ) : current.id === 'company' ? (
        <CompanySettings />
      ) : current.id === 'brand' ? (
        <CompanySettings brand />
      ) : current.id === 'whatsapp' ? (
        <Channels />
      ) : current.id === 'members' ? (
        <Members />
      ) : current.id === 'payments' ? (
        <Payments />
      ) : current.id === 'lead-scoring' ? (
        <LeadScoring />
      ) : (
        <ApiKeys />
      )}
    </div>
  );
}
