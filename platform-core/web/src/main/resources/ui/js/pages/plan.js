// The plan: status and lifecycle buttons allowed by role, import with a dry-run preview, export downloads, versions.
import { get, put, request, planPath, ApiError } from '../api.js';
import { html } from '../html.js';
import { dateTime, value } from '../format.js';
import { alert } from '../ui.js';

export const name = 'piano';
export const needsPlan = false;

const LIFECYCLE = ['bozza', 'adottato', 'monitoraggio', 'rendicontazione', 'validato'];

/** The next status of the lifecycle, if this user may set it (validato: OIV; the rest: performance office). */
export function nextStatus(plan, roles) {
  const next = LIFECYCLE[LIFECYCLE.indexOf(plan.status) + 1];
  if (!next) return null;
  return (next === 'validato' ? roles.oiv : roles.performance) ? next : null;
}

export async function changeStatus(ctx, status) {
  await put(`${planPath(ctx.plan)}/status`, { status }, { headers: { 'If-Match': `"v${ctx.plan.version}"` } });
}

function problems(title, list) {
  if (!list?.length) return '';
  return html`<h3 class="h5">${title} (${list.length})</h3><div class="tabella"><table class="table table-sm">
    <caption class="visually-hidden">${title}</caption>
    <thead><tr><th scope="col">File</th><th scope="col">Riga</th><th scope="col">Colonna</th><th scope="col">Motivo</th></tr></thead>
    <tbody>${list.map((p) => html`<tr><td>${p.file}</td><td>${p.riga || '—'}</td><td>${p.colonna || '—'}</td><td>${p.motivo}</td></tr>`)}</tbody>
  </table></div>`;
}

function report(r, dryRun) {
  const units = Object.entries(r.indicatorsByUnit || {});
  const head = !r.ok ? alert('errore', `Il file ${r.file} contiene ${r.errors.length} errori: nulla è stato scritto.`)
    : dryRun ? alert('ok', `Anteprima: il file ${r.file} è corretto (${r.ente}/${r.plan}). Nulla è stato ancora scritto.`)
      : alert('ok', `Piano ${r.ente}/${r.plan} importato: versione ${r.version}.`);
  return html`${head}
    ${units.length ? html`<p>Indicatori per unità: ${units.map(([u, n]) => `${u} ${n}`).join(', ')}.</p>` : ''}
    ${problems('Errori', r.errors)}${problems('Avvisi', r.warnings)}${proposals(r.proposals)}`;
}

/** The types the importer proposed for rows without one: the office checks those "da rivedere" before storing. */
function proposals(list) {
  if (!list?.length) return '';
  const toReview = list.filter((p) => !p.sure).length;
  return html`<h3 class="h5">Tipi proposti dal lettore del piano (${list.length}, ${toReview} da rivedere)</h3>
    <div class="tabella"><table class="table table-sm" id="proposte">
    <caption class="visually-hidden">Tipi e parametri proposti per le righe senza tipo</caption>
    <thead><tr><th scope="col">Codice</th><th scope="col">Strumento</th><th scope="col">Risultato atteso</th><th scope="col">Tempi</th>
      <th scope="col">Tipo proposto</th><th scope="col">Parametri</th><th scope="col">Esito</th></tr></thead>
    <tbody>${list.map((p) => html`<tr><td class="codice">${p.code}</td><td>${p.instrument}</td><td>${p.expectedResult || ''}</td>
      <td>${p.timing || ''}</td><td><code>${p.type}</code></td><td>${value(p.parameters)}</td>
      <td>${p.sure ? 'sicuro' : html`<strong>da rivedere:</strong> ${p.review}`}</td></tr>`)}</tbody>
  </table></div>`;
}

function feedReport(r, dryRun) {
  const indicators = Object.entries(r.byIndicator || {});
  const head = !r.ok ? alert('errore', `Il file ${r.file} contiene ${r.errors.length} errori: nulla è stato registrato.`)
    : r.duplicate ? alert('', `Il file ${r.file} è già stato acquisito con lo stesso contenuto: nessuna rilevazione registrata.`)
      : dryRun ? alert('ok', `Anteprima: ${r.recorded} rilevazioni da registrare (${r.corrected} correzioni). Nulla è stato ancora scritto.`)
        : alert('ok', `Registrate ${r.recorded} rilevazioni dal file ${r.file} (${r.corrected} correzioni).`);
  return html`${head}
    ${indicators.length ? html`<p>Per indicatore: ${indicators.map(([c, n]) => `${c} ${n}`).join(', ')}.</p>` : ''}
    ${problems('Errori', r.errors)}${problems('Avvisi', r.warnings)}`;
}

/**
 * A file form with a preview: "Anteprima" sends it with dryRun=true and shows the report (every row and column
 * error); the write button appears only after a clean preview.
 */
function wireFileCheck(main, id, send, render, written) {
  const form = main.querySelector(`#${id}`);
  if (!form) return; // the section is not there for this role
  const out = main.querySelector(`#${id}-esito`);
  const write = form.querySelector('.scrivi');
  const error = main.querySelector(`#${id}-file-errore`);
  const run = async (dryRun) => {
    const file = form.file.files[0];
    error.textContent = '';
    if (!file) {
      error.textContent = 'Scegli il file.';
      form.file.focus();
      return;
    }
    out.innerHTML = html`<p>Controllo di ${file.name}…</p>`.text;
    try {
      const r = await send(file, dryRun);
      out.innerHTML = String(render(r, dryRun));
      write.hidden = !dryRun || r.duplicate;
      if (!dryRun) written();
    } catch (e) {
      write.hidden = true;
      out.innerHTML = String(e instanceof ApiError && e.problem.report ? render(e.problem.report, dryRun) : alert('errore', e.message));
    }
    const box = out.querySelector('[role=alert], [role=status]');
    box?.setAttribute('tabindex', '-1');
    box?.focus();
  };
  form.addEventListener('submit', (ev) => { ev.preventDefault(); run(true); });
  form.file.addEventListener('change', () => { write.hidden = true; out.innerHTML = ''; });
  write.addEventListener('click', () => run(false));
}

export async function render(ctx) {
  const plan = ctx.plan;
  const versions = plan ? await get(`${planPath(plan)}/versions`) : [];
  const next = plan ? nextStatus(plan, ctx.roles) : null;
  const exportBase = plan ? `/api/v1${planPath(plan)}/export` : '';
  const reportBase = plan ? `/api/v1${planPath(plan)}/reports` : '';
  const sources = plan ? await get('/feeds') : [];
  return {
    title: 'Piano',
    body: html`<h1>Piano</h1>
      ${plan ? html`<section aria-labelledby="stato-titolo" class="mb-4">
        <h2 id="stato-titolo" class="h4">${plan.enteName}: ${plan.title}</h2>
        <dl class="row">
          <dt class="col-sm-3">Codice</dt><dd class="col-sm-9"><code>${plan.ente}/${plan.code}</code></dd>
          <dt class="col-sm-3">Anni</dt><dd class="col-sm-9">${plan.startYear}–${plan.endYear}, riferimento ${plan.referenceYear}</dd>
          <dt class="col-sm-3">Stato</dt><dd class="col-sm-9"><strong id="stato-piano">${plan.status}</strong> (versione ${plan.version}, salvata il ${dateTime(plan.savedAt)})</dd>
          <dt class="col-sm-3">Indicatori</dt><dd class="col-sm-9">${plan.indicators}</dd>
        </dl>
        <p>Ciclo: ${LIFECYCLE.join(' → ')}. ${next ? '' : plan.status === 'validato' ? 'Il piano è validato: è definitivo.'
          : 'Il passo successivo spetta a un altro ruolo.'}</p>
        ${next ? html`<button type="button" class="btn btn-primary" id="avanza" data-stato="${next}">Porta il piano a «${next}»</button>` : ''}
        <div id="esito-stato" class="mt-2"></div>
      </section>
      <section aria-labelledby="export-titolo" class="mb-4">
        <h2 id="export-titolo" class="h4">Scarica il piano</h2>
        <ul>
          <li><a href="${exportBase}?format=xlsx" download>Foglio di calcolo (XLSX)</a></li>
          <li><a href="${exportBase}?format=csv" download>CSV</a></li>
          <li><a href="${exportBase}?format=yaml" download>YAML</a></li>
        </ul>
      </section>
      <section aria-labelledby="rapporti-titolo" class="mb-4">
        <h2 id="rapporti-titolo" class="h4">Relazione e monitoraggio</h2>
        <p>La Relazione sulla performance (dati al 31/12 dell'anno di riferimento se non si indica una data) e il rapporto
          di monitoraggio alla data scelta, costruiti da un'unica valutazione: i numeri del PDF, del foglio di calcolo e
          del CSV coincidono.</p>
        <form id="rapporti" class="row g-2 align-items-end">
          <div class="form-group col-12 col-md-3"><label for="rapporto-tipo">Documento</label>
            <select class="form-select" id="rapporto-tipo"><option value="relazione">Relazione sulla performance</option>
              <option value="monitoraggio">Monitoraggio</option></select></div>
          <div class="form-group col-12 col-md-3"><label for="rapporto-data">Dati al (facoltativo)</label>
            <input class="form-control" type="date" id="rapporto-data"></div>
          <div class="form-group col-12 col-md-3"><label for="rapporto-unita">Unità (facoltativa)</label>
            <input class="form-control" id="rapporto-unita" placeholder="es. ENT" autocomplete="off"></div>
          <div class="col-12 col-md-3 form-group">
            <span class="d-block fw-semibold mb-1" id="rapporto-formati">Scarica</span>
            <div role="group" aria-labelledby="rapporto-formati" class="d-flex gap-2">
              ${['pdf', 'xlsx', 'csv'].map((f) => html`<a class="btn btn-outline-primary btn-sm rapporto" data-formato="${f}" href="${reportBase}/relazione?format=${f}" download>${f.toUpperCase()}</a>`)}
            </div></div>
        </form>
      </section>` : html`<p>Nessun piano nell'archivio.</p>`}
      ${plan && sources.length && (ctx.roles.performance || ctx.roles.director) ? html`<section aria-labelledby="acquisisci-titolo" class="mb-4">
        <h2 id="acquisisci-titolo" class="h4">Rilevazioni da file</h2>
        <p>Un file che l'ente ha già (elenco delle fatture, lista degli avvisi, registro dei controlli, o il file generico
          di rilevazioni) diventa rilevazioni dei suoi indicatori, con la fonte, il nome e la riga del file. Tutto o niente;
          lo stesso file due volte non registra nulla; una nuova versione del file corregge la precedente.</p>
        <form id="acquisisci" novalidate>
          <div class="form-group"><label for="fonte">Fonte</label>
            <select class="form-select" id="fonte" aria-describedby="fonte-colonne">${sources.map((x) => html`<option value="${x.id}">${x.id} — ${x.label}</option>`)}</select>
            <small id="fonte-colonne">Colonne: ${sources[0].columns.join('; ')}</small></div>
          <div class="form-group">
            <label for="acquisisci-file">File (CSV UTF-8 o XLSX)</label>
            <input class="form-control" type="file" id="acquisisci-file" name="file" accept=".xlsx,.csv" required aria-describedby="acquisisci-file-errore">
            <div class="errore-campo" id="acquisisci-file-errore"></div>
          </div>
          <button type="submit" class="btn btn-outline-primary">Anteprima (nulla viene scritto)</button>
          <button type="button" class="btn btn-primary scrivi" hidden>Registra le rilevazioni</button>
        </form>
        <div id="acquisisci-esito" class="mt-3" aria-live="polite"></div>
      </section>` : ''}
      ${ctx.roles.performance ? html`<section aria-labelledby="import-titolo" class="mb-4">
        <h2 id="import-titolo" class="h4">Importa un piano</h2>
        <p>Il file (XLSX, CSV o YAML, come in <code>docs/plan-format.md</code>) viene prima controllato: l'anteprima elenca ogni
          errore con riga e colonna e non scrive nulla. Se è corretto, il pulsante «Importa» lo salva come nuova versione.</p>
        <form id="importa" novalidate>
          <div class="form-group">
            <label for="importa-file">File del piano</label>
            <input class="form-control" type="file" id="importa-file" name="file" accept=".xlsx,.csv,.yaml,.yml" required aria-describedby="importa-file-errore">
            <div class="errore-campo" id="importa-file-errore"></div>
          </div>
          <button type="submit" class="btn btn-outline-primary">Anteprima (nulla viene scritto)</button>
          <button type="button" class="btn btn-primary scrivi" hidden>Importa</button>
        </form>
        <div id="importa-esito" class="mt-3" aria-live="polite"></div>
      </section>` : ''}
      ${versions.length ? html`<section aria-labelledby="versioni-titolo" class="mb-4">
        <h2 id="versioni-titolo" class="h4">Versioni</h2>
        <div class="tabella"><table class="table table-sm">
          <caption class="visually-hidden">Versioni salvate del piano</caption>
          <thead><tr><th scope="col">Versione</th><th scope="col">Stato</th><th scope="col">Salvata</th><th scope="col">Autore</th><th scope="col">Indicatori</th><th scope="col">Scarica</th></tr></thead>
          <tbody>${versions.map((v) => html`<tr><td>${v.version}</td><td>${v.status}</td><td>${dateTime(v.savedAt)}</td>
            <td>${v.author}</td><td>${v.indicators}</td>
            <td><a href="${exportBase}?format=xlsx&amp;version=${v.version}" download>XLSX<span class="visually-hidden"> della versione ${v.version}</span></a></td></tr>`)}</tbody>
        </table></div></section>` : ''}`,
    after(main) {
      const reports = main.querySelector('#rapporti');
      const links = () => {
        const q = (f) => {
          const p = new URLSearchParams({ format: f });
          if (main.querySelector('#rapporto-data').value) p.set('asOf', main.querySelector('#rapporto-data').value);
          if (main.querySelector('#rapporto-unita').value.trim()) p.set('unit', main.querySelector('#rapporto-unita').value.trim().toUpperCase());
          return p.toString();
        };
        main.querySelectorAll('a.rapporto').forEach((a) => {
          a.href = `${reportBase}/${main.querySelector('#rapporto-tipo').value}?${q(a.dataset.formato)}`;
        });
      };
      reports?.addEventListener('input', links);
      reports?.addEventListener('change', links);
      const fonte = main.querySelector('#fonte');
      fonte?.addEventListener('change', () => {
        const s = sources.find((x) => x.id === fonte.value);
        main.querySelector('#fonte-colonne').textContent = `Colonne: ${s.columns.join('; ')}`;
      });
      main.querySelector('#avanza')?.addEventListener('click', async (ev) => {
        const out = main.querySelector('#esito-stato');
        try {
          await changeStatus(ctx, ev.currentTarget.dataset.stato);
          ctx.forgetPlans();
          await ctx.refresh();
        } catch (e) {
          out.innerHTML = String(alert('errore', e.message));
        }
      });
      if (ctx.roles.performance) {
        wireFileCheck(main, 'importa', (file, dryRun) => {
          const data = new FormData();
          data.append('file', file, file.name);
          return request('POST', `/plans/import?dryRun=${dryRun}&filename=${encodeURIComponent(file.name)}`, { body: data });
        }, report, () => ctx.forgetPlans());
      }
      if (plan && sources.length) {
        wireFileCheck(main, 'acquisisci', (file, dryRun) => {
          const data = new FormData();
          data.append('file', file, file.name);
          const source = main.querySelector('#fonte').value;
          return request('POST', `${planPath(plan)}/feeds/${encodeURIComponent(source)}?dryRun=${dryRun}`
            + `&filename=${encodeURIComponent(file.name)}`, { body: data });
        }, feedReport, () => {});
      }
    },
  };
}

