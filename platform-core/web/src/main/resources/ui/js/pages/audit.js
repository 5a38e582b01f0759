// The audit trail of a node: who changed what and when, the latest first.
import { get, planPath } from '../api.js';
import { html } from '../html.js';
import { dateTime } from '../format.js';
import { href } from '../ui.js';

export const name = 'audit';

function compact(v) {
  if (v === null || v === undefined) return '';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 160 ? text.slice(0, 157) + '…' : text;
}

export async function render(ctx) {
  const code = ctx.params[0];
  const entries = await get(`${planPath(ctx.plan)}/audit/${encodeURIComponent(code)}?limit=200`);
  return {
    title: `Registro ${code}`,
    body: html`
      <nav aria-label="Percorso" class="breadcrumb-container"><ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="${href.home()}">Cruscotto</a><span class="separator">/</span></li>
        <li class="breadcrumb-item"><a href="${href.node(code)}">${code}</a><span class="separator">/</span></li>
        <li class="breadcrumb-item active" aria-current="page">Registro</li></ol></nav>
      <h1>Registro delle modifiche di <span class="codice">${code}</span></h1>
      ${entries.length === 0 ? html`<p>Nessuna voce.</p>` : html`<div class="tabella"><table class="table table-sm">
        <caption class="visually-hidden">Voci del registro, dalla più recente</caption>
        <thead><tr><th scope="col">Quando</th><th scope="col">Chi</th><th scope="col">Azione</th><th scope="col">Esito</th>
          <th scope="col">Prima</th><th scope="col">Dopo</th><th scope="col">Messaggio</th></tr></thead>
        <tbody>${entries.map((e) => html`<tr><td>${dateTime(e.at)}</td><td>${e.author}</td><td>${e.action}</td><td>${e.outcome}</td>
          <td><small>${compact(e.before)}</small></td><td><small>${compact(e.after)}</small></td><td>${e.message || ''}</td></tr>`)}</tbody>
      </table></div>`}`,
  };
}
