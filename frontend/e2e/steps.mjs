// The scenario, step by step: each step is [name, async ({ page, shot }) => ...].
import { expect } from './expect.mjs';

const stamp = Date.now();
const owner = { name: 'Lucía Torres', company: `Estudio Lucía ${stamp}`, email: `lucia-${stamp}@example.com`, password: 'una-frase-larga-1' };
const customer = { name: 'Carmen', phone: `+3461${String(stamp).slice(-7)}` };

const faq = { question: '¿Tienen estacionamiento?', answer: 'Sí, gratuito para clientes en la calle Sol 12.' };
const text = {
  title: 'Horario y reservas',
  body: 'Abrimos de lunes a viernes de 8:00 a 20:00 y los sábados de 9:00 a 14:00. '
    + 'Las clases se reservan desde la web o por WhatsApp con un día de antelación. '
    + 'Si no puedes venir, avísanos con 12 horas para no perder la clase.',
};
const file = {
  name: 'politica-de-cambios.txt',
  text: 'Política de cambios\n\nPuedes cambiar tu plan una vez al mes sin coste. '
    + 'El cambio se aplica en la siguiente renovación y te lo confirmamos por correo.\n',
};

// The demo venue (seeded by the server): Arena Futsal Jakarta, three courts, prices in IDR, a chat in Bahasa Indonesia.
const venue = { email: 'venue@lyrox.app', password: 'lyrox-demo', name: 'Arena Futsal Jakarta' };
const player = { name: 'Budi Santoso', phone: `+62812${String(stamp).slice(-7)}` };
// The time the chat booked ("19:00"), once it has.
const booked = { at: '' };
// How the agent ends an offer of slots, a hold and a confirmation, in any of its languages.
const offerEnd = /Mau saya pesankan yang mana\?|¿Cuál te reservo\?|Which one shall I book\?|Qual eu reservo\?/;
const holdEnd = /Saya konfirmasi sekarang\?|¿Lo confirmo\?|Shall I confirm it\?|Posso confirmar\?/;
const confirmation = /Booking terkonfirmasi|Reserva confirmada|Booking confirmed/;

// Follows a menu link and waits until the new page is the one on screen (pages load lazily,
// and the old page stays visible until the new one is ready).
async function go(page, name, path) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
  await page.waitForURL((url) => url.pathname === path);
  await page.locator(`nav a.active[href="${path}"]`).waitFor({ state: 'attached' });
}

// Waits until a knowledge source's badge says it is ready (processing runs in the background).
async function ready(source) {
  await source.locator('.badge', { hasText: 'Lista' }).waitFor({ timeout: 60_000 });
}

// Fails unless the first element's box lies within the second's (a form inside its card).
async function inside(inner, outer) {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  const within = a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
  if (!within) throw new Error(`${inner} sticks out of ${outer}: ${JSON.stringify(a)} not within ${JSON.stringify(b)}`);
}

// Writes in the simulated phone as the customer and waits for the next reply that matches.
async function say(page, text, reply) {
  const replies = page.getByTestId('phone').locator('.phone-bubble.theirs:not(.typing)', { hasText: reply });
  const before = await replies.count();
  const composer = page.locator('.phone-composer');
  await composer.getByLabel('Mensaje').fill(text);
  await composer.getByRole('button', { name: 'Enviar' }).click();
  return waitForReply(replies, before);
}

async function waitForReply(replies, before) {
  const answer = replies.nth(before);
  await answer.waitFor({ timeout: 30_000 });
  return answer;
}

// Books a court in the chat: the question, the first slot offered, and "ya" to the hold; answers the slot's time.
async function bookInTheChat(page) {
  const replies = (pattern) => page.getByTestId('phone').locator('.phone-bubble.theirs:not(.typing)', { hasText: pattern });
  const offer = await say(page, 'ada lapangan besok jam 7 malam?', offerEnd);
  const slot = offer.locator('.phone-buttons button').first();
  const time = (await slot.textContent()).trim().slice(0, 5);
  const holds = await replies(holdEnd).count();
  await slot.click();
  await waitForReply(replies(holdEnd), holds);
  await say(page, 'ya', confirmation);
  return time;
}

// The answer to the next change of a booking (PATCH /api/v1/bookings/{id}).
const bookingPatched = (page) => page.waitForResponse((response) => response.request().method() === 'PATCH'
  && /\/api\/v1\/bookings\/[^/]+$/.test(new URL(response.url()).pathname));

// A real drag: press, move down by `distance` pixels in small steps, release.
async function dragDown(page, x, y, distance) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y + distance / 4, { steps: 4 });
  await page.mouse.move(x, y + distance, { steps: 12 });
  await page.mouse.up();
}

// The hour an hour after "19:00".
const hourLater = (time) => `${String(Number(time.slice(0, 2)) + 1).padStart(2, '0')}${time.slice(2)}`;

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
  ['shows the home page with the AI allowance', async ({ page, shot }) => {
    await go(page, 'Inicio', '/');
    await page.getByRole('progressbar').waitFor();
    await page.locator('.tile').first().waitFor();
    await shot('03-home-first-steps');
  }],
  ['creates a product, after the API refuses a bad price', async ({ page, shot }) => {
    await go(page, 'Productos', '/products');
    await page.getByRole('button', { name: 'Nuevo producto' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nombre').fill('Clase de Pilates');
    await dialog.getByLabel('Precio').fill('0');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.locator('.field-error').first().waitFor();
    await dialog.getByLabel('Precio').fill('45.00');
    await dialog.getByLabel('Descripción').fill('Clase grupal de 60 minutos');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: /Clase de Pilates/ }).waitFor();
    await shot('04-products');
  }],
  ['connects a simulator number', async ({ page }) => {
    await go(page, 'Simulador', '/simulator');
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
    await phone.locator('.phone-bubble.theirs:not(.typing)', { hasText: 'Clase de Pilates' }).first().waitFor({ timeout: 30_000 });
    const inbox = page.locator('.simulator-inbox');
    await inbox.getByRole('button', { name: new RegExp(customer.name) }).first().waitFor();
    await inbox.locator('.bubble.author-ai').first().waitFor({ timeout: 30_000 });
    await shot('05-simulator');
  }],
  ['takes over in the inbox and replies as a person', async ({ page, shot }) => {
    await go(page, 'Bandeja', '/inbox');
    await page.getByRole('button', { name: new RegExp(customer.name) }).first().click();
    await page.locator('.bubble.author-ai').first().waitFor();
    await page.locator('.bubble.author-ai .meta').first().hover();
    await page.locator('.meta-tip', { hasText: 'Intención' }).first().waitFor();
    await page.getByRole('button', { name: 'Tomar el control' }).click();
    await page.locator('.thread-head', { hasText: 'Responde una persona' }).waitFor();
    await page.getByLabel('Responder como persona…').fill('Hola Carmen, soy Lucía. Te escribo yo directamente.');
    await page.getByRole('button', { name: 'Enviar', exact: true }).click();
    await page.locator('.bubble.author-human', { hasText: 'soy Lucía' }).waitFor();
    await shot('06-inbox');
  }],
  ['the customer receives the human reply on the phone', async ({ page }) => {
    await go(page, 'Simulador', '/simulator');
    await page.getByLabel('Teléfono').fill(customer.phone);
    await page.getByTestId('phone').locator('.phone-bubble.theirs', { hasText: 'soy Lucía' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.simulator-inbox .badge', { hasText: 'Responde una persona' }).count()).toBeAtLeast(1);
  }],
  ['moves the customer on the pipeline board', async ({ page, shot }) => {
    await go(page, 'Clientes', '/customers');
    const lead = page.locator('[data-stage="LEAD"]').getByTestId('board-card').filter({ hasText: customer.name });
    await lead.waitFor();
    // A real drag: press on the card, move over the next column in small steps, release.
    const from = await lead.boundingBox();
    const to = await page.locator('[data-stage="QUALIFIED"]').boundingBox();
    await page.mouse.move(from.x + from.width / 2, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 20, from.y + 20, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
    await page.mouse.up();
    await page.locator('[data-stage="QUALIFIED"]').getByTestId('board-card').filter({ hasText: customer.name }).waitFor();
    await page.reload();
    await page.locator('[data-stage="QUALIFIED"]').getByTestId('board-card').filter({ hasText: customer.name }).waitFor();
    await shot('07-customers-board');
  }],
  ['orders the customers by lead score, the one who asked first', async ({ page, shot }) => {
    await page.getByRole('tab', { name: 'Tabla' }).click();
    await page.getByLabel('Orden').selectOption('score,desc');
    const row = page.getByRole('row').filter({ hasText: customer.name });
    await row.getByLabel(/Puntaje \d+ de 100/).waitFor();
    await shot('25-customers-scores');
    await page.getByRole('tab', { name: 'Tablero' }).click();
    await page.locator('[data-stage="QUALIFIED"]').getByTestId('board-card').filter({ hasText: customer.name }).waitFor();
  }],
  ['records a sale on the customer page', async ({ page, shot }) => {
    await page.locator('[data-stage="QUALIFIED"]').getByRole('link', { name: customer.name }).click();
    await page.getByRole('heading', { name: customer.name }).waitFor();
    await page.getByRole('button', { name: 'Nueva venta' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /Producto/ }).selectOption({ label: 'Clase de Pilates · 45.00 USD' });
    await dialog.getByRole('button', { name: 'Crear' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Marcar pagada' }).click();
    await page.locator('.badge', { hasText: 'Pagada' }).waitFor();
    await page.locator('.facts .big', { hasText: '45' }).waitFor();
    await page.locator('.thread.embedded .bubble').first().waitFor();
    await shot('08-customer');
    await go(page, 'Ventas', '/sales');
    await page.getByRole('cell', { name: customer.name }).waitFor();
    await shot('09-sales');
  }],
  ["shows the period's funnel, revenue, payment links and conversations on the analytics page", async ({ page, shot }) => {
    await go(page, 'Analítica', '/analytics');
    expect(Number((await page.getByTestId('funnel-LEAD').textContent()).match(/(\d+) ·/)[1])).toBeAtLeast(1);
    await page.getByTestId('revenue-total').filter({ hasText: '45' }).waitFor();
    await page.getByRole('table', { name: 'Mejores productos' }).getByText('Clase de Pilates').waitFor();
    expect(Number(await page.getByTestId('conversations-started').textContent())).toBeAtLeast(1);
    await page.getByRole('button', { name: 'Últimos 7 días' }).click();
    await page.getByTestId('revenue-total').filter({ hasText: '45' }).waitFor();
    await shot('27-analytics', { fullPage: true });
  }],
  ['asks the assistant who to call, and gets the customer with a link', async ({ page, shot }) => {
    await go(page, 'Asistente', '/assistant');
    await page.getByRole('button', { name: '¿cuántos prospectos nuevos esta semana?' }).click();
    await page.getByTestId('assistant-assistant').filter({ hasText: /prospectos? nuevos? escribi(ó|eron) por primera vez esta semana/ }).waitFor();
    await page.getByLabel('Tu pregunta').fill('¿cuánto vendí este mes?');
    await page.getByRole('button', { name: 'Preguntar' }).click();
    await page.getByTestId('assistant-assistant').filter({ hasText: 'Vendiste este mes' }).filter({ hasText: '45.00 USD' }).waitFor();
    await page.getByRole('button', { name: '¿qué conversaciones esperan a una persona?' }).click();
    const waiting = page.getByTestId('assistant-assistant').filter({ hasText: /espera(n)? a una persona/ });
    await waiting.waitFor();
    await shot('28-assistant', { fullPage: true });
  }],
  ['the home page counts the day: conversation, AI reply, handoff, lead and sale', async ({ page, shot }) => {
    await go(page, 'Inicio', '/');
    const today = page.getByRole('region', { name: 'Hoy' });
    for (const [label, value] of [['Conversaciones', '1'], ['Respuestas de la IA', '1'], ['Traspasos', '1'], ['Nuevos prospectos', '1'], ['Ventas', '1']]) {
      await today.locator('.tile', { hasText: label }).locator('.tile-value', { hasText: value }).waitFor();
    }
    await today.locator('.tile', { hasText: 'Ingresos' }).getByText(/45,00/).waitFor();
    await shot('10-home-figures');
  }],
  ['shows settings: brand voice, WhatsApp number, members, a new API key, payments and lead scoring', async ({ page, shot }) => {
    await go(page, 'Ajustes', '/settings');
    await page.getByRole('tab', { name: 'Marca e IA' }).click();
    await page.getByLabel('Personalidad de marca').fill('Eres Lucía, instructora de pilates cercana y clara.');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.locator('.toast-success').first().waitFor();
    await shot('11-settings-brand');
    await page.getByRole('tab', { name: 'WhatsApp' }).click();
    await page.locator('.channel', { hasText: 'WhatsApp simulator' }).getByText('Conectado').waitFor();
    await shot('12-settings-whatsapp');
    await page.getByRole('tab', { name: 'Claves API' }).click();
    await page.getByLabel('Nombre de la clave').fill('Zapier');
    await page.getByRole('button', { name: 'Crear clave' }).click();
    expect((await page.getByTestId('api-key-secret').textContent()).startsWith('lyx_')).toBe(true);
    await shot('13-settings-api-keys');
    await page.getByRole('tab', { name: 'Pagos' }).click();
    const generic = page.getByRole('region', { name: 'Webhook genérico' });
    await generic.getByRole('button', { name: 'Generar un secreto' }).click();
    expect((await generic.getByTestId('payment-secret').textContent()).length).toBe(64);
    await generic.getByText('Conectado', { exact: true }).waitFor();
    await page.getByText('Aún no hay eventos de pago', { exact: false }).waitFor();
    await shot('23-settings-payments');
    await page.getByRole('tab', { name: 'Puntaje de prospectos' }).click();
    await page.getByRole('button', { name: 'Entrenar ahora' }).click();
    await page.getByTestId('lead-model-trained').waitFor();
    await shot('26-settings-lead-scoring');
  }],
  ["fills the knowledge base and finds an FAQ's answer to a test question", async ({ page, shot }) => {
    await go(page, 'Conocimiento', '/knowledge');
    const faqs = page.getByRole('region', { name: 'Preguntas frecuentes' });
    await faqs.locator('form').getByLabel('Pregunta').fill(faq.question);
    await faqs.locator('form').getByLabel('Respuesta').fill(faq.answer);
    await faqs.getByRole('button', { name: 'Añadir pregunta' }).click();
    const sources = page.getByRole('region', { name: 'Fuentes' });
    await sources.getByLabel('Título', { exact: true }).fill(text.title);
    await sources.getByLabel('Texto', { exact: true }).fill(text.body);
    await sources.getByRole('button', { name: 'Añadir texto' }).click();
    // Processing is asynchronous: the page looks again every 2 s until each source is ready.
    await ready(faqs.locator('li.faq'));
    await ready(sources.locator('li.source', { hasText: text.title }));
    const test = page.getByRole('region', { name: 'Probar una pregunta' });
    await test.getByLabel('Pregunta').fill('¿Tienen estacionamiento para clientes?');
    await test.getByRole('button', { name: 'Buscar' }).click();
    await test.locator('.result', { hasText: faq.answer }).locator('.badge', { hasText: 'coincidencia' }).waitFor();
    await test.locator('.verdict').waitFor();
    await sources.getByLabel('Subir un archivo').setInputFiles({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.text, 'utf8') });
    await ready(sources.locator('li.source', { hasText: file.name }));
    await inside(sources.locator('form'), sources);
    await inside(test.locator('form'), test);
    await shot('14-knowledge', { fullPage: true });
    // On a phone the cards stack and nothing sticks out sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await inside(sources.locator('form'), sources);
    await inside(faqs.locator('form'), faqs);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.setViewportSize({ width: 1366, height: 860 });
  }],
  ['fits a phone screen', async ({ page, shot }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Menú' }).click();
    await go(page, 'Bandeja', '/inbox');
    await page.getByRole('button', { name: new RegExp(customer.name) }).first().click();
    await page.locator('.bubble').first().waitFor();
    await shot('15-inbox-phone');
    await page.setViewportSize({ width: 1366, height: 860 });
  }],
  ['invites a viewer, who joins with the link and sees no edit buttons', async ({ page, shot }) => {
    await go(page, 'Ajustes', '/settings');
    await page.getByRole('tab', { name: 'Miembros' }).click();
    await page.getByLabel('Correo').fill(`viewer-${stamp}@example.com`);
    await page.getByLabel('Rol').first().selectOption('VIEWER');
    await page.getByRole('button', { name: 'Invitar' }).click();
    const link = await page.locator('.highlight code').textContent();
    expect(link.includes('/accept-invite?token=')).toBe(true);
    await shot('16-settings-members');
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.goto(link);
    await page.getByLabel('Tu nombre').fill('Pablo');
    await page.getByLabel('Contraseña').fill('otra-frase-larga-2');
    await page.getByRole('button', { name: 'Unirme al equipo' }).click();
    await page.getByText('Acceso de solo lectura').waitFor();
    await go(page, 'Productos', '/products');
    await page.getByRole('cell', { name: /Clase de Pilates/ }).waitFor();
    expect(await page.getByRole('button', { name: /Nuevo producto|Editar|Eliminar/ }).count()).toBe(0);
    await shot('17-products-viewer');
  }],
  // The venue: a customer books a court in the chat in Bahasa Indonesia, the owner moves the booking an hour later on
  // the calendar by dragging it, and sees it in the bookings, the customer's page and the home page's day; the courts,
  // their hours, calendar feed and pricing rules on the resources page.
  ['signs out and signs in as the demo venue', async ({ page }) => {
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('heading', { name: 'Entrar' }).waitFor();
    await page.getByLabel('Correo').fill(venue.email);
    await page.getByLabel('Contraseña').fill(venue.password);
    await page.getByRole('button', { name: 'Entrar' }).click();
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    await page.locator('.topbar', { hasText: venue.name }).waitFor();
  }],
  ['a customer books a court for tomorrow evening in the chat', async ({ page }) => {
    await go(page, 'Simulador', '/simulator');
    await page.getByLabel('Nombre del cliente').fill(player.name);
    await page.getByLabel('Teléfono').fill(player.phone);
    booked.at = await bookInTheChat(page);
  }],
  ['moves the booking an hour later by dragging it on the calendar', async ({ page, shot }) => {
    await go(page, 'Calendario', '/calendar');
    await page.getByRole('tab', { name: 'Día' }).click();
    await page.getByRole('button', { name: 'Hoy', exact: true }).click();
    await page.getByRole('button', { name: 'Siguiente', exact: true }).click();
    const block = page.getByRole('button', { name: `Reserva de ${player.name} ${booked.at}`, exact: true });
    await block.waitFor();
    await block.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const hour = Number(await page.locator('.time-grid').getAttribute('data-hour-height'));
    const box = await block.boundingBox();
    const [x, y] = [box.x + box.width / 2, box.y + Math.min(12, box.height / 2)];
    const moved = bookingPatched(page);
    await dragDown(page, x, y, hour);
    expect((await moved).status()).toBe(200);
    await page.getByRole('button', { name: `Reserva de ${player.name} ${hourLater(booked.at)}`, exact: true }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('18-calendar', { fullPage: true });
  }],
  ['makes the booking an hour longer by dragging its lower edge on the calendar', async ({ page }) => {
    const start = hourLater(booked.at);
    const block = page.getByRole('button', { name: `Reserva de ${player.name} ${start}`, exact: true });
    await block.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const hour = Number(await page.locator('.time-grid').getAttribute('data-hour-height'));
    const edge = await block.getByTestId('resize-handle').boundingBox();
    const [x, y] = [edge.x + edge.width / 2, edge.y + edge.height / 2];
    const resized = bookingPatched(page);
    await dragDown(page, x, y, hour);
    expect((await resized).status()).toBe(200);
    await block.filter({ hasText: `${start}–${hourLater(hourLater(start))}` }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  }],
  ['lists the booking on the bookings page', async ({ page, shot }) => {
    await go(page, 'Reservas', '/bookings');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: player.name }) });
    await row.filter({ hasText: hourLater(booked.at) }).filter({ hasText: 'Confirmada' }).waitFor();
    await shot('19-bookings');
  }],
  ["shows the venue's plan, this month's bookings against it, its prepaid balance and monthly invoice on the billing page", async ({ page, shot }) => {
    await go(page, 'Facturación', '/billing');
    expect(await page.getByTestId('billing-plan').textContent()).toBe('PROFESSIONAL');
    const bookings = page.getByRole('progressbar', { name: 'Reservas de este mes' });
    await bookings.waitFor();
    expect(Number(await bookings.getAttribute('aria-valuenow'))).toBeAtLeast(0);
    await page.getByRole('progressbar', { name: 'Recursos' }).waitFor();
    // The venue's welcome credit on the prepaid balance, and the running month's invoice so far.
    await page.getByTestId('billing-balance').filter({ hasText: '25' }).waitFor();
    await page.getByText(/demo-welcome-credit/).waitFor();
    await page.getByTestId('billing-so-far').waitFor();
    await shot('24-billing', { fullPage: true });
  }],
  ['shows the courts with their hours, calendar feed and pricing rules', async ({ page, shot }) => {
    await go(page, 'Recursos', '/resources');
    await page.getByRole('row').filter({ hasText: 'Lapangan Futsal 1' }).getByRole('button', { name: 'Horario y cierres' }).click();
    const court = page.getByRole('region', { name: 'Lapangan Futsal 1' });
    await court.getByLabel('Lunes · abre').first().waitFor();
    await court.getByTestId('calendar-feed').waitFor();
    await page.getByRole('region', { name: 'Reglas de precio' }).getByRole('cell', { name: 'Jam sibuk' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('20-resources', { fullPage: true });
  }],
  ["shows the booking on the customer's page", async ({ page, shot }) => {
    await go(page, 'Reservas', '/bookings');
    await page.getByRole('link', { name: player.name }).first().click();
    await page.getByRole('heading', { name: player.name }).waitFor();
    const bookings = page.getByRole('region', { name: 'Reservas', exact: true });
    await bookings.getByRole('row').filter({ hasText: hourLater(booked.at) }).filter({ hasText: 'Confirmada' }).waitFor();
    await bookings.getByText(/Ausencias: 0 de \d+/).waitFor();
    await bookings.scrollIntoViewIfNeeded();
    await shot('21-customer-bookings');
  }],
  ["the home page shows the day's bookings", async ({ page, shot }) => {
    await go(page, 'Inicio', '/');
    const day = page.getByRole('region', { name: 'Reservas del día' });
    await day.locator('.tile', { hasText: 'Ocupación' }).locator('.tile-value').waitFor();
    await day.locator('.tile', { hasText: 'Ingresos por reservas' }).waitFor();
    await shot('22-home-bookings');
  }],
];
