import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyFrame, noticeOf } from './live';

const page = (items: object[]) => ({ items, page: 0, size: 100, total: items.length });

describe('applyFrame', () => {
  it('places a new message by seq and counts it once', () => {
    const client = new QueryClient();
    client.setQueryData(['messages', 'c1'], page([{ id: 'm2', seq: 2 }, { id: 'm1', seq: 1 }]));
    applyFrame(client, { type: 'message', conversationId: 'c1', payload: { id: 'm3', seq: 3 } });
    applyFrame(client, { type: 'message', conversationId: 'c1', payload: { id: 'm3', seq: 3 } });
    const data = client.getQueryData<{ items: { id: string }[]; total: number }>(['messages', 'c1'])!;
    expect(data.items.map((item) => item.id)).toEqual(['m3', 'm2', 'm1']);
    expect(data.total).toBe(3);
  });

  it('never moves a delivery status backwards', () => {
    const client = new QueryClient();
    client.setQueryData(['messages', 'c1'], page([{ id: 'm1', seq: 1, status: 'SENT' }]));
    applyFrame(client, { type: 'status', conversationId: 'c1', payload: { messageId: 'm1', status: 'READ' } });
    applyFrame(client, { type: 'status', conversationId: 'c1', payload: { messageId: 'm1', status: 'DELIVERED' } });
    const data = client.getQueryData<{ items: { status: string }[] }>(['messages', 'c1'])!;
    expect(data.items[0].status).toBe('READ');
  });

  it('replaces the conversation with the one the frame carries', () => {
    const client = new QueryClient();
    applyFrame(client, { type: 'conversation', conversationId: 'c1', payload: { id: 'c1', status: 'HUMAN_HANDLING' } });
    expect(client.getQueryData(['conversation', 'c1'])).toEqual({ id: 'c1', status: 'HUMAN_HANDLING' });
  });
});

describe('noticeOf', () => {
  it('tells the owner the plan’s bookings of the month are made', () => {
    expect(noticeOf({ kind: 'booking-limit', plan: 'PROFESSIONAL', limit: 200 }))
      .toEqual({ tone: 'error', key: 'notice.bookingLimit', values: { limit: 200 } });
  });

  it('tells the owner a payment arrived for another amount than its sale', () => {
    expect(noticeOf({ kind: 'payment-mismatch', saleId: 's1', provider: 'STRIPE', expected: '98.00 USD', received: '90.00 USD' }))
      .toEqual({ tone: 'error', key: 'notice.paymentMismatch', values: { received: '90.00 USD', expected: '98.00 USD' } });
  });

  it("tells the owner the plan's renewal could not be charged", () => {
    expect(noticeOf({ kind: 'plan-payment-failed', invoice: 'LYROX-0042', amount: '49.00 USD' }))
      .toEqual({ tone: 'error', key: 'notice.planPaymentFailed', values: { amount: '49.00 USD' } });
  });

  it('tells the owner the prepaid balance fell low', () => {
    expect(noticeOf({ kind: 'balance-low', balance: '4.98', currency: 'USD', threshold: '5.00' }))
      .toEqual({ tone: 'error', key: 'notice.balanceLow', values: { balance: '4.98', currency: 'USD' } });
  });

  it('tells the owner how much of the AI allowance is used', () => {
    expect(noticeOf({ kind: 'ai-quota', percent: 80 }).key).toBe('notice.quota');
    expect(noticeOf({ kind: 'ai-quota', percent: 100 })).toMatchObject({ tone: 'error', key: 'notice.quotaFull' });
  });
});
