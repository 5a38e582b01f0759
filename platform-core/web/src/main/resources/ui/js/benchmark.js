// "Confronto con altri enti": where the ente stands among the enti that share an indicator or a unit (the REST
// benchmark routes), as a box-plot-like SVG bar (minimum, quartiles, median, the ente's position) and a table.
// Hidden when there is only one ente. The SVG uses attributes only (the CSP allows no inline styles).
import { get } from './api.js';
import { html, raw } from './html.js';
import { date, number, percent } from './format.js';

/** The benchmark from the API, or null when it cannot be had (the page works without it). */
export async function loadBenchmark(path) {
  try {
    return await get(path);
  } catch (e) {
    if (e?.status === 401) throw e;
    return null;
  }
}

/** A value of the benchmark with its unit of measure, Italian formats. */
export function shown(b, v) {
  if (v === null || v === undefined) return '—';
  const u = b.unitOfMeasure || '';
  return u === '' ? number(v) : u === '%' ? `${number(v)}%` : `${number(v)} ${u}`;
}

function words(b) {
  return b.measure === 'valore'
    ? `Confronto sul valore misurato${b.unitOfMeasure ? ` (${b.unitOfMeasure})` : ''}: ${b.lowerIsBetter ? 'più basso è meglio' : 'più alto è meglio'}.`
    : 'Confronto sul punteggio (%): più alto è meglio.';
}

/** The box-plot-like bar: whiskers min-max, box Q1-Q3, median line, the ente's value as a marker. */
function boxPlot(b) {
  if (!b.n) return '';
  const own = b.position && b.position.rank != null ? b.position.value : null;
  // the scale spans the values (a tenth of their range either side), so that close values stay apart
  const pad = (b.max - b.min) / 10 || Math.abs(b.max) / 10 || 1;
  const lo = b.min - pad;
  const hi = b.max + pad;
  const span = hi - lo;
  const x = (v) => (20 + (560 * (v - lo)) / span).toFixed(1);
  const label = `Distribuzione tra ${b.n} enti: minimo ${shown(b, b.min)}, primo quartile ${shown(b, b.q1)}, mediana ${shown(b, b.median)}, `
    + `terzo quartile ${shown(b, b.q3)}, massimo ${shown(b, b.max)}`
    + (own != null ? `; questo ente ${shown(b, own)}, ${b.position.rank}° su ${b.n}.` : '; questo ente non ha dati alla data.');
  return html`<svg class="benchmark-box" viewBox="0 0 600 64" role="img" aria-label="${label}">
    <line x1="${x(b.min)}" x2="${x(b.max)}" y1="24" y2="24" stroke="#5c6f82" stroke-width="2"></line>
    <line x1="${x(b.min)}" x2="${x(b.min)}" y1="16" y2="32" stroke="#5c6f82" stroke-width="2"></line>
    <line x1="${x(b.max)}" x2="${x(b.max)}" y1="16" y2="32" stroke="#5c6f82" stroke-width="2"></line>
    <rect x="${x(b.q1)}" y="12" width="${Math.max(1, x(b.q3) - x(b.q1)).toFixed(1)}" height="24" fill="#d9e6f2" stroke="#0066cc" stroke-width="2"></rect>
    <line x1="${x(b.median)}" x2="${x(b.median)}" y1="12" y2="36" stroke="#003366" stroke-width="3"></line>
    ${own != null ? html`<path d="M ${(Number(x(own)) - 6).toFixed(1)} 1 h 12 l -6 10 z" fill="#cc334d"></path>` : ''}
    <text x="${x(b.min)}" y="62" font-size="11" fill="#1a1a1a" text-anchor="middle">${shown(b, b.min)}</text>
    ${b.max !== b.min ? html`<text x="${x(b.max)}" y="62" font-size="11" fill="#1a1a1a" text-anchor="middle">${shown(b, b.max)}</text>` : ''}
  </svg>`;
}

function row(b, e) {
  const name = e.anonymous ? 'altro ente' : `${e.enteName}`;
  return html`<tr${e.own ? raw(' class="benchmark-proprio"') : ''}>
    <td>${e.rank != null ? e.rank : '—'}</td>
    <td>${e.own ? html`<strong>${name}</strong> <span class="visually-hidden">(questo ente)</span>` : name}</td>
    <td>${e.value != null ? shown(b, e.value) : 'dati mancanti'}</td>
    <td>${e.anonymous ? '' : percent(e.score)}</td>
    <td>${e.statusLabel || ''}</td></tr>`;
}

/** The statistics in words and as a definition list. */
function statistics(b) {
  if (!b.n) return html`<p>Nessun ente con dati alla data.</p>`;
  return html`<dl class="row benchmark-quartili">
    <dt class="col-6 col-md-2">Enti con dati</dt><dd class="col-6 col-md-2">${b.n} su ${b.enti}</dd>
    <dt class="col-6 col-md-2">Minimo</dt><dd class="col-6 col-md-2">${shown(b, b.min)}</dd>
    <dt class="col-6 col-md-2">Primo quartile</dt><dd class="col-6 col-md-2">${shown(b, b.q1)}</dd>
    <dt class="col-6 col-md-2">Mediana</dt><dd class="col-6 col-md-2">${shown(b, b.median)}</dd>
    <dt class="col-6 col-md-2">Terzo quartile</dt><dd class="col-6 col-md-2">${shown(b, b.q3)}</dd>
    <dt class="col-6 col-md-2">Massimo</dt><dd class="col-6 col-md-2">${shown(b, b.max)}</dd></dl>`;
}

function position(b) {
  const p = b.position;
  if (!p) return '';
  return p.rank != null
    ? html`<p class="lead">Questo ente: <strong>${p.rank}° su ${b.n}</strong> (${shown(b, p.value)}).</p>`
    : html`<p class="lead">Questo ente non ha dati alla data.</p>`;
}

/** The section of the indicator page; empty when only one ente shares the indicator. */
export function indicatorBenchmark(b) {
  if (!b || b.enti < 2) return '';
  return html`<section aria-labelledby="confronto-titolo" class="mb-4" id="confronto">
    <h2 id="confronto-titolo" class="h4">Confronto con altri enti</h2>
    <p>Enti con lo stesso indicatore (${b.group}) nei piani del ${b.referenceYear}, al ${date(b.asOf)}. ${words(b)}</p>
    ${position(b)}
    ${boxPlot(b)}
    ${statistics(b)}
    <div class="tabella"><table class="table table-sm" id="confronto-tabella">
      <caption>Enti per rango (1 = migliore); in fondo gli enti senza dati alla data</caption>
      <thead><tr><th scope="col">Rango</th><th scope="col">Ente</th><th scope="col">Valore</th><th scope="col">Punteggio</th><th scope="col">Stato</th></tr></thead>
      <tbody>${b.entries.map((e) => row(b, e))}${b.withoutData.map((e) => row(b, e))}</tbody></table></div>
  </section>`;
}

/** The section of the unit page: the unit's score against the same unit elsewhere, and each indicator's position. */
export function unitBenchmark(u) {
  if (!u || u.unit.enti < 2) return '';
  const b = u.unit;
  return html`<section aria-labelledby="confronto-titolo" class="mb-4" id="confronto">
    <h2 id="confronto-titolo" class="h4">Confronto con altri enti</h2>
    <p>La stessa unità (${b.subject}) negli enti con un piano del ${b.referenceYear}, al ${date(b.asOf)}: tutti gli enti,
      perché il piano non indica classi di ampiezza o popolazione. ${words(b)}</p>
    ${position(b)}
    ${boxPlot(b)}
    ${statistics(b)}
    <div class="tabella"><table class="table table-sm" id="confronto-indicatori">
      <caption>Posizione di ogni indicatore dell'unità tra gli enti che lo condividono</caption>
      <thead><tr><th scope="col">Indicatore</th><th scope="col">Valore</th><th scope="col">Rango</th><th scope="col">Mediana</th>
        <th scope="col">Quartili</th></tr></thead>
      <tbody>${u.indicators.map((i) => {
        const p = i.position;
        const has = p && p.rank != null;
        return html`<tr><th scope="row">${i.subject}</th><td>${has ? shown(i, p.value) : 'dati mancanti'}</td>
          <td>${has ? `${p.rank}° su ${i.n}` : '—'}</td><td>${i.n ? shown(i, i.median) : '—'}</td>
          <td>${i.n ? `${shown(i, i.q1)} – ${shown(i, i.q3)}` : '—'}</td></tr>`;
      })}</tbody></table></div>
  </section>`;
}
