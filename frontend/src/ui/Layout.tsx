import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router-dom';
import { api, ok } from '../api/client';
import { useI18n, type Language } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { useLiveConnected } from '../live/live';
import { session } from '../session/store';
import { Icon, type IconName } from './Icon';
import { Skeleton } from './parts';
import { usePermissions, useSession } from '../session/useSession';

export const navigation: { to: string; label: MessageKey; icon: IconName }[] = [
  { to: '/', label: 'nav.home', icon: 'home' },
  { to: '/inbox', label: 'nav.inbox', icon: 'inbox' },
  { to: '/customers', label: 'nav.customers', icon: 'users' },
  { to: '/products', label: 'nav.products', icon: 'box' },
  { to: '/sales', label: 'nav.sales', icon: 'receipt' },
  { to: '/analytics', label: 'nav.analytics', icon: 'chart' },
  { to: '/assistant', label: 'nav.assistant', icon: 'chat' },
  { to: '/calendar', label: 'nav.calendar', icon: 'calendar' },
  { to: '/bookings', label: 'nav.bookings', icon: 'list' },
  { to: '/resources', label: 'nav.resources', icon: 'court' },
  { to: '/knowledge', label: 'nav.knowledge', icon: 'book' },
  { to: '/simulator', label: 'nav.simulator', icon: 'phone' },
  { to: '/billing', label: 'nav.billing', icon: 'receipt' },
  { to: '/settings', label: 'nav.settings', icon: 'settings' },
];

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <select className="language" aria-label={t('nav.language')} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
      <option value="es">ES</option>
      <option value="en">EN</option>
    </select>
  );
}

function CompanySwitch() {
  const { t } = useI18n();
  const current = useSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const me = useQuery({ queryKey: ['me'], queryFn: () => ok(api.GET('/api/v1/me')) });
  const change = useMutation({
    mutationFn: (companyId: string) => ok(api.POST('/api/v1/auth/switch', { body: { companyId } })),
    onSuccess: (next) => {
      session.start(next);
      client.clear();
      navigate('/');
    },
  });
  const companies = me.data?.companies ?? [];
  if (companies.length < 2) {
    return <span className="company-name">{current?.company?.name}</span>;
  }
  return (
    <select aria-label={t('nav.company')} value={current?.company?.id} disabled={change.isPending} onChange={(e) => change.mutate(e.target.value)}>
      {companies.map((company) => (
        <option key={company.id} value={company.id}>
          {company.name} · {company.role}
        </option>
      ))}
    </select>
  );
}

/** The signed-in frame: navigation, company, language, live status and sign-out. */
export function Layout() {
  const { t } = useI18n();
  const current = useSession();
  const live = useLiveConnected();
  const { canWrite } = usePermissions();
  const client = useQueryClient();
  const [menuOpen, setMenuOpen] = useState(false);
  const signOut = () => {
    const refreshToken = session.current()?.refreshToken;
    if (refreshToken) void api.POST('/api/v1/auth/logout', { body: { refreshToken } });
    session.end();
    client.clear();
  };
  return (
    <div className="shell">
      <a className="skip" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <button className="menu-button" aria-label={t('nav.menu')} aria-expanded={menuOpen} onClick={() => setMenuOpen(!menuOpen)}>
          <Icon name="menu" />
        </button>
        <span className="logo" aria-hidden="true">L</span>
        <strong className="brand">Lyrox</strong>
        <CompanySwitch />
        <span className="spacer" />
        {!canWrite && <span className="badge badge-info">{t('common.readOnly')}</span>}
        <span className={`live-dot ${live ? 'on' : ''}`} title={live ? t('inbox.live') : t('inbox.offline')}>
          {live ? t('inbox.live') : t('inbox.offline')}
        </span>
        <LanguageSwitch />
        <span className="user-name">{current?.user?.name}</span>
        <button onClick={signOut}>{t('nav.signOut')}</button>
      </header>
      <nav className={`sidebar ${menuOpen ? 'open' : ''}`} aria-label="Main">
        {navigation.map((item) => (
          <NavLink key={item.to} to={item.to} end={item.to === '/'} onClick={() => setMenuOpen(false)}>
            <Icon name={item.icon} /> {t(item.label)}
          </NavLink>
        ))}
      </nav>
      <main id="main" className="content">
        <Suspense fallback={<Skeleton rows={6} />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
