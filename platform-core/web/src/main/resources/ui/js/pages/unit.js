// A unit: its tree of objectives, phases and indicators, with status, score, Tempi and the explanation of each.
import { get, planPath } from '../api.js';
import { html } from '../html.js';
import { date, todayIso } from '../format.js';
import { STATUSES, badge, bar, marks, score, href, indexEvaluation, link } from '../ui.js';
import { overrideBox, wireOverrides } from '../override.js';
import { loadBenchmark, unitBenchmark } from '../benchmark.js';

export const name = 'unita';

/** Whether an indicator passes the filter of the address (?stato=... or ?stato=rischio). */
function passes(filter, n) {
  if (!filter) return true;
  if (!n) return false;
  return filter === 'rischio' ? n.atRisk : n.status === filter;
}

export async function render(ctx) {
  const code = ctx.params[0];
  const base = planPath(ctx.plan);
  const asOf = ctx.query.get('al') || todayIso();
  const filter = ctx.query.get('stato') || '';
  const [unit, evaluation, benchmark] = await Promise.all([
    get(`${base}/units/${encodeURIComponent(code)}`),
    get(`${base}/units/${encodeURIComponent(code)}/evaluation?asOf=${encodeURIComponent(asOf)}`),
    loadBenchmark(`${base}/benchmark/units/${encodeURIComponent(code)}?asOf=${encodeURIComponent(asOf)}`),
  ]);
  const byCode = indexEvaluation(evaluation.root);
  const unitNode = byCode.get(unit.code);
  const counts = new Map();

  const indicator = (i) => {
    const n = byCode.get(i.code);
    if (!passes(filter, n)) return '';
    counts.set('shown', (counts.get('shown') || 0) + 1);
    return html`<li class="indicatore" id="${i.code}">
      <div class="nodo-testa"><a class="codice" href="${href.indicator(i.code)}">${i.code}</a>
        <span>${i.instrument}</span></div>
      <div class="row align-items-center mt-1">
        <div class="col-12 col-md-5"><strong>Risultato atteso:</strong> ${i.expectedResult || '—'}</div>
        <div class="col-6 col-md-3"><strong>Tempi:</strong> ${i.timing?.text || '—'}${i.timing?.deadline ? html` <small>(entro ${date(i.timing.deadline)})</small>` : ''}</div>
        <div class="col-6 col-md-2">${bar(n?.score, n?.status)}</div>
        <div class="col-12 col-md-2">${score(n)} ${marks(n)}</div>
      </div>
      ${i.typeInstalled ? '' : html`<p class="mb-0"><span class="stato stato-modulo_non_installato">modulo non installato</span>
        il tipo <code>${i.type}</code> appartiene a un modulo di settore non installato.</p>`}
      <p class="spiegazione">${n?.explanation || ''}</p>
    </li>`;
  };

  const objective = (o, level) => {
    const items = (o.indicators || []).map(indicator).filter((x) => x !== '');
    const phases = (o.phases || []).map((p) => objective(p, level + 1)).filter((x) => x !== '');
    if (filter && items.length === 0 && phases.length === 0) return '';
    const n = byCode.get(o.code);
    const heading = level === 0 ? html`<h3>` : html`<h4>`;
    const close = level === 0 ? html`</h3>` : html`</h4>`;
    return html`<section class="albero-nodo" id="${o.code}" aria-label="${o.code} ${o.title}">
      <div class="nodo-testa">${heading}<span class="codice">${o.code}</span> ${o.title}${close}
        ${o.weight != null ? html`<small>peso ${o.weight}</small>` : ''}</div>
      <div class="row align-items-center"><div class="col-8 col-md-4">${bar(n?.score, n?.status)}</div>
        <div class="col-12 col-md-8">${score(n)} ${marks(n)}</div></div>
      <p class="spiegazione">${n?.explanation || ''}</p>
      ${overrideBox(ctx, n)}
      ${items.length ? html`<ul class="list-unstyled">${items}</ul>` : ''}
      ${phases}
    </section>`;
  };

  const objectives = unit.objectives.map((o) => objective(o, 0));
  return {
    title: `${unit.code} ${unit.name}`,
    body: html`
      <nav aria-label="Percorso" class="breadcrumb-container"><ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="${href.home()}">Cruscotto</a><span class="separator">/</span></li>
        <li class="breadcrumb-item active" aria-current="page">${unit.code}</li></ol></nav>
      <h1><span class="codice">${unit.code}</span> ${unit.name}</h1>
      <p>Modulo: <strong>${unit.module || 'core'}</strong>. Situazione al <strong>${date(evaluation.asOf)}</strong>:
        ${score(unitNode)} ${marks(unitNode)}</p>
      <p class="spiegazione">${unitNode?.explanation || ''}</p>
      ${overrideBox(ctx, unitNode)}
      <form class="filtri my-3" id="filtro">
        <label for="stato">Mostra</label>
        <select id="stato" name="stato" class="form-select w-auto">
          <option value="">tutti gli indicatori</option>
          <option value="rischio"${filter === 'rischio' ? html` selected` : ''}>a rischio</option>
          ${STATUSES.map(([v, l]) => html`<option value="${v}"${filter === v ? html` selected` : ''}>${l}</option>`)}
        </select>
        <label for="al">al</label>
        <input type="date" id="al" name="al" value="${evaluation.asOf}" class="form-control w-auto">
        <button class="btn btn-outline-primary btn-sm" type="submit">Applica</button>
        <a href="${href.audit(unit.code)}">Registro delle modifiche</a>
      </form>
      ${unitBenchmark(benchmark)}
      ${filter && !counts.get('shown') ? html`<p>Nessun indicatore ${filter === 'rischio' ? 'a rischio' : html`nello stato ${badge(filter)}`}.</p>` : ''}
      ${objectives}`,
    after(main) {
      main.querySelector('#filtro').addEventListener('submit', (ev) => {
        ev.preventDefault();
        const q = new URLSearchParams();
        const s = main.querySelector('#stato').value;
        const al = main.querySelector('#al').value;
        if (s) q.set('stato', s);
        if (al) q.set('al', al);
        ctx.navigate(link(`/albero/unita/${encodeURIComponent(unit.code)}${q.toString() ? '?' + q : ''}`));
      });
      wireOverrides(main, ctx);
    },
  };
}
