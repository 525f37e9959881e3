/**
 * Days and wall-clock times in a time zone. A booking is an instant; a venue thinks in its own
 * day and clock, so the calendar places and labels bookings in the resource's zone, whatever the
 * browser's is. A day is its ISO date ('2026-12-07'), a time its minutes since midnight.
 */
export type Day = string;

export const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof weekdays)[number];

export const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const formats = new Map<string, Intl.DateTimeFormat>();
function format(zone: string) {
  let found = formats.get(zone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formats.set(zone, found);
  }
  return found;
}

function fields(at: number, zone: string) {
  const parts = Object.fromEntries(format(zone).formatToParts(at).map((part) => [part.type, part.value]));
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour % 24, minute: +parts.minute, second: +parts.second };
}

const pad = (value: number) => String(value).padStart(2, '0');
const toDay = (year: number, month: number, day: number): Day => `${year}-${pad(month)}-${pad(day)}`;
const utcOf = (day: Day) => Date.parse(`${day}T00:00:00Z`);

/** The day and minute an instant shows on the clocks of a zone. */
export function wallClock(at: string | number | Date, zone: string): { day: Day; minutes: number } {
  const f = fields(new Date(at).getTime(), zone);
  return { day: toDay(f.year, f.month, f.day), minutes: f.hour * 60 + f.minute };
}

/** How far ahead of UTC the zone's clocks are at an instant, in minutes. */
function offset(at: number, zone: string) {
  const f = fields(at, zone);
  return (Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - Math.floor(at / 1000) * 1000) / 60_000;
}

/**
 * The instant a zone's clocks show a day's minute (24:00 is the next midnight). Of two such
 * instants (clocks going back) the earlier; a minute the clocks skip is taken after the jump.
 */
export function instantAt(day: Day, minutes: number, zone: string): Date {
  const wall = utcOf(day) + minutes * 60_000;
  const before = offset(wall - 86_400_000, zone);
  const after = offset(wall + 86_400_000, zone);
  const candidates = [before, after].map((minutesAhead) => wall - minutesAhead * 60_000);
  const shown = candidates.filter((at) => wall - at === offset(at, zone) * 60_000);
  return new Date(shown.length ? Math.min(...shown) : candidates[0]);
}

/** An instant as the API writes it: ISO-8601 in UTC, without milliseconds when there are none. */
export const iso = (at: Date) => at.toISOString().replace('.000Z', 'Z');

export const today = (zone: string) => wallClock(Date.now(), zone).day;

export function addDays(day: Day, days: number): Day {
  return new Date(utcOf(day) + days * 86_400_000).toISOString().slice(0, 10);
}

export const weekdayOf = (day: Day): Weekday => weekdays[(new Date(utcOf(day)).getUTCDay() + 6) % 7];

/** The Monday of the day's week. */
export const weekStart = (day: Day): Day => addDays(day, -weekdays.indexOf(weekdayOf(day)));

export const monthStart = (day: Day): Day => `${day.slice(0, 7)}-01`;

export function addMonths(day: Day, months: number): Day {
  const date = new Date(utcOf(monthStart(day)));
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** '19:00' for 1140; '24:00' for midnight at the end of a day. */
export const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** 1140 for '19:00'; NaN for anything that is not a time of day. */
export function minutesOf(text: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match || +match[1] > 24 || +match[2] > 59) return NaN;
  return +match[1] * 60 + +match[2];
}

/** A day written in the language's words ('lunes, 7 de diciembre'), never shifted by the browser's zone. */
export function dayLabel(day: Day, locale: string, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }) {
  return new Date(utcOf(day)).toLocaleDateString(locale, { ...options, timeZone: 'UTC' });
}
