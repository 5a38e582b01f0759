// The checks' findings by severity and unit, each linking to its node.
import { get, planPath } from '../api.js';
import { html } from '../html.js';
import { date, todayIso } from '../format.js';
import { href, link } from '../ui.js';

export const name = 'controlli';

const ORDER = ['errore', 'avviso', 'info'];

/** The unit code a finding's location starts with (codes are UNIT-..., e.g. ENT-01.1). */
function unitOf(location, units) {
  const code = (location || '').split(/[\s:,]/)[0];
  return units.find((u) => code === u || code.startsWith(u + '-')) || 'piano';
}

function nodeCode(location) {
  return (location || '').split(/[\s:,]/)[0];
}

export async function render(ctx) {
  const base = planPath(ctx.plan);
  const asOf = ctx.query.get('al') || todayIso();
  const [found, tree] = await Promise.all([
    get(`${base}/findings?asOf=${encodeURIComponent(asOf)}`),
    get(`${base}/tree`),
  ]);
  const units = tree.units.map((u) => u.code).sort((a, b) => b.length - a.length);
  const severities = [...new Set(found.findings.map((f) => f.severity))]
    .sort((a, b) => (ORDER.indexOf(a) + 1 || 9) - (ORDER.indexOf(b) + 1 || 9));
  const section = (sev) => {
    const list = found.findings.filter((f) => f.severity === sev);
    const byUnit = new Map();
    list.forEach((f) => {
      const u = unitOf(f.location, units);
      if (!byUnit.has(u)) byUnit.set(u, []);
      byUnit.get(u).push(f);
    });
    const label = list[0]?.severityLabel || sev;
    return html`<section aria-labelledby="sev-${sev}" class="mb-4">
      <h2 id="sev-${sev}" class="h4">${label[0].toUpperCase() + label.slice(1)} (${list.length})</h2>
      ${[...byUnit.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([u, items]) => html`
        <h3 class="h5">${u === 'piano' ? 'Intero piano' : html`Unità <a href="${href.unit(u)}">${u}</a>`}</h3>
        <div class="tabella compatta"><table class="table table-sm">
          <caption class="visually-hidden">Rilievi ${label} dell'unità ${u}</caption>
          <thead><tr><th scope="col">Nodo</th><th scope="col">Controllo</th><th scope="col">Rilievo</th></tr></thead>
          <tbody>${items.map((f) => html`<tr>
            <td>${nodeCode(f.location) ? html`<a class="codice" href="${href.node(nodeCode(f.location))}">${f.location}</a>` : f.location}</td>
            <td><code>${f.check}</code></td><td>${f.message}</td></tr>`)}</tbody></table></div>`)}
    </section>`;
  };
  return {
    title: 'Controlli',
    body: html`<h1>Controlli</h1>
      <form class="filtri mb-3" id="data-form">
        <label for="al">Situazione al</label>
        <input type="date" id="al" name="al" value="${found.asOf}" class="form-control w-auto">
        <button class="btn btn-outline-primary btn-sm" type="submit">Aggiorna</button>
      </form>
      <p>${found.checks} controlli installati; ${found.findings.length} rilievi al ${date(found.asOf)}.</p>
      ${found.findings.length === 0 ? html`<p>Nessun rilievo.</p>` : severities.map(section)}`,
    after(main) {
      main.querySelector('#data-form').addEventListener('submit', (ev) => {
        ev.preventDefault();
        const al = main.querySelector('#al').value;
        ctx.navigate(link('/albero/controlli' + (al ? '?al=' + encodeURIComponent(al) : '')));
      });
    },
  };
}
