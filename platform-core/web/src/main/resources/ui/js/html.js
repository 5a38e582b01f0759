// Safe HTML from templates: every interpolated value is escaped unless it is already Html (made by html`` or raw()).

export class Html {
  constructor(text) { this.text = text; }
  toString() { return this.text; }
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escape(value) {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function piece(value) {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escape(value);
}

/** html`<p>${text}</p>`: the tagged template that escapes its values. */
export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => { out += piece(v) + strings[i + 1]; });
  return new Html(out);
}

/** Markup the code itself wrote (never user data). */
export function raw(text) { return new Html(text); }

/** The sprite icon of Bootstrap Italia, decorative. */
export function icon(name, extra = '') {
  return raw(`<svg class="icon icon-sm ${extra}" aria-hidden="true"><use href="/albero/static/vendor/bootstrap-italia/svg/sprites.svg#${name}"></use></svg>`);
}
