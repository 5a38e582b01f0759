// Pieces every page draws the same way: status badges, score bars, links that keep the chosen plan, messages.
import { html, raw } from './html.js';
import { percent } from './format.js';

/** The plan chosen in the address (?piano=ente/codice), kept by every link of the application. */
export function link(path) {
  const piano = new URLSearchParams(location.search).get('piano');
  if (!piano) return path;
  return path + (path.includes('?') ? '&' : '?') + 'piano=' + encodeURIComponent(piano);
}

/** The path with one more query parameter. */
export function withQuery(path, key, value) {
  return path + (path.includes('?') ? '&' : '?') + encodeURIComponent(key) + '=' + encodeURIComponent(value);
}

export const href = {
  home: () => link('/albero/'),
  unit: (code) => link('/albero/unita/' + encodeURIComponent(code)),
  indicator: (code) => link('/albero/indicatori/' + encodeURIComponent(code)),
  node: (code) => link('/albero/nodi/' + encodeURIComponent(code)),
  audit: (code) => link('/albero/audit/' + encodeURIComponent(code)),
};

export const STATUSES = [
  ['raggiunto', 'raggiunto'], ['parzialmente_raggiunto', 'parzialmente raggiunto'], ['non_raggiunto', 'non raggiunto'],
  ['in_corso', 'in corso'], ['non_ancora_dovuto', 'non ancora dovuto'], ['dati_mancanti', 'dati mancanti'],
  ['modulo_non_installato', 'modulo non installato'], ['errore', 'errore'],
];

export function badge(status, label) {
  return html`<span class="stato stato-${status}">${label || status.replace(/_/g, ' ')}</span>`;
}

/** Badge plus the "a rischio" and "rettificato" marks of an evaluated node. */
export function marks(node) {
  if (!node) return '';
  return html`${badge(node.status, node.statusLabel)}${node.atRisk ? html` <span class="rischio">a rischio</span>` : ''}${
    node.overridden ? html` <span class="rischio">rettificato dall'OIV</span>` : ''}`;
}

/** A decorative bar whose width the page sets after drawing (no inline style: the CSP forbids it). */
export function bar(score, status) {
  const w = score === null || score === undefined ? 0 : Math.max(0, Math.min(100, score * 100));
  return html`<div class="barra" aria-hidden="true"><span class="stato-${status || ''}" data-w="${w.toFixed(1)}"></span></div>`;
}

export function sizeBars(root) {
  root.querySelectorAll('.barra > span[data-w]').forEach((s) => { s.style.width = s.dataset.w + '%'; });
}

export function score(node) {
  return html`<span class="punteggio">${percent(node?.score)}</span>`;
}

export function alert(kind, text) {
  return html`<div class="avviso ${kind}" role="${kind === 'errore' ? 'alert' : 'status'}">${text}</div>`;
}

/** Every node of an evaluated tree by code. */
export function indexEvaluation(root) {
  const byCode = new Map();
  const walk = (n) => { byCode.set(n.code, n); (n.children || []).forEach(walk); };
  if (root) walk(root);
  return byCode;
}

/** Every indicator of a tree of units (the API's UnitInfo), with its unit and objective. */
export function indicatorsOf(units) {
  const out = [];
  const walk = (unit, objective) => {
    (objective.indicators || []).forEach((i) => out.push({ unit, objective, indicator: i }));
    (objective.phases || []).forEach((p) => walk(unit, p));
  };
  units.forEach((u) => (u.objectives || []).forEach((o) => walk(u, o)));
  return out;
}

export function roles(session) {
  const has = (r) => session.roles.includes(r);
  return {
    admin: has('admin'),
    performance: has('admin') || has('performance'),
    oiv: has('admin') || has('oiv'),
    director: has('direttore'),
    /** Whether this user may record measurements on the unit (the server checks it again). */
    measures: (unit) => has('admin') || has('performance') || (has('direttore') && session.units.includes(unit)),
  };
}

export const none = raw('');
