import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes the fields that need it and leaves the others bare', () => {
    expect(toCsv(['day', 'product', 'amount'], [['2026-12-01', 'Plan "Pro", anual', '49.00'], ['2026-12-02', null, 0]]))
      .toBe('day,product,amount\r\n2026-12-01,"Plan ""Pro"", anual",49.00\r\n2026-12-02,,0\r\n');
  });
});
