// The OIV's desk: the overrides in force (each cancellable with a note) and the validation of the plan.
import { get, planPath } from '../api.js';
import { html } from '../html.js';
import { dateTime, percent } from '../format.js';
import { href, alert } from '../ui.js';
import { wireOverrides } from '../override.js';
import { changeStatus } from './plan.js';

export const name = 'oiv';

export async function render(ctx) {
  const overrides = await get(`${planPath(ctx.plan)}/overrides`);
  const plan = ctx.plan;
  const canValidate = ctx.roles.oiv && plan.status === 'rendicontazione';
  return {
    title: 'OIV',
    body: html`<h1>Organismo indipendente di valutazione</h1>
      <section aria-labelledby="validazione-titolo" class="mb-4">
        <h2 id="validazione-titolo" class="h4">Validazione del piano</h2>
        <p>Stato del piano: <strong id="stato-piano">${plan.status}</strong> (versione ${plan.version}).</p>
        ${canValidate ? html`<p>La validazione chiude il ciclo: dopo non si registrano più rilevazioni.</p>
          <button type="button" class="btn btn-primary" id="valida">Valida il piano</button>`
          : plan.status === 'validato' ? html`<p>Il piano è validato.</p>`
            : html`<p>Il piano si valida quando è in «rendicontazione» (ora è «${plan.status}»).</p>`}
        <div id="esito-validazione" class="mt-2"></div>
      </section>
      <section aria-labelledby="rettifiche-titolo" class="mb-4">
        <h2 id="rettifiche-titolo" class="h4">Rettifiche in vigore (${overrides.length})</h2>
        <p>Per rettificare un punteggio apri la pagina del nodo (unità, obiettivo o indicatore) e usa «Rettifica OIV».</p>
        ${overrides.length === 0 ? html`<p>Nessuna rettifica.</p>` : html`<div class="tabella"><table class="table table-sm">
          <caption class="visually-hidden">Rettifiche in vigore</caption>
          <thead><tr><th scope="col">Nodo</th><th scope="col">Punteggio</th><th scope="col">Nota</th><th scope="col">Autore</th><th scope="col">Data</th><th scope="col">Annulla</th></tr></thead>
          <tbody>${overrides.map((o) => html`<tr><td><a class="codice" href="${href.node(o.code)}">${o.code}</a></td>
            <td>${percent(o.score)}</td><td>${o.note}</td><td>${o.author}</td><td>${dateTime(o.at)}</td>
            <td><form class="annulla-rettifica d-flex gap-2" data-code="${o.code}">
              <label class="visually-hidden" for="annulla-${o.code}">Nota per annullare la rettifica di ${o.code}</label>
              <input class="form-control form-control-sm" id="annulla-${o.code}" name="note" placeholder="nota" required>
              <button class="btn btn-outline-danger btn-sm" type="submit">Annulla</button><div class="esito"></div></form></td></tr>`)}</tbody>
        </table></div>`}
      </section>`,
    after(main) {
      wireOverrides(main, ctx);
      main.querySelector('#valida')?.addEventListener('click', async () => {
        try {
          await changeStatus(ctx, 'validato');
          ctx.forgetPlans();
          await ctx.refresh();
        } catch (e) {
          main.querySelector('#esito-validazione').innerHTML = String(alert('errore', e.message));
        }
      });
    },
  };
}
