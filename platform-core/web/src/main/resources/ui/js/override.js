// The OIV's override of a node's score, with its mandatory note: the same form on the unit and the indicator page.
import { put, del, planPath, ApiError } from './api.js';
import { html } from './html.js';
import { percent } from './format.js';
import { alert } from './ui.js';

/** The override box of a node: current override (if any), a form to set one and one to cancel it. */
export function overrideBox(ctx, node) {
  if (!ctx.roles.oiv || !node) return '';
  const id = node.code.replace(/[^A-Za-z0-9_-]/g, '_');
  const current = node.overridden && node.override ? html`<p>Rettifica in vigore: <strong>${percent(node.override.score)}</strong>
      (calcolato ${percent(node.computed?.score)}), nota: “${node.override.note}”, di ${node.override.author}.</p>
    <form class="annulla-rettifica" data-code="${node.code}">
      <div class="form-group"><label for="annulla-nota-${id}">Nota per l'annullamento (obbligatoria)</label>
        <input class="form-control" id="annulla-nota-${id}" name="note" required></div>
      <button class="btn btn-outline-danger btn-sm" type="submit">Annulla la rettifica</button>
      <div class="esito"></div>
    </form>` : '';
  return html`<details class="mt-2 rettifica"><summary>Rettifica OIV del punteggio di ${node.code}</summary>
    ${current}
    <form class="imposta-rettifica" data-code="${node.code}" novalidate>
      <div class="row">
        <div class="form-group col-12 col-md-3"><label for="punteggio-${id}">Punteggio (%)</label>
          <input class="form-control" id="punteggio-${id}" name="score" inputmode="decimal" required aria-describedby="punteggio-${id}-aiuto">
          <small id="punteggio-${id}-aiuto">da 0 a 100, es. 85 o 72,5</small>
          <div class="errore-campo" id="punteggio-${id}-errore"></div></div>
        <div class="form-group col-12 col-md-9"><label for="nota-${id}">Nota (obbligatoria)</label>
          <input class="form-control" id="nota-${id}" name="note" required>
          <div class="errore-campo" id="nota-${id}-errore"></div></div>
      </div>
      <button class="btn btn-primary btn-sm" type="submit">Rettifica</button>
      <div class="esito"></div>
    </form></details>`;
}

/** Wires every override form of the page: after a change the page is drawn again. */
export function wireOverrides(main, ctx) {
  const base = planPath(ctx.plan);
  main.querySelectorAll('form.imposta-rettifica').forEach((form) => form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const code = form.dataset.code;
    const id = code.replace(/[^A-Za-z0-9_-]/g, '_');
    const scoreError = form.querySelector(`#punteggio-${id}-errore`);
    const noteError = form.querySelector(`#nota-${id}-errore`);
    scoreError.textContent = '';
    noteError.textContent = '';
    const text = form.score.value.trim().replace(/\./g, '').replace(',', '.');
    const pct = Number(text);
    let bad = false;
    if (!text || Number.isNaN(pct) || pct < 0 || pct > 100) {
      scoreError.textContent = 'Indica un numero da 0 a 100.';
      bad = true;
    }
    if (!form.note.value.trim()) {
      noteError.textContent = 'La nota è obbligatoria: spiega perché il punteggio cambia.';
      bad = true;
    }
    if (bad) { form.querySelector('[aria-invalid]')?.removeAttribute('aria-invalid'); return; }
    try {
      await put(`${base}/overrides/${encodeURIComponent(code)}`, { score: pct / 100, note: form.note.value.trim() });
      await ctx.refresh();
    } catch (e) {
      const fields = e instanceof ApiError ? e.fields() : {};
      if (fields.note) noteError.textContent = fields.note;
      if (fields.score) scoreError.textContent = fields.score;
      form.querySelector('.esito').innerHTML = String(alert('errore', e.message));
    }
  }));
  main.querySelectorAll('form.annulla-rettifica').forEach((form) => form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await del(`${base}/overrides/${encodeURIComponent(form.dataset.code)}`, { note: form.note.value.trim() });
      await ctx.refresh();
    } catch (e) {
      form.querySelector('.esito').innerHTML = String(alert('errore', e.message));
    }
  }));
}
