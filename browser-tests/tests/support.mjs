// Test support of the browser suite (like AlberoTestSupport for Pax Exam): the browser, logging in as a demo user,
// axe-core, screenshots at desktop and phone width, the Karaf console of the distribution under test.
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const BASE = process.env.BASE_URL;
const SHOTS = process.env.SCREENSHOTS || 'target/screenshots';
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

if (!BASE) throw new Error('BASE_URL non impostato: eseguire browser-tests/run.sh');

/** Debian's Chromium, headless; playwright-core never downloads a browser. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--lang=it-IT', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh browser profile (its own cookies) in Italian, Rome time; JavaScript errors are collected. */
export async function open(browser) {
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'it-IT', timezoneId: 'Europe/Rome' });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  return page;
}

/** Waits until the application has drawn the page (body[data-pagina]) with its heading. */
export async function ready(page, name) {
  await page.waitForFunction((n) => document.body.dataset.pagina === n || (!n && document.body.dataset.pagina),
    name, { timeout: 30000 });
  await page.waitForSelector('main h1');
}

export async function go(page, path, name) {
  await page.evaluate(() => { delete document.body.dataset.pagina; }).catch(() => {});
  await page.goto(BASE + path);
  await ready(page, name);
}

export async function login(page, user, password = user) {
  await go(page, '/albero/accesso', 'accesso');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', password);
  await page.evaluate(() => { delete document.body.dataset.pagina; });
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.body.dataset.pagina && document.body.dataset.pagina !== 'accesso',
    null, { timeout: 30000 });
}

/** axe-core in the page: no violation of impact "serious" or "critical" (WCAG 2.1 A and AA rules). */
export async function accessible(page, label) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const text = bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  console.log(`axe ${label}: ${result.passes.length} regole rispettate, ${result.violations.length} violazioni (${bad.length} gravi)`);
  assert.deepEqual(text, [], `violazioni gravi di accessibilità in ${label}`);
}

/** Screenshots at desktop and phone width under target/screenshots; the page is drawn again at each width. */
export async function screenshots(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${SHOTS}/${name}-telefono.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize(DESKTOP);
  assert.ok(overflow <= 1, `${name}: la pagina è più larga dello schermo del telefono di ${overflow} px`);
}

/** A command at the Karaf console of the distribution under test, as the administrator. */
export function karaf(command) {
  const r = spawnSync(`${process.env.KARAF_HOME}/bin/client`,
    ['-a', process.env.SSH_PORT, '-u', 'karaf', '-p', 'karaf', '-r', '3', '-d', '1', '-b'],
    { input: command + '\n', encoding: 'utf8', timeout: 120000 });
  return (r.stdout || '') + (r.stderr || '');
}

/** A call to the REST API from the page, with its session cookie and CSRF token, as the page's own script would. */
export async function api(page, method, path, body) {
  return page.evaluate(async ([m, p, b]) => {
    const s = await fetch('/api/v1/session', { headers: { 'X-Requested-With': 'XMLHttpRequest' } }).then((r) => r.json());
    const r = await fetch('/api/v1' + p, {
      method: m,
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': s.csrfToken, 'X-Requested-With': 'XMLHttpRequest' },
      body: b === undefined ? undefined : JSON.stringify(b),
    });
    const text = await r.text();
    let json = null;
    try { json = JSON.parse(text); } catch (e) { /* not JSON */ }
    return { status: r.status, json, text };
  }, [method, path, body]);
}

export const PLAN = '/plans/cesano-boscone/PIAO-2025';
