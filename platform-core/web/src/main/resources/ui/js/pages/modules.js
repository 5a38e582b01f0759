// The installed sector modules with their versions, types and checks (read-only: installing stays at the console).
import { get } from '../api.js';
import { html } from '../html.js';

export const name = 'moduli';
export const needsPlan = false;

export async function render() {
  const [modules, types, checks] = await Promise.all([get('/modules'), get('/types'), get('/checks')]);
  return {
    title: 'Moduli',
    body: html`<h1>Moduli di settore</h1>
      <p>I moduli si installano e si rimuovono dalla console di Karaf (<code>feature:install albero-sector-…</code>), senza
        riavvio: questa pagina mostra quelli presenti ora. Rimuovere un modulo non cancella dati: i suoi indicatori
        restano «modulo non installato» finché non torna.</p>
      <div class="tabella"><table class="table" id="moduli">
        <caption class="visually-hidden">Moduli installati</caption>
        <thead><tr><th scope="col">Modulo</th><th scope="col">Nome</th><th scope="col">Versione</th><th scope="col">Tipi</th><th scope="col">Controlli</th><th scope="col">Unità servite</th></tr></thead>
        <tbody>${modules.map((m) => html`<tr><td><code>${m.id}</code></td><td>${m.name}</td><td>${m.version}</td>
          <td>${m.types}</td><td>${m.checks}</td><td>${(m.servedUnits || []).join(', ')}</td></tr>`)}</tbody>
      </table></div>
      <h2 class="h4">Tipi di indicatore (${types.length})</h2>
      <div class="tabella"><table class="table table-sm">
        <caption class="visually-hidden">Tipi di indicatore installati</caption>
        <thead><tr><th scope="col">Tipo</th><th scope="col">Descrizione</th><th scope="col">Modulo</th><th scope="col">Valori rilevati</th></tr></thead>
        <tbody>${types.map((t) => html`<tr><td><code>${t.id}</code></td><td>${t.label}</td><td>${t.module}</td>
          <td>${(t.measurement || []).map((f) => f.label || f.name).join(', ')}</td></tr>`)}</tbody>
      </table></div>
      <h2 class="h4">Controlli (${checks.length})</h2>
      <div class="tabella"><table class="table table-sm">
        <caption class="visually-hidden">Controlli installati</caption>
        <thead><tr><th scope="col">Controllo</th><th scope="col">Descrizione</th><th scope="col">Modulo</th></tr></thead>
        <tbody>${checks.map((c) => html`<tr><td><code>${c.id}</code></td><td>${c.label}</td><td>${c.module}</td></tr>`)}</tbody>
      </table></div>`,
  };
}
