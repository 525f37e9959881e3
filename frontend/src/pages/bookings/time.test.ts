import { describe, expect, it } from 'vitest';
import { addDays, addMonths, clock, instantAt, iso, minutesOf, wallClock, weekStart, weekdayOf } from './time';

describe('days and times in a zone', () => {
  it("reads an instant on a venue's clock and back", () => {
    expect(wallClock('2026-12-07T12:00:00Z', 'Asia/Jakarta')).toEqual({ day: '2026-12-07', minutes: 19 * 60 });
    expect(wallClock('2026-12-07T20:30:00Z', 'Asia/Jakarta')).toEqual({ day: '2026-12-08', minutes: 3 * 60 + 30 });
    expect(iso(instantAt('2026-12-07', 19 * 60, 'Asia/Jakarta'))).toBe('2026-12-07T12:00:00Z');
    expect(iso(instantAt('2026-12-07', 24 * 60, 'Asia/Jakarta'))).toBe('2026-12-07T17:00:00Z');
  });

  it('takes the earlier of two 01:30s when the clocks go back and a skipped time after the jump', () => {
    expect(iso(instantAt('2026-11-01', 90, 'America/New_York'))).toBe('2026-11-01T05:30:00Z');
    expect(iso(instantAt('2026-03-08', 150, 'America/New_York'))).toBe('2026-03-08T07:30:00Z');
    expect(iso(instantAt('2026-07-01', 0, 'America/New_York'))).toBe('2026-07-01T04:00:00Z');
  });

  it('counts days, weeks and months on the calendar', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekdayOf('2026-12-07')).toBe('MONDAY');
    expect(weekStart('2026-12-13')).toBe('2026-12-07');
    expect(addMonths('2026-12-20', 1)).toBe('2027-01-01');
    expect(clock(19 * 60 + 15)).toBe('19:15');
    expect(minutesOf('24:00')).toBe(1440);
    expect(minutesOf('7pm')).toBeNaN();
  });
});
