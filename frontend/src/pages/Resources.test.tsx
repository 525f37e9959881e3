import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { session } from '../session/store';
import { json, renderAs, stubApi } from '../test-utils';
import { ResourcesPage } from './Resources';

afterEach(() => {
  vi.unstubAllGlobals();
  session.end();
});

const court = { id: 'r1', name: 'Lapangan Futsal 1', type: 'futsal', capacity: 1, slotMinutes: 60, bufferMinutes: 0, minNoticeMinutes: 60, maxDaysAhead: 60,
  price: '150000.00', currency: 'IDR', timezone: 'Asia/Jakarta', active: true };
const page = (items: unknown[]) => json({ items, page: 0, size: 100, total: items.length });

function venue(more: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    'GET /api/v1/company': () => json({ id: 'co1', timezone: 'Asia/Jakarta' }),
    'GET /api/v1/resources': () => page([court]),
    'GET /api/v1/pricing-rules': () => json([{ id: 'p1', name: 'Jam sibuk', days: ['MONDAY', 'FRIDAY'], from: '18:00', to: '23:00', multiplier: '1.500' }]),
    'GET /api/v1/channels': () => page([{ id: 'ch1', name: 'WhatsApp simulator', displayPhoneNumber: '+62 21 5555 0777' }]),
    'GET /api/v1/products': () => page([]),
    'GET /api/v1/resources/r1/hours': () => json([{ dayOfWeek: 'MONDAY', opens: '08:00', closes: '23:00' }]),
    'GET /api/v1/resources/r1/closures': () => json([]),
    'GET /api/v1/resources/r1/calendar-feed': () => json({ url: 'http://localhost/calendar/co1/resources/r1.ics?sig=abc' }),
    ...more,
  });
}

describe('ResourcesPage', () => {
  it('creates a resource with every field of the form', async () => {
    const sent: unknown[] = [];
    venue({
      'POST /api/v1/resources': async (request) => {
        sent.push(await request.json());
        return json({ ...court, id: 'r2' }, 201);
      },
    });
    renderAs('OWNER', <ResourcesPage />);
    expect(await screen.findByText('Lapangan Futsal 1')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '+ New resource' }));
    const form = screen.getByRole('dialog', { name: 'New resource' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Lapangan Badminton');
    await userEvent.type(within(form).getByLabelText('Type'), 'Badminton');
    await userEvent.clear(within(form).getByLabelText('Capacity'));
    await userEvent.type(within(form).getByLabelText('Capacity'), '4');
    await userEvent.clear(within(form).getByLabelText('Buffer after (minutes)'));
    await userEvent.type(within(form).getByLabelText('Buffer after (minutes)'), '15');
    await userEvent.type(within(form).getByLabelText('Price'), '80000.00');
    await userEvent.clear(within(form).getByLabelText('Currency'));
    await userEvent.type(within(form).getByLabelText('Currency'), 'idr');
    await userEvent.type(within(form).getByLabelText('Time zone'), 'Asia/Jakarta');
    await userEvent.selectOptions(within(form).getByLabelText('WhatsApp number'), 'ch1');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await vi.waitFor(() => expect(sent).toEqual([{
      name: 'Lapangan Badminton', type: 'badminton', channelId: 'ch1', capacity: 4, slotMinutes: 60, bufferMinutes: 15, minNoticeMinutes: 60,
      maxDaysAhead: 60, price: '80000.00', currency: 'IDR', timezone: 'Asia/Jakarta', active: true,
    }]));
  });

  it("saves a resource's opening hours, several ranges a day", async () => {
    const saved: unknown[] = [];
    venue({
      'PUT /api/v1/resources/r1/hours': async (request) => {
        const body = await request.json();
        saved.push(body);
        return json(body);
      },
    });
    renderAs('ADMIN', <ResourcesPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Hours and closures' }));
    const schedule = screen.getByRole('region', { name: 'Lapangan Futsal 1' });
    const closes = await within(schedule).findByLabelText('Monday · closes');
    await userEvent.clear(closes);
    await userEvent.type(closes, '12:00');
    await userEvent.click(within(schedule).getByRole('button', { name: 'Add hours: Monday' }));
    await userEvent.click(within(schedule).getByRole('button', { name: 'Save hours' }));
    await vi.waitFor(() => expect(saved).toEqual([[
      { dayOfWeek: 'MONDAY', opens: '08:00', closes: '12:00' },
      { dayOfWeek: 'MONDAY', opens: '08:00', closes: '22:00' },
    ]]));
    expect(await within(schedule).findByText('http://localhost/calendar/co1/resources/r1.ics?sig=abc')).toBeInTheDocument();
  });

  it('shows an agent the resources, hours and pricing rules without ways to change them', async () => {
    venue();
    renderAs('AGENT', <ResourcesPage />);
    expect(await screen.findByText('Jam sibuk')).toBeInTheDocument();
    expect(screen.getByText('× 1.5')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Hours and closures' }));
    expect(await screen.findByLabelText('Monday · opens')).toBeDisabled();
    expect(screen.queryByRole('button', { name: /New resource|New rule|Edit|Save hours|Add closure/ })).toBeNull();
  });
});
