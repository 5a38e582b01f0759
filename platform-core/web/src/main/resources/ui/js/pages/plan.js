// The plan: status and lifecycle buttons allowed by role, import with a dry-run preview, export downloads, versions.
import { get, put, request, planPath, ApiError } from '../api.js';
import { html } from '../html.js';
import { dateTime } from '../format.js';
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
    ${problems('Errori', r.errors)}${problems('Avvisi', r.warnings)}`;
}

export async function render(ctx) {
  const plan = ctx.plan;
  const versions = plan ? await get(`${planPath(plan)}/versions`) : [];
  const next = plan ? nextStatus(plan, ctx.roles) : null;
  const exportBase = plan ? `/api/v1${planPath(plan)}/export` : '';
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
      </section>` : html`<p>Nessun piano nell'archivio.</p>`}
      ${ctx.roles.performance ? html`<section aria-labelledby="import-titolo" class="mb-4">
        <h2 id="import-titolo" class="h4">Importa un piano</h2>
        <p>Il file (XLSX, CSV o YAML, come in <code>docs/plan-format.md</code>) viene prima controllato: l'anteprima elenca ogni
          errore con riga e colonna e non scrive nulla. Se è corretto, il pulsante «Importa» lo salva come nuova versione.</p>
        <form id="importa" novalidate>
          <div class="form-group">
            <label for="file">File del piano</label>
            <input class="form-control" type="file" id="file" name="file" accept=".xlsx,.csv,.yaml,.yml" required aria-describedby="file-errore">
            <div class="errore-campo" id="file-errore"></div>
          </div>
          <button type="submit" class="btn btn-outline-primary" name="prova" value="1">Anteprima (nulla viene scritto)</button>
          <button type="button" class="btn btn-primary" id="scrivi" hidden>Importa</button>
        </form>
        <div id="esito-import" class="mt-3" aria-live="polite"></div>
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
      const form = main.querySelector('#importa');
      if (!form) return;
      const out = main.querySelector('#esito-import');
      const write = main.querySelector('#scrivi');
      const send = async (dryRun) => {
        const file = form.file.files[0];
        main.querySelector('#file-errore').textContent = '';
        if (!file) {
          main.querySelector('#file-errore').textContent = 'Scegli il file del piano.';
          form.file.focus();
          return;
        }
        const data = new FormData();
        data.append('file', file, file.name);
        out.innerHTML = html`<p>Controllo di ${file.name}…</p>`.text;
        try {
          const r = await request('POST', `/plans/import?dryRun=${dryRun}&filename=${encodeURIComponent(file.name)}`, { body: data });
          out.innerHTML = String(report(r, dryRun));
          write.hidden = !dryRun;
          if (!dryRun) ctx.forgetPlans();
        } catch (e) {
          write.hidden = true;
          out.innerHTML = String(e instanceof ApiError && e.problem.report ? report(e.problem.report, dryRun) : alert('errore', e.message));
        }
        out.querySelector('[role=alert], [role=status]')?.setAttribute('tabindex', '-1');
        out.querySelector('[role=alert], [role=status]')?.focus();
      };
      form.addEventListener('submit', (ev) => { ev.preventDefault(); send(true); });
      form.file.addEventListener('change', () => { write.hidden = true; out.innerHTML = ''; });
      write.addEventListener('click', () => send(false));
    },
  };
}

