// The demo companies with ninety days of history (LYROX_DEMO_VOLUME=true): the coach's analytics,
// inbox and customers as a new user first sees them. Each step is [name, async ({ page, shot }) => ...].
import { expect } from './expect.mjs';

const coach = { email: 'demo@lyrox.app', password: 'lyrox-demo' };

async function go(page, name, path) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await page.waitForURL((url) => url.pathname === path);
  await page.locator(`nav a.active[href="${path}"]`).waitFor({ state: 'attached' });
}

export const steps = [
  ['signs in as the demo coach', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Correo').fill(coach.email);
    await page.getByLabel('Contraseña').fill(coach.password);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
  }],
  ['sees ninety days of funnel, revenue, replies and handoffs on the analytics page', async ({ page, shot }) => {
    await go(page, 'Analítica', '/analytics');
    await page.getByRole('button', { name: 'Últimos 90 días' }).click();
    await page.getByTestId('funnel-LEAD').filter({ hasText: /^\D*\d{3} ·/ }).waitFor();
    expect(Number((await page.getByTestId('funnel-CUSTOMER').textContent()).match(/(\d+) ·/)[1])).toBeAtLeast(10);
    await page.getByTestId('conversations-started').filter({ hasText: /^\d{3}$/ }).waitFor();
    await page.getByTestId('times-firstReply').waitFor();
    await page.getByTestId('handoff-COMPLAINT').waitFor();
    await page.getByRole('link', { name: 'Agregar como FAQ' }).first().waitFor();
    await shot('demo-analytics', { fullPage: true });
  }],
  ['sees the inbox full', async ({ page, shot }) => {
    await go(page, 'Bandeja', '/inbox');
    await page.locator('.conversations li').nth(10).waitFor();
    await shot('demo-inbox');
  }],
];
