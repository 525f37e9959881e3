import type { Schemas } from './client';

type Message = Schemas['MessageView'];

/** A history's order, as the API gives it: by when each message was sent, then by when it was recorded. */
export function chronological(a: Message, b: Message): number {
  const byTime = Date.parse(a.at ?? '') - Date.parse(b.at ?? '');
  return Number.isNaN(byTime) || byTime === 0 ? (a.seq ?? 0) - (b.seq ?? 0) : byTime;
}
