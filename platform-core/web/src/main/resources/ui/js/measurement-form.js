// The measurement form, built from the indicator type's schema: one labelled input per field, the server's errors
// next to their field. The values go to the API as typed (Italian numbers as text): the server reads them once.
import { html } from './html.js';
import { todayIso, date } from './format.js';

function fieldId(name) { return 'v-' + name.replace(/[^A-Za-z0-9_-]/g, '_'); }

function input(f, current) {
  const id = fieldId(f.name);
  const describedBy = `${id}-aiuto ${id}-errore`;
  const required = f.required ? html` required aria-required="true"` : '';
  const val = current === undefined || current === null ? '' : current;
  switch (f.kind) {
    case 'data':
      return html`<input class="form-control" type="date" id="${id}" name="${f.name}" value="${val}"${required} aria-describedby="${describedBy}">`;
    case 'scelta':
      return html`<select class="form-select" id="${id}" name="${f.name}"${required} aria-describedby="${describedBy}">
        <option value="">—</option>${(f.options || []).map((o) => html`<option${o === val ? html` selected` : ''}>${o}</option>`)}</select>`;
    case 'finestra':
      return html`<div class="d-flex gap-2 flex-wrap" role="group" aria-labelledby="${id}-etichetta">
        <label class="visually-hidden" for="${id}-da">${f.label}: dal</label>
        <input class="form-control w-auto" type="date" id="${id}-da" name="${f.name}.da" value="${val?.da || ''}" aria-describedby="${describedBy}">
        <label class="visually-hidden" for="${id}-a">${f.label}: al</label>
        <input class="form-control w-auto" type="date" id="${id}-a" name="${f.name}.a" value="${val?.a || ''}" aria-describedby="${describedBy}"></div>`;
    case 'elenco':
      return html`<textarea class="form-control" id="${id}" name="${f.name}" rows="3"${required} aria-describedby="${describedBy}">${
        val === '' ? '' : JSON.stringify(val)}</textarea>`;
    case 'testo':
      return html`<input class="form-control" type="text" id="${id}" name="${f.name}" value="${val}"${required} aria-describedby="${describedBy}">`;
    default: // numero, intero, percentuale: Italian text, read by the server
      return html`<input class="form-control" type="text" inputmode="decimal" id="${id}" name="${f.name}" value="${
        typeof val === 'number' ? String(val).replace('.', ',') : val}"${required} aria-describedby="${describedBy}">`;
  }
}

function help(f) {
  const bits = [];
  if (f.unit) bits.push(`in ${f.unit}`);
  if (['numero', 'percentuale', 'intero'].includes(f.kind)) bits.push('numero, es. 1.234,5');
  if (f.kind === 'elenco') bits.push('elenco in JSON');
  if (f.help) bits.push(f.help);
  return bits.join(' — ');
}

/**
 * The form: date, the schema's fields, evidence and note. {@code correcting} is the measurement being corrected
 * (its values are filled in) or null.
 */
export function measurementForm(indicator, correcting) {
  const schema = indicator.measurementSchema || [];
  const values = correcting?.values || {};
  return html`<form id="rilevazione" novalidate data-corregge="${correcting ? correcting.id : ''}">
    ${correcting ? html`<p class="avviso">Correzione della rilevazione n. ${correcting.id} del ${date(correcting.date)}:
      entrambe restano nel registro, conta la correzione. <a href="#rilevazione" id="annulla-correzione">Annulla la correzione</a></p>` : ''}
    <div id="esito-rilevazione"></div>
    <div class="row">
      <div class="form-group col-12 col-md-4">
        <label for="v-data">Data della rilevazione <span aria-hidden="true">*</span></label>
        <input class="form-control" type="date" id="v-data" name="date" value="${correcting?.date || todayIso()}" required aria-required="true" aria-describedby="v-data-errore">
        <div class="errore-campo" id="v-data-errore"></div>
      </div>
    </div>
    <div class="row">
    ${schema.map((f) => html`<div class="form-group col-12 col-md-6">
        <label for="${f.kind === 'finestra' ? fieldId(f.name) + '-da' : fieldId(f.name)}" id="${fieldId(f.name)}-etichetta">${f.label}${f.unit ? ` (${f.unit})` : ''}${f.required ? html` <span aria-hidden="true">*</span>` : ''}</label>
        ${input(f, values[f.name])}
        <small id="${fieldId(f.name)}-aiuto">${help(f)}</small>
        <div class="errore-campo" id="${fieldId(f.name)}-errore"></div>
      </div>`)}
    </div>
    <div class="form-group">
      <label for="v-evidenza">Evidenza (documento, atto, protocollo)</label>
      <input class="form-control" type="text" id="v-evidenza" name="evidence" value="${correcting?.evidence || ''}">
    </div>
    <div class="form-group">
      <label for="v-nota">Nota</label>
      <input class="form-control" type="text" id="v-nota" name="note" value="${correcting?.note || ''}">
    </div>
    <p><small>I campi segnati con * sono obbligatori.</small></p>
    <button type="submit" class="btn btn-primary">Registra</button>
  </form>`;
}

/** The request body of the form: values by schema name; empty fields left out. */
export function readForm(form, indicator) {
  const values = {};
  (indicator.measurementSchema || []).forEach((f) => {
    if (f.kind === 'finestra') {
      const da = form.elements[`${f.name}.da`].value;
      const a = form.elements[`${f.name}.a`].value;
      if (da || a) values[f.name] = { da, a };
      return;
    }
    const v = form.elements[f.name].value.trim();
    if (v === '') return;
    if (f.kind === 'elenco') {
      try { values[f.name] = JSON.parse(v); } catch (e) { values[f.name] = v; }
      return;
    }
    values[f.name] = v;
  });
  return {
    date: form.elements.date.value,
    values,
    evidence: form.elements.evidence.value.trim() || null,
    note: form.elements.note.value.trim() || null,
  };
}

/** Shows the problem's field errors next to their fields; the rest in the box above the form. */
export function showErrors(form, problem, fields) {
  form.querySelectorAll('.errore-campo').forEach((e) => { e.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
  let placed = 0;
  let first = null;
  Object.entries(fields).forEach(([field, detail]) => {
    const name = field === 'date' ? 'data' : field.startsWith('values.') ? field.slice(7) : null;
    if (name === null) return;
    const id = name === 'data' ? 'v-data' : fieldId(name);
    const box = form.querySelector(`#${id}-errore`);
    if (!box) return;
    box.textContent = detail;
    const el = form.querySelector(`#${id}`) || form.querySelector(`#${id}-da`);
    if (el) { el.setAttribute('aria-invalid', 'true'); first = first || el; }
    placed++;
  });
  form.querySelector('#esito-rilevazione').innerHTML = html`<div class="avviso errore" role="alert">${problem}${
    placed ? ' Correggi i campi segnalati.' : ''}</div>`.text;
  (first || form.querySelector('#esito-rilevazione')).focus?.();
}
