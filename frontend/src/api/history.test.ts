import { describe, expect, it } from 'vitest';
import { chronological } from './history';

const message = (id: string, seq: number, at: string) => ({ id, seq, at, direction: 'INBOUND' as const });

describe('a history', () => {
  it('follows when each message was sent, not when it was recorded', () => {
    const recordedFirst = message('second', 1, '2026-12-05T10:00:02Z');
    const recordedLater = message('first', 2, '2026-12-05T10:00:00Z');
    const reply = message('reply', 3, '2026-12-05T10:00:03.500Z');
    expect([reply, recordedFirst, recordedLater].sort(chronological).map((m) => m.id)).toEqual(['first', 'second', 'reply']);
  });

  it('keeps the recorded order between messages sent in the same moment', () => {
    const a = message('a', 5, '2026-12-05T10:00:00Z');
    const b = message('b', 4, '2026-12-05T10:00:00Z');
    expect([a, b].sort(chronological).map((m) => m.id)).toEqual(['b', 'a']);
  });
});
