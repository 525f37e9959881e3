// The scenario, step by step: each step is [name, async ({ page, context, shot }) => ...].
import { expect } from './expect.mjs';

const stamp = Date.now();
const owner = { name: 'Lucía Torres', company: `Estudio Lucía ${stamp}`, email: `lucia-${stamp}@example.com`, password: 'una-frase-larga-1' };
const customer = { name: 'Carmen', phone: `+3461${String(stamp).slice(-7)}` };

export const steps = [
  ['shows the sign-in page to a visitor', async ({ page, shot }) => {
    await page.addInitScript(() => localStorage.setItem('lyrox.language', 'es'));
    await page.goto('/inbox');
    await page.getByRole('heading', { name: 'Entrar' }).waitFor();
    await shot('01-login');
  }],
  ['shows validation messages from the API on sign-up', async ({ page }) => {
    await page.getByRole('link', { name: 'Crear cuenta' }).click();
    await page.getByLabel('Correo').fill('not-an-email');
    await page.getByLabel('Contraseña').fill('short');
    await page.getByRole('button', { name: 'Crear cuenta' }).click();
    await page.locator('.field-error').first().waitFor();
  }],
  ['signs up a new company', async ({ page, shot }) => {
    await page.getByLabel('Tu nombre').fill(owner.name);
    await page.getByLabel('Nombre del negocio').fill(owner.company);
    await page.getByLabel('Correo').fill(owner.email);
    await page.getByLabel('Contraseña').fill(owner.password);
    await shot('02-signup');
    await page.getByRole('button', { name: 'Crear cuenta' }).click();
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
  }],
  ['keeps the session across a reload', async ({ page }) => {
    await page.reload();
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    await page.locator('.live-dot.on').waitFor();
  }],
  ['connects a simulator number', async ({ page }) => {
    await page.getByRole('link', { name: 'Simulador' }).click();
    await page.getByRole('button', { name: 'Conectar un número de simulador' }).click();
    await page.getByLabel('Nombre del cliente').waitFor();
  }],
  ['writes as a customer and sees the AI answer in the phone and the inbox', async ({ page, shot }) => {
    await page.getByLabel('Nombre del cliente').fill(customer.name);
    await page.getByLabel('Teléfono').fill(customer.phone);
    await page.getByLabel('Mensaje').fill('Hola, ¿qué precios tienen?');
    await page.getByRole('button', { name: 'Enviar' }).click();
    const phone = page.getByTestId('phone');
    await phone.locator('.phone-bubble.mine', { hasText: '¿qué precios tienen?' }).waitFor();
    await phone.locator('.phone-bubble.theirs:not(.typing)').first().waitFor({ timeout: 30_000 });
    const inbox = page.locator('.simulator-inbox');
    await inbox.getByRole('button', { name: new RegExp(customer.name) }).first().waitFor();
    await inbox.locator('.bubble.author-ai').first().waitFor({ timeout: 30_000 });
    await shot('03-simulator');
  }],
  ['takes over in the inbox and replies as a person', async ({ page, shot }) => {
    await page.getByRole('link', { name: 'Bandeja' }).click();
    await page.getByRole('button', { name: new RegExp(customer.name) }).first().click();
    await page.locator('.bubble.author-ai').first().waitFor();
    await page.locator('.bubble.author-ai .meta').first().hover();
    await page.locator('.meta-tip', { hasText: 'Intención' }).first().waitFor();
    await page.getByRole('button', { name: 'Tomar el control' }).click();
    await page.locator('.thread-head', { hasText: 'Responde una persona' }).waitFor();
    await page.getByLabel('Responder como persona…').fill('Hola Carmen, soy Lucía. Te escribo yo directamente.');
    await page.getByRole('button', { name: 'Enviar', exact: true }).click();
    await page.locator('.bubble.author-human', { hasText: 'soy Lucía' }).waitFor();
    await shot('04-inbox');
  }],
  ['the customer receives the human reply on the phone', async ({ page }) => {
    await page.getByRole('link', { name: 'Simulador' }).click();
    await page.getByLabel('Teléfono').fill(customer.phone);
    await page.getByTestId('phone').locator('.phone-bubble.theirs', { hasText: 'soy Lucía' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.simulator-inbox .badge', { hasText: 'Responde una persona' }).count()).toBeAtLeast(1);
  }],
  ['fits a phone screen', async ({ page, shot }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Menú' }).click();
    await page.getByRole('link', { name: 'Bandeja' }).click();
    await page.getByRole('button', { name: new RegExp(customer.name) }).first().click();
    await page.locator('.bubble').first().waitFor();
    await shot('05-inbox-phone');
    await page.setViewportSize({ width: 1366, height: 860 });
  }],
];
