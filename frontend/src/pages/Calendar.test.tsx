import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { CalendarPage } from './Calendar';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

const court = (id: string, name: string) => ({ id, name, type: 'futsal', capacity: 1, slotMinutes: 60, price: '150000.00', currency: 'IDR', timezone: 'Asia/Jakarta', active: true });
const courts = { items: [court('r1', 'Lapangan Futsal 1'), court('r2', 'Lapangan Futsal 2')], page: 0, size: 100, total: 2 };
const evening = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map((dayOfWeek) => ({ dayOfWeek, opens: '08:00', closes: '23:00' }));
// 19:00 in Jakarta on Monday 7 December.
const budi = {
  id: 'b1', resourceId: 'r2', resourceName: 'Lapangan Futsal 2', customerId: 'c1', customerName: 'Budi', customerPhone: '+6281234567000',
  start: '2026-12-07T12:00:00Z', end: '2026-12-07T13:00:00Z', status: 'CONFIRMED', price: '225000.00', currency: 'IDR',
  calendarUrl: '/calendar/co1/bookings/b1.ics?sig=abc',
};

/** The venue's API; a move changes what the bookings list answers afterwards, as the server would. */
function venue(more: Parameters<typeof stubApi>[0] = {}, moved: { booking: Record<string, unknown> } = { booking: budi }) {
  return stubApi({
    'GET /api/v1/company': () => json({ id: 'co1', timezone: 'Asia/Jakarta' }),
    'GET /api/v1/resources': () => json(courts),
    'GET /api/v1/resources/r1/hours': () => json(evening),
    'GET /api/v1/resources/r2/hours': () => json(evening),
    'GET /api/v1/bookings': () => json({ items: [moved.booking], page: 0, size: 100, total: 1 }),
    ...more,
  });
}

const monday = '/calendar?view=day&date=2026-12-07';

/** Presses on a block, moves the pointer by dy pixels and lets go, as a mouse would. */
function drag(block: HTMLElement, dy: number) {
  fireEvent.pointerDown(block, { button: 0, pointerId: 1, clientX: 200, clientY: 300 });
  fireEvent.pointerMove(window, { pointerId: 1, clientX: 201, clientY: 300 + dy / 2 });
  fireEvent.pointerMove(window, { pointerId: 1, clientX: 201, clientY: 300 + dy });
  fireEvent.pointerUp(window, { pointerId: 1, clientX: 201, clientY: 300 + dy });
}

describe('the calendar', () => {
  it("shows a booking in its resource's column at its time on the venue's clock", async () => {
    venue();
    renderAs('AGENT', <CalendarPage />, monday);
    const block = await screen.findByRole('button', { name: 'Booking of Budi 19:00' });
    expect(within(screen.getByRole('group', { name: 'Lapangan Futsal 2' })).getByText('Budi')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Lapangan Futsal 1' })).queryByText('Budi')).toBeNull();
    // The grid starts at the courts' opening, 08:00: 19:00 is 11 hours of 48px down.
    expect(block.style.top).toBe(`${11 * 48}px`);
    expect(block).toHaveTextContent('19:00–20:00');
    expect(screen.getByText(/Times in Asia\/Jakarta/)).toBeInTheDocument();
  });

  it('moves a dragged booking to the quarter hour it is dropped on', async () => {
    const moves: unknown[] = [];
    const state = { booking: budi };
    venue({
      'PATCH /api/v1/bookings/b1': async (request) => {
        const body = (await request.json()) as { start: string };
        moves.push(body);
        state.booking = { ...budi, start: body.start, end: '2026-12-07T14:00:00Z' };
        return json(state.booking);
      },
    }, state);
    renderAs('AGENT', <CalendarPage />, monday);
    // 50px down is 62.5 minutes: dropped on 20:00.
    drag(await screen.findByRole('button', { name: 'Booking of Budi 19:00' }), 50);
    await vi.waitFor(() => expect(moves).toEqual([{ start: '2026-12-07T13:00:00Z' }]));
    expect(await screen.findByRole('button', { name: 'Booking of Budi 20:00' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('resizes a booking whose lower edge is dragged, keeping its start', async () => {
    const resizes: unknown[] = [];
    const state = { booking: budi };
    venue({
      'PATCH /api/v1/bookings/b1': async (request) => {
        const body = (await request.json()) as { start: string; end: string };
        resizes.push(body);
        state.booking = { ...budi, end: body.end };
        return json(state.booking);
      },
    }, state);
    renderAs('AGENT', <CalendarPage />, monday);
    const block = await screen.findByRole('button', { name: 'Booking of Budi 19:00' });
    // 100px down is 125 minutes: the end lands on 22:00 (snapped from 22:05).
    drag(within(block).getByTestId('resize-handle'), 100);
    await vi.waitFor(() => expect(resizes).toEqual([{ start: '2026-12-07T12:00:00Z', end: '2026-12-07T15:00:00Z' }]));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Booking of Budi 19:00' })).toHaveTextContent('19:00–22:00'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('puts a booking refused with a conflict back and offers the free slots, which move it there', async () => {
    const moves: unknown[] = [];
    const state = { booking: budi };
    venue({
      'PATCH /api/v1/bookings/b1': async (request) => {
        const body = (await request.json()) as { start: string; resourceId: string };
        moves.push(body);
        if (moves.length === 1) {
          return json({
            type: 'https://lyrox.app/problems/conflict', title: 'Conflict', status: 409, detail: 'This slot is already taken',
            errors: [{ field: 'start', message: 'This slot is already taken' }],
            alternatives: [{ resourceId: 'r1', start: '2026-12-07T13:00:00Z', end: '2026-12-07T14:00:00Z', price: '225000.00', currency: 'IDR' }],
          }, 409);
        }
        state.booking = { ...budi, ...body, resourceName: 'Lapangan Futsal 1', end: '2026-12-07T14:00:00Z' };
        return json(state.booking);
      },
    }, state);
    renderAs('AGENT', <CalendarPage />, monday);
    drag(await screen.findByRole('button', { name: 'Booking of Budi 19:00' }), 48);
    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent('This slot is already taken');
    expect(screen.getByRole('button', { name: 'Booking of Budi 19:00' })).toBeInTheDocument();
    await userEvent.click(within(problem).getByRole('button', { name: /20:00 · Lapangan Futsal 1/ }));
    await vi.waitFor(() => expect(moves[1]).toEqual({ start: '2026-12-07T13:00:00Z', resourceId: 'r1' }));
    expect(await within(screen.getByRole('group', { name: 'Lapangan Futsal 1' })).findByRole('button', { name: 'Booking of Budi 20:00' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('opens a booking with its actions, calendar file and customer', async () => {
    venue();
    renderAs('AGENT', <CalendarPage />, monday);
    await userEvent.click(await screen.findByRole('button', { name: 'Booking of Budi 19:00' }));
    const panel = screen.getByRole('dialog', { name: 'Budi' });
    expect(panel).toHaveTextContent('Lapangan Futsal 2');
    expect(within(panel).getByRole('link', { name: 'Calendar file (.ics)' })).toHaveAttribute('href', budi.calendarUrl);
    expect(within(panel).getByRole('link', { name: 'Customer page' })).toHaveAttribute('href', '/customers/c1');
    expect(within(panel).getByRole('button', { name: 'Cancel booking' })).toBeInTheDocument();
  });

  it('books a free time clicked on, for a new customer given by phone', async () => {
    const created: unknown[] = [];
    venue({
      'POST /api/v1/bookings': async (request) => {
        created.push(await request.json());
        return json({ ...budi, id: 'b2' }, 201);
      },
    });
    renderAs('AGENT', <CalendarPage />, monday);
    await screen.findByRole('button', { name: 'Booking of Budi 19:00' });
    // 10 hours and 20 minutes below 08:00: 18:15 on the quarter hour.
    fireEvent.click(screen.getByRole('group', { name: 'Lapangan Futsal 1' }), { clientY: 10 * 48 + 16 });
    const form = screen.getByRole('dialog', { name: 'New booking' });
    expect(within(form).getByLabelText('Time')).toHaveValue('18:15');
    await userEvent.type(within(form).getByLabelText('Phone'), '+6281200000001');
    await userEvent.type(within(form).getByLabelText('Name'), 'Sari');
    await userEvent.click(within(form).getByRole('button', { name: 'Book' }));
    await vi.waitFor(() =>
      expect(created).toEqual([{ resourceId: 'r1', start: '2026-12-07T11:15:00Z', customerPhone: '+6281200000001', customerName: 'Sari', status: 'CONFIRMED' }]));
  });

  it('points a company without resources to the resources page', async () => {
    stubApi({
      'GET /api/v1/company': () => json({ id: 'co1', timezone: 'Asia/Jakarta' }),
      'GET /api/v1/resources': () => json({ items: [], page: 0, size: 100, total: 0 }),
    });
    renderAs('VIEWER', <CalendarPage />, '/calendar');
    expect(await screen.findByRole('link', { name: /Add resources/ })).toHaveAttribute('href', '/resources');
  });
});
