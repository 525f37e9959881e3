import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en, es, type MessageKey } from './messages';

export type Language = 'es' | 'en';
const dictionaries: Record<Language, Record<MessageKey, string>> = { en, es };
const KEY = 'lyrox.language';

type Translate = (key: MessageKey, values?: Record<string, string | number | undefined>) => string;
interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  formatDate: (iso?: string) => string;
  formatMoney: (amount?: string, currency?: string) => string;
  /** An amount without a currency (lifetime value sums whatever the sales were in). */
  formatAmount: (amount?: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(KEY);
  if (stored === 'es' || stored === 'en') return stored;
  return navigator.language?.toLowerCase().startsWith('en') ? 'en' : 'es';
}

/** Spanish or English, chosen by the user (remembered) or the browser; Spanish by default. */
export function I18nProvider({ children, language: fixed }: { children: ReactNode; language?: Language }) {
  const [language, setLanguageState] = useState<Language>(fixed ?? initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const locale = language === 'es' ? 'es-ES' : 'en-US';
    const t: Translate = (key, values) =>
      dictionaries[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? ''));
    return {
      language,
      setLanguage,
      t,
      formatDate: (iso) => (iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' }) : '—'),
      formatAmount: (amount) =>
        new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(amount ?? 0)),
      formatMoney: (amount, currency) => {
        if (amount === undefined || amount === null) return '—';
        try {
          return new Intl.NumberFormat(locale, { style: 'currency', currency: currency || 'USD' }).format(Number(amount));
        } catch {
          return `${amount} ${currency ?? ''}`;
        }
      },
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
