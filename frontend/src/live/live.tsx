import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Schemas } from '../api/client';
import { chronological } from '../api/history';
import { useI18n } from '../i18n/i18n';
import { session } from '../session/store';
import { useSession } from '../session/useSession';
import { notify } from '../ui/toast';

type Message = Schemas['MessageView'];
type Page<T> = { items?: T[]; page?: number; size?: number; total?: number };

/** A frame of /ws/live. */
export interface LiveFrame {
  type: 'connected' | 'message' | 'status' | 'conversation' | 'notice';
  conversationId?: string;
  payload?: Record<string, unknown>;
}

const order = ['PENDING', 'SENT', 'FAILED', 'DELIVERED', 'READ', 'PLAYED'];

/** Puts a frame into the cached pages: messages newest first by time, statuses never backwards, lists refreshed. */
export function applyFrame(client: QueryClient, frame: LiveFrame) {
  const id = frame.conversationId;
  if (frame.type === 'connected') {
    client.invalidateQueries();
    return;
  }
  if (frame.type === 'message' && id) {
    const message = frame.payload as Message;
    client.setQueryData<Page<Message>>(['messages', id], (page) => {
      if (!page?.items) return page;
      const others = page.items.filter((item) => item.id !== message.id);
      const items = [...others, message].sort((a, b) => chronological(b, a));
      return { ...page, items, total: (page.total ?? 0) + (others.length === page.items.length ? 1 : 0) };
    });
  }
  if (frame.type === 'status' && id) {
    const { messageId, status, errorCode, errorMessage } = frame.payload as {
      messageId: string; status: Message['status']; errorCode?: number; errorMessage?: string;
    };
    client.setQueryData<Page<Message>>(['messages', id], (page) =>
      page?.items
        ? {
            ...page,
            items: page.items.map((item) =>
              item.id === messageId && order.indexOf(status ?? '') > order.indexOf(item.status ?? '')
                ? { ...item, status, errorCode, errorMessage }
                : item,
            ),
          }
        : page,
    );
  }
  if (frame.type === 'conversation' && id) {
    client.setQueryData(['conversation', id], frame.payload);
  }
  if (frame.type === 'notice') {
    client.invalidateQueries({ queryKey: ['overview'] });
  }
  if (frame.type !== 'notice') {
    client.invalidateQueries({ queryKey: ['conversations'] });
  }
  if (frame.type === 'message') {
    // A message may come with a booking made, moved or cancelled in the chat.
    client.invalidateQueries({ queryKey: ['customer-bookings'] });
  }
}

/**
 * What a notice frame tells the owner: the AI allowance (kind ai-quota), the month's bookings
 * (booking-limit), a payment that does not match its sale (payment-mismatch), a failed plan renewal
 * (plan-payment-failed) or a prepaid balance fallen low (balance-low).
 */
export function noticeOf(payload: Record<string, unknown> | undefined): {
  tone: 'error' | 'success';
  key: 'notice.bookingLimit' | 'notice.quota' | 'notice.quotaFull' | 'notice.paymentMismatch' | 'notice.planPaymentFailed' | 'notice.balanceLow';
  values: Record<string, number | string>;
} {
  if (payload?.kind === 'balance-low') {
    return { tone: 'error', key: 'notice.balanceLow', values: { balance: String(payload.balance ?? ''), currency: String(payload.currency ?? '') } };
  }
  if (payload?.kind === 'plan-payment-failed') {
    return { tone: 'error', key: 'notice.planPaymentFailed', values: { amount: String(payload.amount ?? '') } };
  }
  if (payload?.kind === 'payment-mismatch') {
    return { tone: 'error', key: 'notice.paymentMismatch', values: { received: String(payload.received ?? ''), expected: String(payload.expected ?? '') } };
  }
  if (payload?.kind === 'booking-limit') {
    return { tone: 'error', key: 'notice.bookingLimit', values: { limit: Number(payload.limit ?? 0) } };
  }
  const percent = Number(payload?.percent ?? 0);
  return percent >= 100
    ? { tone: 'error', key: 'notice.quotaFull', values: { percent } }
    : { tone: 'success', key: 'notice.quota', values: { percent } };
}

const LiveContext = createContext(false);
export const useLiveConnected = () => useContext(LiveContext);

/**
 * Keeps one WebSocket to /ws/live while signed in: pings every 30 s, refreshes the token when
 * the server closes for expiry (4001) and reconnects with a growing pause after any close.
 */
export function LiveProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const companyId = useSession()?.company?.id;
  const [connected, setConnected] = useState(false);
  const { t } = useI18n();
  const translate = useRef(t);
  translate.current = t;

  useEffect(() => {
    if (!companyId) return;
    let socket: WebSocket | null = null;
    let stopped = false;
    let attempt = 0;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let ping: ReturnType<typeof setInterval> | undefined;

    const connect = () => {
      const token = session.accessToken();
      if (stopped || !token) return;
      const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
      socket = new WebSocket(`${scheme}://${location.host}/ws/live?access_token=${encodeURIComponent(token)}`);
      socket.onopen = () => {
        attempt = 0;
        setConnected(true);
        ping = setInterval(() => socket?.readyState === WebSocket.OPEN && socket.send('ping'), 30_000);
      };
      socket.onmessage = (event) => {
        if (event.data === 'pong') return;
        const frame = JSON.parse(event.data as string) as LiveFrame;
        if (frame.type === 'notice') {
          const notice = noticeOf(frame.payload);
          notify(notice.tone, translate.current(notice.key, notice.values));
        }
        applyFrame(client, frame);
      };
      socket.onclose = async (event) => {
        setConnected(false);
        clearInterval(ping);
        if (stopped) return;
        const expiresAt = Date.parse(session.current()?.accessTokenExpiresAt ?? '');
        if (event.code === 4001 || expiresAt < Date.now() + 10_000) await session.refresh();
        attempt += 1;
        retry = setTimeout(connect, Math.min(30_000, 500 * 2 ** Math.min(attempt, 6)));
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      clearInterval(ping);
      socket?.close();
    };
  }, [companyId, client]);

  return <LiveContext.Provider value={connected}>{children}</LiveContext.Provider>;
}
