// An indicator: what it measures, its type and parameters in words, the measurements with their corrections, a chart
// of the values against the target, and the measurement form for who may record on its unit.
import { get, post, planPath, ApiError } from '../api.js';
import { html } from '../html.js';
import { date, dateTime, percent, todayIso, value } from '../format.js';
import { marks, score, href, indexEvaluation, alert, withQuery } from '../ui.js';
import { overrideBox, wireOverrides } from '../override.js';
import { measurementForm, readForm, showErrors } from '../measurement-form.js';
import { indicatorBenchmark, loadBenchmark } from '../benchmark.js';

export const name = 'indicatore';

const NUMERIC = ['numero', 'percentuale', 'intero'];

/** The parameters in words: the schema's label and the value, Italian formats. */
function parameters(i) {
  const labels = new Map((i.parameterSchema || []).map((f) => [f.name, f]));
  const entries = Object.entries(i.parameters || {});
  if (entries.length === 0) return html`<p>Nessun parametro.</p>`;
  return html`<dl class="row">${entries.map(([k, v]) => {
    const f = labels.get(k);
    const shown = f?.kind === 'percentuale' && typeof v === 'number' ? `${value(v)}%` : value(v);
    return html`<dt class="col-sm-4">${f?.label || k}</dt><dd class="col-sm-8">${shown}</dd>`;
  })}</dl>`;
}

/** Numeric targets among the parameters (a field whose name or label speaks of a target), with their kind. */
function targets(i) {
  const fields = new Map((i.parameterSchema || []).map((f) => [f.name, f]));
  return Object.entries(i.parameters || {})
    .filter(([k, v]) => typeof v === 'number' && /target|obiettivo|soglia|atteso/i.test(k + ' ' + (fields.get(k)?.label || '')))
    .map(([k, v]) => ({ label: fields.get(k)?.label || k, value: v, percent: fields.get(k)?.kind === 'percentuale' }));
}

/**
 * The series to draw against the target, in the target's unit: the numeric values as measured; when the target is
 * a percentage and the measurement is a count over a count (emessi / da emettere), their ratio in percent.
 */
function series(indicator, current) {
  const numeric = (indicator.measurementSchema || []).filter((f) => NUMERIC.includes(f.kind));
  const goal = targets(indicator);
  const percentGoal = goal.some((t) => t.percent);
  const measuredPercent = numeric.some((f) => f.kind === 'percentuale');
  if (percentGoal && !measuredPercent && numeric.length === 2) {
    const [a, b] = numeric;
    return {
      lines: [{
        label: `${a.label || a.name} su ${b.label || b.name} (%)`,
        points: current.filter((m) => typeof m.values[a.name] === 'number' && m.values[b.name] > 0)
          .map((m) => ({ x: date(m.date), y: (100 * m.values[a.name]) / m.values[b.name] })),
      }],
      goal,
    };
  }
  return {
    lines: numeric.map((f) => ({
      label: f.label || f.name,
      points: current.filter((m) => typeof m.values[f.name] === 'number').map((m) => ({ x: date(m.date), y: m.values[f.name] })),
    })),
    // a percentage target beside values that are not percentages would mislead: left out
    goal: goal.filter((t) => !t.percent || measuredPercent),
  };
}

function drawChart(canvas, indicator, measurements) {
  if (!window.Chart || !canvas) return;
  const current = measurements.filter((m) => m.current).sort((a, b) => a.date.localeCompare(b.date));
  const { lines, goal } = series(indicator, current);
  const palette = ['#0066cc', '#00703c', '#8a5300', '#5d2e8c'];
  const datasets = lines.map((l, k) => ({
    label: l.label, data: l.points, borderColor: palette[k % palette.length],
    backgroundColor: palette[k % palette.length], tension: 0,
  }));
  const labels = current.map((m) => date(m.date));
  goal.forEach((t) => datasets.push({
    label: `${t.label} (target)`, data: labels.map((x) => ({ x, y: t.value })), borderColor: '#b3001b',
    backgroundColor: '#b3001b', borderDash: [6, 4], pointRadius: 0,
  }));
  // eslint-disable-next-line no-new
  new window.Chart(canvas, {
    type: 'line',
    data: { labels, datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false, locale: 'it-IT',
      plugins: { legend: { position: 'bottom' } },
      scales: { x: { type: 'category' }, y: { beginAtZero: true } },
    },
  });
}

export async function render(ctx) {
  const code = ctx.params[0];
  const base = planPath(ctx.plan);
  const asOf = ctx.query.get('al') || todayIso();
  const indicator = await get(`${base}/indicators/${encodeURIComponent(code)}`);
  const [measurements, evaluation, benchmark] = await Promise.all([
    get(`${base}/indicators/${encodeURIComponent(code)}/measurements`),
    get(`${base}/units/${encodeURIComponent(indicator.unit)}/evaluation?asOf=${encodeURIComponent(asOf)}`),
    loadBenchmark(`${base}/benchmark/indicators/${encodeURIComponent(code)}?asOf=${encodeURIComponent(asOf)}`),
  ]);
  const node = indexEvaluation(evaluation.root).get(indicator.code);
  const correctingId = Number(ctx.query.get('corregge')) || null;
  const correcting = correctingId ? measurements.find((m) => m.id === correctingId && m.current) : null;
  const mayMeasure = ctx.roles.measures(indicator.unit) && ctx.plan.status !== 'validato';
  const numeric = (indicator.measurementSchema || []).some((f) => NUMERIC.includes(f.kind));
  const history = [...measurements].reverse();

  return {
    title: `${indicator.code} ${indicator.instrument}`.slice(0, 80),
    body: html`
      <nav aria-label="Percorso" class="breadcrumb-container"><ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="${href.home()}">Cruscotto</a><span class="separator">/</span></li>
        <li class="breadcrumb-item"><a href="${href.unit(indicator.unit)}">${indicator.unit}</a><span class="separator">/</span></li>
        <li class="breadcrumb-item"><a href="${href.unit(indicator.unit)}#${indicator.objective}">${indicator.objective}</a><span class="separator">/</span></li>
        <li class="breadcrumb-item active" aria-current="page">${indicator.code}</li></ol></nav>
      <h1><span class="codice">${indicator.code}</span> ${indicator.instrument}</h1>
      <section aria-labelledby="valutazione-titolo" class="mb-4">
        <h2 id="valutazione-titolo" class="h4">Valutazione al ${date(evaluation.asOf)}</h2>
        <p>${score(node)} ${marks(node)}</p>
        <p class="spiegazione" id="spiegazione">${node?.explanation || ''}</p>
        ${indicator.typeInstalled ? '' : alert('', html`<span class="stato stato-modulo_non_installato">modulo non installato</span>
          Il tipo <code>${indicator.type}</code> appartiene a un modulo di settore che non è installato: le rilevazioni restano
          nell'archivio e saranno valutate quando il modulo tornerà.`)}
        ${overrideBox(ctx, node)}
      </section>
      ${indicatorBenchmark(benchmark)}
      <section aria-labelledby="scheda-titolo" class="mb-4">
        <h2 id="scheda-titolo" class="h4">Scheda</h2>
        <dl class="row">
          <dt class="col-sm-3">Strumento di verifica</dt><dd class="col-sm-9">${indicator.instrument}</dd>
          <dt class="col-sm-3">Risultato atteso</dt><dd class="col-sm-9">${indicator.expectedResult || '—'}</dd>
          <dt class="col-sm-3">Tempi</dt><dd class="col-sm-9">${indicator.timing?.text || '—'}${indicator.timing?.deadline
            ? html` (scadenza ${date(indicator.timing.deadline)})` : ''}</dd>
          <dt class="col-sm-3">Tipo</dt><dd class="col-sm-9">${indicator.typeLabel || indicator.type} <code>${indicator.type}</code></dd>
          ${indicator.weight != null ? html`<dt class="col-sm-3">Peso</dt><dd class="col-sm-9">${indicator.weight}</dd>` : ''}
          ${indicator.review ? html`<dt class="col-sm-3">Da rivedere</dt><dd class="col-sm-9">${indicator.review}</dd>` : ''}
        </dl>
        <h3 class="h5">Parametri</h3>
        ${parameters(indicator)}
        <p><a href="${href.audit(indicator.code)}">Registro delle modifiche</a></p>
      </section>
      ${numeric && measurements.length ? html`<section aria-labelledby="grafico-titolo" class="mb-4">
        <h2 id="grafico-titolo" class="h4">Andamento dei valori</h2>
        <div class="grafico"><canvas id="grafico" role="img" aria-label="Valori rilevati nel tempo rispetto al target: i dati sono nella tabella delle rilevazioni"></canvas></div>
      </section>` : ''}
      <section aria-labelledby="rilevazioni-titolo" class="mb-4">
        <h2 id="rilevazioni-titolo" class="h4">Rilevazioni (${measurements.length})</h2>
        ${measurements.length === 0 ? html`<p>Nessuna rilevazione registrata.</p>` : html`<div class="tabella"><table class="table table-sm" id="storico">
          <caption class="visually-hidden">Rilevazioni dell'indicatore, dalla più recente</caption>
          <thead><tr><th scope="col">N.</th><th scope="col">Data</th><th scope="col">Valori</th><th scope="col">Evidenza</th>
            <th scope="col">Nota</th><th scope="col">Autore</th><th scope="col">Registrata</th><th scope="col">Correzioni</th></tr></thead>
          <tbody>${history.map((m) => html`<tr${m.current ? '' : html` class="text-muted"`}>
            <td>${m.id}</td><td>${date(m.date)}</td><td>${value(m.values)}</td><td>${m.evidence || ''}</td><td>${m.note || ''}</td>
            <td>${m.author}</td><td>${dateTime(m.recordedAt)}</td>
            <td>${m.supersedes ? html`corregge la n. ${m.supersedes}. ` : ''}${m.supersededBy ? html`corretta dalla n. ${m.supersededBy}` : ''}${
              m.current && mayMeasure ? html`<a href="?corregge=${m.id}#rilevazione">Correggi<span class="visually-hidden"> la rilevazione ${m.id}</span></a>` : ''}</td>
          </tr>`)}</tbody></table></div>`}
      </section>
      <section aria-labelledby="registra-titolo" class="mb-4">
        <h2 id="registra-titolo" class="h4">${correcting ? 'Correggi una rilevazione' : 'Registra una rilevazione'}</h2>
        ${ctx.query.get('registrata') ? alert('ok', `Rilevazione n. ${ctx.query.get('registrata')} registrata: la valutazione qui sopra la comprende.`) : ''}
        ${mayMeasure ? measurementForm(indicator, correcting)
          : ctx.plan.status === 'validato' ? html`<p>Il piano è validato: le rilevazioni sono chiuse.</p>`
            : html`<p>Solo chi dirige l'unità ${indicator.unit} o l'ufficio performance registra le rilevazioni di questo indicatore.</p>`}
      </section>`,
    after(main) {
      drawChart(main.querySelector('#grafico'), indicator, measurements);
      wireOverrides(main, ctx);
      const form = main.querySelector('#rilevazione');
      if (!form) return;
      main.querySelector('#annulla-correzione')?.addEventListener('click', (ev) => {
        ev.preventDefault();
        ctx.navigate(href.indicator(indicator.code));
      });
      if (correcting) form.querySelector('input:not([type=hidden])')?.focus();
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        const body = readForm(form, indicator);
        const path = `${base}/indicators/${encodeURIComponent(indicator.code)}/measurements`;
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        try {
          const saved = correcting ? await post(`${path}/${correcting.id}/correction`, body) : await post(path, body);
          ctx.navigate(withQuery(href.indicator(indicator.code), 'registrata', saved.id), { replace: !!correcting });
        } catch (e) {
          button.disabled = false;
          if (e instanceof ApiError && e.status === 401) throw e;
          showErrors(form, e.message, e instanceof ApiError ? e.fields() : {});
        }
      });
    },
  };
}
