// The web UI as its users use it: a director, the OIV, the performance office, the administrator at the console.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, PLAN, launch, open, go, ready, login, accessible, screenshots, karaf, api } from './support.mjs';

let browser;

async function waitForModule(id, present) {
  for (let i = 0; i < 60; i++) {
    const out = karaf('albero:modules');
    if (out.includes(id) === present) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`il modulo ${id} non è ${present ? 'comparso' : 'sparito'} in albero:modules`);
}

describe('interfaccia web di Albero', () => {
  before(async () => {
    browser = await launch();
    // the administrator installs the Entrate module at the console, live
    karaf('feature:install -r albero-sector-entrate');
    await waitForModule('entrate', true);
  });

  after(async () => {
    await browser?.close();
  });

  it('la radice porta ad Albero e all\'accesso; una password errata dà un messaggio in italiano', async () => {
    const page = await open(browser);
    await page.goto(BASE + '/');
    await ready(page, 'accesso');
    assert.match(page.url(), /\/albero\/accesso/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'it');
    await page.fill('input[name=username]', 'entrate');
    await page.fill('input[name=password]', 'sbagliata');
    await page.click('button[type=submit]');
    await page.waitForSelector('[role=alert]');
    assert.match(await page.locator('[role=alert]').innerText(), /Nome utente o password non corretti/);
    await accessible(page, 'accesso');
    await screenshots(page, 'accesso');
    assert.deepEqual(page.errors, []);
  });

  it('il direttore arriva al cruscotto con le sue unità in cima', async () => {
    const page = await open(browser);
    await login(page, 'entrate');
    assert.equal(new URL(page.url()).pathname, '/albero/');
    await ready(page, 'cruscotto');
    const first = await page.locator('#unita .riga-unita a').first().innerText();
    assert.match(first, /^ENT /);
    assert.match(await page.locator('#punteggio-ente').innerText(), /^\d+(,\d)?%$/);
    // "as of" changes with the date picker, in the address too
    await page.fill('#al', '2025-06-30');
    await page.evaluate(() => { delete document.body.dataset.pagina; });
    await page.click('#data-form button[type=submit]');
    await ready(page, 'cruscotto');
    assert.match(page.url(), /al=2025-06-30/);
    assert.match(await page.locator('main').innerText(), /Dati al 30\/06\/2025/);
    await accessible(page, 'cruscotto');
    await screenshots(page, 'cruscotto');
    // on a phone the menu is behind its button, which opens it
    await page.setViewportSize({ width: 390, height: 844 });
    assert.equal(await page.locator('#voci-menu a', { hasText: 'Controlli' }).isVisible(), false);
    await page.click('#menu-toggle');
    assert.equal(await page.locator('#menu-toggle').getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator('#voci-menu a', { hasText: 'Controlli' }).isVisible(), true);
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(page.errors, []);
  });

  it('il direttore registra una rilevazione dal modulo e la valutazione cambia', async () => {
    const page = await open(browser);
    await login(page, 'entrate');
    await go(page, '/albero/indicatori/ENT-01.1', 'indicatore');
    const before = await page.locator('#spiegazione').innerText();
    // values that the explanation shown before cannot already contain
    let emessi = 12;
    while (before.includes(`${emessi} avvisi emessi su 15`)) emessi--;
    await page.fill('#v-data', '2025-06-30');
    await page.fill('input[name=emessi]', String(emessi));
    await page.fill('input[name=da_emettere]', '15');
    await page.fill('#v-evidenza', 'Determina n. 12 del 30/06/2025');
    await page.evaluate(() => { delete document.body.dataset.pagina; });
    await page.click('#rilevazione button:has-text("Registra")');
    await ready(page, 'indicatore');
    await page.waitForSelector('.avviso.ok');
    const afterText = await page.locator('#spiegazione').innerText();
    assert.notEqual(afterText, before);
    assert.match(afterText, new RegExp(`${emessi} avvisi emessi su 15`));
    const row = await page.locator('#storico tbody tr').first().innerText();
    assert.match(row, /30\/06\/2025/);
    assert.match(row, /entrate/);
    assert.match(row, /Determina n\. 12/);
    await accessible(page, 'indicatore');
    await screenshots(page, 'indicatore');
    // a correction: a new record that supersedes the old one, both kept
    const id = (await page.locator('#storico tbody tr').first().locator('td').first().innerText()).trim();
    await page.evaluate(() => { delete document.body.dataset.pagina; });
    await page.locator('#storico tbody tr').first().getByRole('link', { name: /Correggi/ }).click();
    await ready(page, 'indicatore');
    assert.match(await page.locator('#registra-titolo').innerText(), /Correggi/);
    assert.equal(await page.locator('input[name=emessi]').inputValue(), String(emessi));
    await page.fill('input[name=emessi]', String(emessi + 1));
    await page.fill('#v-nota', 'Conteggio rivisto');
    await page.evaluate(() => { delete document.body.dataset.pagina; });
    await page.click('#rilevazione button:has-text("Registra")');
    await ready(page, 'indicatore');
    await page.waitForSelector('.avviso.ok');
    const rows = await page.locator('#storico tbody tr').allInnerTexts();
    assert.match(rows[0], new RegExp(`corregge la n\\. ${id}`));
    assert.match(rows[1], /corretta dalla n\./);
    assert.match(await page.locator('#spiegazione').innerText(), new RegExp(`${emessi + 1} avvisi emessi su 15`));
    // logout: the session is gone, the pages ask to log in again
    await page.click('#esci');
    await ready(page, 'accesso');
    await go(page, '/albero/indicatori/ENT-01.1', 'accesso');
    assert.match(page.url(), /accesso\?dopo=%2Falbero%2Findicatori%2FENT-01\.1/);
    assert.deepEqual(page.errors, []);
  });

  it('un valore sbagliato mostra l\'errore accanto al campo e non scrive nulla', async () => {
    const page = await open(browser);
    await login(page, 'entrate');
    await go(page, '/albero/indicatori/ENT-01.1', 'indicatore');
    const count = (await api(page, 'GET', `${PLAN}/indicators/ENT-01.1/measurements`)).json.length;
    await page.fill('#v-data', '2025-07-31');
    await page.fill('input[name=emessi]', 'dodici');
    await page.fill('input[name=da_emettere]', '15');
    await page.click('#rilevazione button:has-text("Registra")');
    await page.waitForSelector('#v-emessi-errore:not(:empty)');
    assert.notEqual((await page.locator('#v-emessi-errore').innerText()).trim(), '');
    assert.equal(await page.locator('#v-emessi').getAttribute('aria-invalid'), 'true');
    assert.equal((await api(page, 'GET', `${PLAN}/indicators/ENT-01.1/measurements`)).json.length, count);
    assert.deepEqual(page.errors, []);
  });

  it('su un\'altra unità il direttore non vede il modulo e una POST forzata riceve 403', async () => {
    const page = await open(browser);
    await login(page, 'entrate');
    await go(page, '/albero/indicatori/WEL-01.1', 'indicatore');
    assert.equal(await page.locator('#rilevazione').count(), 0);
    assert.equal(await page.locator('button:has-text("Registra")').count(), 0);
    const count = (await api(page, 'GET', `${PLAN}/indicators/WEL-01.1/measurements`)).json.length;
    const forged = await api(page, 'POST', `${PLAN}/indicators/WEL-01.1/measurements`,
      { date: '2025-06-30', values: { valore: 1 } });
    assert.equal(forged.status, 403);
    assert.equal((await api(page, 'GET', `${PLAN}/indicators/WEL-01.1/measurements`)).json.length, count);
  });

  it('la pagina dell\'unità mostra l\'albero e filtra per stato; il tempo di caricamento è nel log', async () => {
    const page = await open(browser);
    await login(page, 'entrate');
    // a full page load (HTML, scripts, styles, the API calls, drawing): the first one, then once more
    for (const which of ['primo', 'secondo']) {
      await page.evaluate(() => { delete document.body.dataset.pagina; });
      const started = Date.now();
      await page.goto(BASE + '/albero/unita/ENT');
      await ready(page, 'unita');
      console.log(`caricamento della pagina dell'unità ENT (piano di esempio), ${which}: ${Date.now() - started} ms`);
    }
    const all = await page.locator('li.indicatore').count();
    assert.ok(all > 0);
    await page.selectOption('#stato', 'non_raggiunto');
    await page.evaluate(() => { delete document.body.dataset.pagina; });
    await page.click('#filtro button[type=submit]');
    await ready(page, 'unita');
    assert.match(page.url(), /stato=non_raggiunto/);
    const badges = await page.locator('li.indicatore .stato').allInnerTexts();
    assert.ok(badges.every((b) => b === 'non raggiunto'), badges.join(','));
    await go(page, '/albero/unita/ENT', 'unita');
    await accessible(page, 'unità');
    await screenshots(page, 'unita');
    assert.deepEqual(page.errors, []);
  });

  it('l\'OIV rettifica il punteggio dell\'unità con la nota obbligatoria e il punteggio cambia', async () => {
    const page = await open(browser);
    await login(page, 'oiv');
    assert.equal(new URL(page.url()).pathname, '/albero/oiv');
    await accessible(page, 'oiv');
    await screenshots(page, 'oiv');
    await go(page, '/albero/unita/ENT', 'unita');
    const form = page.locator('form.imposta-rettifica[data-code="ENT"]');
    await page.locator('details.rettifica summary').first().click();
    await form.locator('input[name=score]').fill('85');
    await form.locator('button[type=submit]').click();
    assert.match(await form.locator('#nota-ENT-errore').innerText(), /obbligatoria/);
    await form.locator('input[name=note]').fill('Obiettivo raggiunto nei fatti: ritardo dovuto al gestionale');
    await page.evaluate(() => { delete document.body.dataset.pagina; });
    await form.locator('button[type=submit]').click();
    await ready(page, 'unita');
    assert.match(await page.locator('main > p').first().innerText(), /85,0%/);
    await go(page, '/albero/', 'cruscotto');
    const ent = await page.locator('#unita .riga-unita', { hasText: 'ENT Settore Entrate' }).innerText();
    assert.match(ent, /85,0%/);
    await go(page, '/albero/oiv', 'oiv');
    assert.match(await page.locator('main').innerText(), /ritardo dovuto al gestionale/);
    assert.deepEqual(page.errors, []);
  });

  it('l\'ufficio performance vede l\'anteprima di un CSV sbagliato con gli errori per riga e nulla è scritto', async () => {
    const page = await open(browser);
    await login(page, 'performance');
    assert.equal(new URL(page.url()).pathname, '/albero/piano');
    const versions = (await api(page, 'GET', `${PLAN}/versions`)).json.length;
    // the plan as exported, cut to its header and three rows without quoted cells; two of them broken
    const csv = (await api(page, 'GET', `${PLAN}/export?format=csv`)).text.split(/\r?\n/);
    const header = csv[0].split(';');
    const rows = csv.slice(1).filter((r) => r && !r.includes('"')).slice(0, 3).map((r) => r.split(';'));
    rows[0][header.indexOf('Peso')] = 'molto';
    rows[2][header.indexOf('Peso')] = 'tanto';
    const content = [csv[0], ...rows.map((r) => r.join(';'))].join('\n');
    await page.setInputFiles('#importa-file', { name: 'piano-sbagliato.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
    await page.click('#importa button[type=submit]');
    await page.waitForSelector('#importa-esito table');
    const text = await page.locator('#importa-esito').innerText();
    assert.match(text, /nulla è stato scritto/);
    assert.match(text, /piano-sbagliato\.csv/);
    const errors = await page.locator('#importa-esito table').first().locator('tbody tr').allInnerTexts();
    assert.equal(errors.length, 2, errors.join('\n'));
    assert.match(errors[0], /piano-sbagliato\.csv\s+2\s+Peso\s+.*'molto'/);
    assert.match(errors[1], /piano-sbagliato\.csv\s+4\s+Peso\s+.*'tanto'/);
    assert.equal(await page.locator('#importa .scrivi').isHidden(), true);
    assert.equal((await api(page, 'GET', `${PLAN}/versions`)).json.length, versions);
    // a row without Tipo and Parametri: the preview shows the type the importer proposes, sure or to review
    const untyped = [...rows[1]];
    untyped[header.indexOf('Tipo')] = '';
    untyped[header.indexOf('Parametri')] = '';
    await page.setInputFiles('#importa-file', { name: 'piano-senza-tipi.csv', mimeType: 'text/csv',
      buffer: Buffer.from([csv[0], untyped.join(';')].join('\n')) });
    await page.click('#importa button[type=submit]');
    await page.waitForSelector('#proposte');
    const proposal = await page.locator('#proposte tbody tr').first().innerText();
    assert.match(proposal, new RegExp(untyped[header.indexOf('Indicatore')].split(' - ')[0].replace('.', '\\.')));
    assert.match(proposal, /sicuro|da rivedere/);
    assert.equal(await page.locator('#importa .scrivi').isHidden(), false, 'a clean preview offers to import');
    assert.equal((await api(page, 'GET', `${PLAN}/versions`)).json.length, versions);
    await accessible(page, 'piano');
    await screenshots(page, 'piano');
    assert.deepEqual(page.errors, []);
  });

  it('controlli, registro e moduli si aprono e sono accessibili', async () => {
    const page = await open(browser);
    await login(page, 'karaf');
    await go(page, '/albero/controlli', 'controlli');
    await accessible(page, 'controlli');
    await screenshots(page, 'controlli');
    await go(page, '/albero/audit/ENT-01.1', 'audit');
    assert.match(await page.locator('main').innerText(), /entrate/);
    await accessible(page, 'registro');
    await screenshots(page, 'registro');
    await go(page, '/albero/moduli', 'moduli');
    assert.match(await page.locator('#moduli').innerText(), /entrate/);
    await accessible(page, 'moduli');
    await screenshots(page, 'moduli');
    assert.deepEqual(page.errors, []);
  });

  it('il direttore acquisisce la lista degli avvisi dalla pagina del piano, con anteprima, una volta sola', async () => {
    const page = await open(browser);
    await login(page, 'entrate');
    await go(page, '/albero/piano', 'piano');
    await page.selectOption('#fonte', 'entrate.avvisi');
    assert.match(await page.locator('#fonte-colonne').innerText(), /anno_imposta/);
    // numbers and name of this run: the test may run again on the same distribution (same content = already fed)
    const run = Date.now();
    const list = ['numero;anno_imposta;data_emissione;data_notifica', `A${run}/1;2023;14/03/2025;02/04/2025`,
      `A${run}/2;2023;30/04/2025;`, `A${run}/3;2023;;`, `A${run}/4;2023;;`].join('\n');
    const name = `avvisi-2023-${run}.csv`;
    const file = { name, mimeType: 'text/csv', buffer: Buffer.from(list) };
    await page.setInputFiles('#acquisisci-file', file);
    await page.click('#acquisisci button[type=submit]');
    await page.waitForSelector('#acquisisci-esito .avviso.ok');
    assert.match(await page.locator('#acquisisci-esito').innerText(), /Anteprima: \d+ rilevazioni da registrare/);
    await page.click('#acquisisci .scrivi');
    await page.waitForSelector('#acquisisci-esito :text("Registrate")');
    await accessible(page, 'piano con i rapporti e le fonti');
    // the same file again records nothing
    await page.setInputFiles('#acquisisci-file', file);
    await page.click('#acquisisci button[type=submit]');
    await page.waitForSelector('#acquisisci-esito :text("già stato acquisito")');
    // the measurement is on the indicator's page, with its evidence
    await go(page, '/albero/indicatori/ENT-01.1', 'indicatore');
    const fed = await page.locator('#storico tbody tr', { hasText: `Lista di carico ${name}` }).allInnerTexts();
    assert.equal(fed.length, 1, fed.join('\n'));
    assert.match(fed[0], /30\/04\/2025/);
    assert.match(fed[0], /emessi: 2/);
    assert.match(fed[0], /da_emettere: 4/);
    assert.deepEqual(page.errors, []);
  });

  it('i rapporti si scaricano dalla pagina del piano e la pagina di trasparenza non chiede l\'accesso', async () => {
    const page = await open(browser);
    await login(page, 'lettore');
    await go(page, '/albero/piano', 'piano');
    await page.selectOption('#rapporto-tipo', 'monitoraggio');
    await page.fill('#rapporto-data', '2025-06-30');
    const href = await page.locator('a.rapporto[data-formato=pdf]').getAttribute('href');
    assert.match(href, /reports\/monitoraggio\?format=pdf&asOf=2025-06-30/);
    const pdf = await page.evaluate(async (u) => {
      const r = await fetch(u);
      const b = new Uint8Array(await r.arrayBuffer());
      return { status: r.status, type: r.headers.get('content-type'), head: String.fromCharCode(...b.slice(0, 5)) };
    }, href);
    assert.deepEqual(pdf, { status: 200, type: 'application/pdf', head: '%PDF-' });
    // the public page: a visitor with no session
    const visitor = await open(browser);
    await visitor.goto(BASE + '/trasparenza/');
    assert.equal(await visitor.locator('html').getAttribute('lang'), 'it');
    assert.match(await visitor.locator('h1').innerText(), /\S/);
    await accessible(visitor, 'trasparenza');
    await screenshots(visitor, 'trasparenza');
    assert.deepEqual(page.errors, []);
  });

  it('un modulo rimosso alla console rende i suoi indicatori «modulo non installato» al ricaricamento', async () => {
    const page = await open(browser);
    await login(page, 'entrate');
    await go(page, '/albero/indicatori/ENT-01.1', 'indicatore');
    assert.equal(await page.locator('main .stato-modulo_non_installato').count(), 0);
    karaf('feature:uninstall -r albero-sector-entrate');
    await waitForModule('entrate', false);
    await page.reload();
    await ready(page, 'indicatore');
    assert.match(await page.locator('main').innerText(), /modulo non installato/);
    // the data stays: the measurement recorded above is still in the history
    assert.match(await page.locator('#storico').innerText(), /Determina n\. 12/);
    await go(page, '/albero/moduli', 'moduli');
    assert.doesNotMatch(await page.locator('#moduli').innerText(), /entrate/);
    // and it comes back when the module does
    karaf('feature:install -r albero-sector-entrate');
    await waitForModule('entrate', true);
    await go(page, '/albero/indicatori/ENT-01.1', 'indicatore');
    assert.equal(await page.locator('main .stato-modulo_non_installato').count(), 0);
    assert.deepEqual(page.errors, []);
  });
  // last: a second ente changes the default plan of the users who see every ente
  it('chi vede più enti sceglie ente e piano nell\'intestazione; chi è limitato a un ente vede solo il suo', async () => {
    const page = await open(browser);
    await login(page, 'karaf');
    // a second ente: the demo plan under another code and name, imported by the administrator
    const status = await page.evaluate(async (plan) => {
      const h = { 'X-Requested-With': 'XMLHttpRequest' };
      const s = await fetch('/api/v1/session', { headers: h }).then((r) => r.json());
      const yaml = await fetch('/api/v1' + plan + '/export?format=yaml', { headers: h }).then((r) => r.text());
      const other = yaml.replace('codice: cesano-boscone\n', 'codice: comune-altrove\n')
        .replace('nome: Comune di Cesano Boscone\n', 'nome: Comune di Altrove\n');
      const r = await fetch('/api/v1/plans/import?filename=altrove.yaml', {
        method: 'POST', body: other,
        headers: { ...h, 'Content-Type': 'application/yaml', 'X-CSRF-Token': s.csrfToken },
      });
      return r.status;
    }, PLAN);
    assert.equal(status, 200);
    await go(page, '/albero/?piano=cesano-boscone%2FPIAO-2025', 'cruscotto');
    const choice = page.locator('#scelta-ente');
    assert.equal(await choice.count(), 1, 'the administrator sees two enti: the choice is in the header');
    assert.deepEqual(await choice.locator('option').allInnerTexts(), ['Comune di Altrove', 'Comune di Cesano Boscone']);
    assert.equal(await page.locator('#ente').innerText(), 'Comune di Cesano Boscone');
    await accessible(page, 'scelta dell\'ente');
    await page.evaluate(() => { delete document.body.dataset.pagina; });
    await choice.selectOption('comune-altrove');
    await ready(page, 'cruscotto');
    assert.match(page.url(), /piano=comune-altrove%2FPIAO-2025/);
    assert.equal(await page.locator('#ente').innerText(), 'Comune di Altrove');
    assert.match(await page.locator('main').innerText(), /Comune di Altrove/);
    // the address is enough: a bookmark of the other ente opens it on any page
    await go(page, '/albero/controlli?ente=comune-altrove', 'controlli');
    assert.equal(await page.locator('#ente').innerText(), 'Comune di Altrove');
    assert.equal(await page.locator('#scelta-ente').inputValue(), 'comune-altrove');
    await screenshots(page, 'scelta-ente');
    assert.deepEqual(page.errors, []);

    // the demo director limited to Cesano Boscone: no choice, only its ente, the other one does not exist
    const limited = await open(browser);
    await login(limited, 'cesano');
    await ready(limited, 'cruscotto');
    assert.equal(await limited.locator('#scelta-ente').count(), 0);
    assert.equal(await limited.locator('#scelta').innerText(), '');
    assert.equal(await limited.locator('#ente').innerText(), 'Comune di Cesano Boscone');
    await accessible(limited, 'utente limitato a un ente');
    await limited.goto(BASE + '/albero/?piano=comune-altrove%2FPIAO-2025');
    await limited.waitForSelector('main h1');
    assert.match(await limited.locator('main').innerText(), /Il piano comune-altrove\/PIAO-2025 non esiste/);
    const refused = await api(limited, 'GET', '/plans/comune-altrove/PIAO-2025/tree');
    assert.equal(refused.status, 404);
    assert.deepEqual(limited.errors, []);

    // a second plan of the same ente: the header offers the plan too
    const again = await page.evaluate(async (plan) => {
      const h = { 'X-Requested-With': 'XMLHttpRequest' };
      const s = await fetch('/api/v1/session', { headers: h }).then((r) => r.json());
      const yaml = await fetch('/api/v1' + plan + '/export?format=yaml', { headers: h }).then((r) => r.text());
      const other = yaml.replace('codice: PIAO-2025\n', 'codice: VAR-2025\n')
        .replace('titolo: Albero della Performance 2025-2027\n', 'titolo: Variazione di prova\n');
      const r = await fetch('/api/v1/plans/import?filename=variazione.yaml', {
        method: 'POST', body: other,
        headers: { ...h, 'Content-Type': 'application/yaml', 'X-CSRF-Token': s.csrfToken },
      });
      return r.status;
    }, PLAN);
    assert.equal(again, 200);
    await page.evaluate(() => { delete document.body.dataset.pagina; });
    await page.reload();
    await ready(page, 'controlli');
    await go(page, '/albero/?piano=cesano-boscone%2FPIAO-2025', 'cruscotto');
    const plans = page.locator('#scelta-piano');
    assert.deepEqual(await plans.locator('option').allInnerTexts(),
      ['Albero della Performance 2025-2027 (PIAO-2025)', 'Variazione di prova (VAR-2025)']);
    await page.evaluate(() => { delete document.body.dataset.pagina; });
    await plans.selectOption('cesano-boscone/VAR-2025');
    await ready(page, 'cruscotto');
    assert.match(page.url(), /piano=cesano-boscone%2FVAR-2025/);
    assert.match(await page.locator('#piano').innerText(), /Variazione di prova/);
    await accessible(page, 'scelta del piano');
    assert.deepEqual(page.errors, []);
  });
  it('«Confronto con altri enti» sulle pagine dell\'indicatore e dell\'unità, accessibile; utente limitato vede «altro ente»', async () => {
    const page = await open(browser);
    await login(page, 'karaf');
    // a third ente, and the ratio ENT-04.1 measured differently in two of them (the third without data)
    const setup = await page.evaluate(async (plan) => {
      const h = { 'X-Requested-With': 'XMLHttpRequest' };
      const s = await fetch('/api/v1/session', { headers: h }).then((r) => r.json());
      const w = { ...h, 'Content-Type': 'application/json', 'X-CSRF-Token': s.csrfToken };
      const yaml = await fetch('/api/v1' + plan + '/export?format=yaml', { headers: h }).then((r) => r.text());
      const third = yaml.replace('codice: cesano-boscone\n', 'codice: comune-terzo\n')
        .replace('nome: Comune di Cesano Boscone\n', 'nome: Comune Terzo\n');
      const imported = await fetch('/api/v1/plans/import?filename=terzo.yaml', {
        method: 'POST', body: third, headers: { ...w, 'Content-Type': 'application/yaml' },
      });
      const measure = (p, num) => fetch('/api/v1' + p + '/indicators/ENT-04.1/measurements', {
        method: 'POST', headers: w,
        body: JSON.stringify({ date: '2025-06-30', values: { numeratore: String(num), denominatore: '100' } }),
      }).then((r) => r.status);
      return [imported.status, await measure(plan, 80), await measure('/plans/comune-terzo/PIAO-2025', 90)];
    }, PLAN);
    assert.deepEqual(setup, [200, 201, 201]);
    await go(page, '/albero/indicatori/ENT-04.1?piano=cesano-boscone%2FPIAO-2025&al=2025-06-30', 'indicatore');
    const section = page.locator('#confronto');
    assert.equal(await section.count(), 1);
    const text = await section.innerText();
    assert.match(text, /Confronto con altri enti/);
    assert.match(text, /Questo ente: 2° su 2 \(80%\)/);
    assert.match(text, /Mediana\s+85%/);
    assert.match(text, /Comune Terzo/);
    assert.match(text, /dati mancanti/); // comune-altrove has no measurement of it as of the date
    assert.equal(await section.locator('svg[role=img]').count(), 1);
    assert.match(await section.locator('svg[role=img]').getAttribute('aria-label'), /mediana 85%/);
    await accessible(page, 'confronto di un indicatore');
    await screenshots(page, 'confronto-indicatore');
    await go(page, '/albero/unita/ENT?piano=cesano-boscone%2FPIAO-2025&al=2025-06-30', 'unita');
    const unit = page.locator('#confronto');
    assert.match(await unit.innerText(), /Confronto con altri enti/);
    assert.match(await unit.locator('#confronto-indicatori').innerText(), /ENT-04\.1\s+80%\s+2° su 2/);
    await accessible(page, 'confronto di un\'unità');
    assert.deepEqual(page.errors, []);

    // the director limited to Cesano Boscone sees the others as "altro ente"
    const limited = await open(browser);
    await login(limited, 'cesano');
    await go(limited, '/albero/indicatori/ENT-04.1?al=2025-06-30', 'indicatore');
    const seen = await limited.locator('#confronto').innerText();
    assert.match(seen, /altro ente/);
    assert.doesNotMatch(seen, /Comune Terzo|Altrove/);
    assert.deepEqual(limited.errors, []);

    // the same distribution through the API, over the three enti (the section for a single ente: ui-modules.test.mjs)
    const only = await api(page, 'GET', PLAN + '/benchmark/indicators/ENT-04.1?asOf=2025-06-30');
    assert.equal(only.status, 200);
    assert.equal(only.json.enti, 3);
  });
});
