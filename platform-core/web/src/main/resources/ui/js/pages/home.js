// Cruscotto: the ente's score and status as of a date, one bar per unit, what is at risk, deadlines, latest measurements.
import { get, planPath } from '../api.js';
import { html } from '../html.js';
import { date, dateTime, percent, todayIso, addDays, value } from '../format.js';
import { badge, bar, marks, href, indexEvaluation, indicatorsOf, link } from '../ui.js';

export const name = 'cruscotto';

export async function render(ctx) {
  const base = planPath(ctx.plan);
  const asOf = ctx.query.get('al') || todayIso();
  const [evaluation, tree, latest, reminders] = await Promise.all([
    get(`${base}/evaluation?asOf=${encodeURIComponent(asOf)}`),
    get(`${base}/tree`),
    get(`${base}/measurements?limit=10`),
    get(`${base}/reminders?asOf=${encodeURIComponent(asOf)}`),
  ]);
  const root = evaluation.root;
  const byCode = indexEvaluation(root);
  const mine = new Set(ctx.session.units);
  const myReminders = [...reminders.reminders].sort((a, b) => (mine.has(b.unit) ? 1 : 0) - (mine.has(a.unit) ? 1 : 0));
  const units = [...root.children].sort((a, b) => (mine.has(b.code) ? 1 : 0) - (mine.has(a.code) ? 1 : 0));
  const all = indicatorsOf(tree.units);
  const atRisk = all.filter(({ indicator }) => byCode.get(indicator.code)?.atRisk)
    .sort((a, b) => (mine.has(b.unit.code) ? 1 : 0) - (mine.has(a.unit.code) ? 1 : 0));
  const until = addDays(evaluation.asOf, 30);
  const deadlines = all.filter(({ indicator }) => {
    const d = indicator.timing?.deadline;
    return d && d >= evaluation.asOf && d <= until;
  }).sort((a, b) => a.indicator.timing.deadline.localeCompare(b.indicator.timing.deadline));
  const names = new Map(tree.units.map((u) => [u.code, u.name]));

  const unitRow = (u) => html`<div class="riga-unita">
      <a href="${href.unit(u.code)}"><span class="codice">${u.code}</span> ${names.get(u.code) || u.label}${
        mine.has(u.code) ? html` <span class="visually-hidden">(una tua unità)</span><strong aria-hidden="true">★</strong>` : ''}</a>
      ${bar(u.score, u.status)}
      <span class="punteggio">${percent(u.score)}</span>
      <span>${marks(u)}</span>
    </div>`;

  const indicatorRow = ({ unit, indicator }) => {
    const n = byCode.get(indicator.code);
    return html`<tr><td><a href="${href.indicator(indicator.code)}" class="codice">${indicator.code}</a></td>
      <td>${unit.code}</td><td>${indicator.instrument}</td><td>${n ? badge(n.status, n.statusLabel) : '—'}</td>
      <td class="punteggio">${percent(n?.score)}</td></tr>`;
  };

  return {
    title: 'Cruscotto',
    body: html`
      <h1>Cruscotto</h1>
      <form class="filtri mb-3" id="data-form">
        <label for="al">Situazione al</label>
        <input type="date" id="al" name="al" value="${evaluation.asOf}" class="form-control w-auto">
        <button class="btn btn-outline-primary btn-sm" type="submit">Aggiorna</button>
        <span>Dati al <strong>${date(evaluation.asOf)}</strong></span>
      </form>
      <section aria-labelledby="ente-titolo" class="mb-4">
        <h2 id="ente-titolo" class="h4">${ctx.plan.enteName}: ${ctx.plan.title}</h2>
        <p class="cifra-grande" id="punteggio-ente">${percent(root.score)}</p>
        <p>${marks(root)}</p>
        <p class="spiegazione">${root.explanation}</p>
      </section>
      <section aria-labelledby="unita-titolo" class="mb-4">
        <h2 id="unita-titolo" class="h4">Unità organizzative</h2>
        ${ctx.roles.director ? html`<p>Le tue unità sono in cima, segnate con ★.</p>` : ''}
        <div id="unita">${units.map(unitRow)}</div>
      </section>
      <div class="row">
        <section aria-labelledby="rischio-titolo" class="col-12 col-lg-6 mb-4">
          <h2 id="rischio-titolo" class="h4">Indicatori a rischio (${atRisk.length})</h2>
          ${atRisk.length === 0 ? html`<p>Nessun indicatore a rischio a questa data.</p>` : html`
          <div class="tabella"><table class="table table-sm">
            <caption class="visually-hidden">Indicatori a rischio</caption>
            <thead><tr><th scope="col">Codice</th><th scope="col">Unità</th><th scope="col">Strumento</th><th scope="col">Stato</th><th scope="col">Punteggio</th></tr></thead>
            <tbody>${atRisk.slice(0, 30).map(indicatorRow)}</tbody></table></div>
          ${atRisk.length > 30 ? html`<p>Sono mostrati i primi 30: gli altri nelle pagine delle unità.</p>` : ''}`}
        </section>
        <section aria-labelledby="scadenze-titolo" class="col-12 col-lg-6 mb-4">
          <h2 id="scadenze-titolo" class="h4">Scadenze dei prossimi 30 giorni (${deadlines.length})</h2>
          ${deadlines.length === 0 ? html`<p>Nessuna scadenza dal ${date(evaluation.asOf)} al ${date(until)}.</p>` : html`
          <div class="tabella"><table class="table table-sm">
            <caption class="visually-hidden">Scadenze dei prossimi 30 giorni</caption>
            <thead><tr><th scope="col">Scadenza</th><th scope="col">Codice</th><th scope="col">Unità</th><th scope="col">Tempi</th><th scope="col">Stato</th></tr></thead>
            <tbody>${deadlines.map(({ unit, indicator }) => {
              const n = byCode.get(indicator.code);
              return html`<tr><td>${date(indicator.timing.deadline)}</td>
                <td><a class="codice" href="${href.indicator(indicator.code)}">${indicator.code}</a></td><td>${unit.code}</td>
                <td>${indicator.timing.text}</td><td>${n ? badge(n.status, n.statusLabel) : '—'}</td></tr>`;
            })}</tbody></table></div>`}
        </section>
      </div>
      <section aria-labelledby="promemoria-titolo" class="mb-4">
        <h2 id="promemoria-titolo" class="h4">Promemoria: scadenze senza rilevazione (${myReminders.length})</h2>
        <p>Indicatori con scadenza entro ${reminders.daysAhead} giorni o già scaduta, senza rilevazioni nell'anno della
          scadenza: gli stessi che il promemoria giornaliero invia per posta.</p>
        ${myReminders.length === 0 ? html`<p>Nessun promemoria.</p>` : html`
        <div class="tabella"><table class="table table-sm" id="promemoria">
          <caption class="visually-hidden">Promemoria delle scadenze senza rilevazione</caption>
          <thead><tr><th scope="col">Indicatore</th><th scope="col">Unità</th><th scope="col">Scadenza</th><th scope="col">Stato</th></tr></thead>
          <tbody>${myReminders.slice(0, 30).map((r) => html`<tr>
            <td><a class="codice" href="${href.indicator(r.indicator)}">${r.indicator}</a> ${r.instrument}</td><td>${r.unit}</td>
            <td>${date(r.deadline)}</td><td>${r.overdue ? html`<span class="stato stato-non_raggiunto">scaduto da ${-r.days} giorni</span>`
              : html`<span class="rischio">scade tra ${r.days} giorni</span>`}</td></tr>`)}</tbody></table></div>
        ${myReminders.length > 30 ? html`<p>Sono mostrati i primi 30 di ${myReminders.length}.</p>` : ''}`}
      </section>
      <section aria-labelledby="ultime-titolo" class="mb-4">
        <h2 id="ultime-titolo" class="h4">Ultime rilevazioni</h2>
        ${latest.length === 0 ? html`<p>Nessuna rilevazione registrata.</p>` : html`
        <div class="tabella"><table class="table table-sm">
          <caption class="visually-hidden">Ultime rilevazioni registrate</caption>
          <thead><tr><th scope="col">Registrata</th><th scope="col">Indicatore</th><th scope="col">Data</th><th scope="col">Valori</th><th scope="col">Autore</th></tr></thead>
          <tbody>${latest.map((m) => html`<tr><td>${dateTime(m.recordedAt)}</td>
            <td><a class="codice" href="${href.indicator(m.indicator)}">${m.indicator}</a></td><td>${date(m.date)}</td>
            <td>${value(m.values)}</td><td>${m.author}</td></tr>`)}</tbody></table></div>`}
      </section>`,
    after(main) {
      main.querySelector('#data-form').addEventListener('submit', (ev) => {
        ev.preventDefault();
        const al = main.querySelector('#al').value;
        ctx.navigate(link('/albero/' + (al ? '?al=' + encodeURIComponent(al) : '')));
      });
    },
  };
}
