import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { QuotaBar } from './Home';

const level = (used: number, limit: number, percent: number) => {
  const { container, unmount } = render(
    <I18nProvider language="en">
      <QuotaBar usage={{ plan: 'FREE', used, limit, percent }} />
    </I18nProvider>,
  );
  const value = container.querySelector('.quota-fill')?.getAttribute('data-level');
  unmount();
  return value;
};

describe('QuotaBar', () => {
  it('turns amber at 80% and red at 100%', () => {
    expect(level(100, 1000, 10)).toBe('ok');
    expect(level(800, 1000, 80)).toBe('high');
    expect(level(1000, 1000, 100)).toBe('full');
  });

  it('shows an unlimited plan without a percentage', () => {
    const { getByText } = render(
      <I18nProvider language="en">
        <QuotaBar usage={{ plan: 'ENTERPRISE', used: 5, limit: -1, percent: 0 }} />
      </I18nProvider>,
    );
    expect(getByText('5 / unlimited')).toBeInTheDocument();
  });
});
