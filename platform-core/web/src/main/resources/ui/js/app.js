// Albero's web application: reads the address, asks the REST API, draws the page. No state on the server.
import { get, del, ApiError, setCsrf } from './api.js';
import { html } from './html.js';
import { roles, sizeBars, alert } from './ui.js';
import * as login from './pages/login.js';
import * as home from './pages/home.js';
import * as unit from './pages/unit.js';
import * as indicator from './pages/indicator.js';
import * as node from './pages/node.js';
import * as checks from './pages/checks.js';
import * as planPage from './pages/plan.js';
import * as oiv from './pages/oiv.js';
import * as audit from './pages/audit.js';
import * as modules from './pages/modules.js';

const ROUTES = [
  [/^\/albero\/accesso$/, login, true],
  [/^\/albero\/?$/, home],
  [/^\/albero\/unita\/([^/]+)$/, unit],
  [/^\/albero\/indicatori\/([^/]+)$/, indicator],
  [/^\/albero\/nodi\/([^/]+)$/, node],
  [/^\/albero\/controlli$/, checks],
  [/^\/albero\/piano$/, planPage],
  [/^\/albero\/oiv$/, oiv],
  [/^\/albero\/audit\/([^/]+)$/, audit],
  [/^\/albero\/moduli$/, modules],
];

const NAV = [
  ['/albero/', 'Cruscotto', () => true],
  ['/albero/controlli', 'Controlli', () => true],
  ['/albero/piano', 'Piano', () => true],
  ['/albero/oiv', 'OIV', (r) => r.oiv],
  ['/albero/moduli', 'Moduli', () => true],
];

const ROLE_NAMES = {
  admin: 'amministratore', performance: 'ufficio performance', oiv: 'OIV', direttore: 'direttore', lettore: 'lettura',
};

const main = document.getElementById('contenuto');
let session = null;
let sessionChecked = false;
let plans = null;

/** The home of each role after login. */
export function homeOf(s) {
  const r = roles(s);
  if (r.admin || r.director) return '/albero/';
  if (r.performance) return '/albero/piano';
  if (r.oiv) return '/albero/oiv';
  return '/albero/';
}

export function navigate(path, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', path); else history.pushState(null, '', path);
  route();
}

export function setSession(s) {
  session = s;
  sessionChecked = true;
  plans = null;
  if (s) setCsrf(s.csrfToken);
}

async function ensureSession() {
  if (session || sessionChecked) return session;
  try {
    setSession(await get('/session'));
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
    sessionChecked = true;
  }
  return session;
}

/** The plan of an ente the application opens: the current one if it is that ente's, else its latest. */
function latestOf(ente) {
  const mine = plans.filter((x) => x.ente === ente);
  return mine.find((x) => x.current) || [...mine].sort((a, b) => b.referenceYear - a.referenceYear
    || String(b.savedAt).localeCompare(String(a.savedAt)))[0] || null;
}

/**
 * The plan the pages show: ?piano=ente/codice, else the latest plan of ?ente=codice, else the current one among the
 * plans the user sees (the API lists only the enti of a user limited to some: for them, their ente's).
 */
async function currentPlan() {
  if (!plans) plans = await get('/plans');
  const query = new URLSearchParams(location.search);
  const wanted = query.get('piano');
  if (wanted) {
    const p = plans.find((x) => `${x.ente}/${x.code}` === wanted);
    if (!p) throw new ApiError(404, { detail: `Il piano ${wanted} non esiste.` });
    return p;
  }
  const ente = query.get('ente');
  if (ente) {
    const p = latestOf(ente);
    if (!p) throw new ApiError(404, { detail: `L'ente ${ente} non esiste o non ha piani.` });
    return p;
  }
  return plans.find((x) => x.current) || plans[0] || null;
}

/** The pages that are the same for every plan: a change of ente or plan stays there; from any other, the cruscotto. */
const GENERAL = ['/albero/', '/albero/controlli', '/albero/piano', '/albero/oiv', '/albero/moduli'];

function choose(key) {
  const here = location.pathname;
  const path = GENERAL.includes(here) ? here : '/albero/';
  navigate(`${path}?piano=${encodeURIComponent(key)}`);
}

/** The choice of ente and plan in the header, only for a user who sees more than one of them. */
function chooser(plan) {
  const box = document.getElementById('scelta');
  const enti = new Map((plans || []).map((p) => [p.ente, p.enteName]));
  const ofEnte = plan ? plans.filter((p) => p.ente === plan.ente) : [];
  if (!session || !plan || (enti.size < 2 && ofEnte.length < 2)) {
    box.innerHTML = '';
    return;
  }
  const parts = [];
  if (enti.size > 1) {
    const sorted = [...enti.entries()].sort((a, b) => a[1].localeCompare(b[1], 'it'));
    parts.push(html`<label for="scelta-ente">Ente</label>
      <select id="scelta-ente" class="form-select">${sorted.map(([code, name]) =>
        html`<option value="${code}"${code === plan.ente ? html` selected` : ''}>${name}</option>`)}</select>`);
  }
  if (ofEnte.length > 1) {
    parts.push(html`<label for="scelta-piano">Piano</label>
      <select id="scelta-piano" class="form-select">${ofEnte.map((p) =>
        html`<option value="${p.ente}/${p.code}"${p.code === plan.code ? html` selected` : ''}>${p.title} (${p.code})</option>`)}</select>`);
  }
  box.innerHTML = parts.map(String).join('');
  box.querySelector('#scelta-ente')?.addEventListener('change', (ev) => {
    const p = latestOf(ev.target.value);
    if (p) choose(`${p.ente}/${p.code}`);
  });
  box.querySelector('#scelta-piano')?.addEventListener('change', (ev) => choose(ev.target.value));
}

function header(plan) {
  document.getElementById('ente').textContent = plan ? plan.enteName : 'Albero';
  chooser(plan);
  document.getElementById('piano').textContent = plan
    ? `${plan.title} — stato: ${plan.status}, versione ${plan.version}` : 'Ciclo della performance';
  const user = document.getElementById('utente');
  const items = document.getElementById('voci-menu');
  if (!session) {
    user.innerHTML = '';
    items.innerHTML = '';
    return;
  }
  const shown = session.roles.filter((r) => ROLE_NAMES[r]).map((r) => ROLE_NAMES[r]);
  user.innerHTML = html`<span class="utente">${session.user}${shown.length ? ` (${shown.join(', ')})` : ''}</span>
    <button type="button" class="btn btn-esci" id="esci">Esci</button>`.text;
  document.getElementById('esci').addEventListener('click', logout);
  const r = roles(session);
  const here = location.pathname.replace(/\/$/, '') || '/albero';
  items.innerHTML = NAV.filter(([, , show]) => show(r)).map(([path, label]) => {
    const current = here === path.replace(/\/$/, '');
    return html`<li class="nav-item"><a class="nav-link" href="${path}"${current ? html` aria-current="page"` : ''}><span>${label}</span></a></li>`.text;
  }).join('');
}

async function logout() {
  try { await del('/session'); } catch (e) { /* the cookie is gone either way */ }
  setSession(null);
  navigate('/albero/accesso', { replace: true });
}

let rendering = 0;

async function route() {
  const ticket = ++rendering;
  const path = location.pathname;
  const found = ROUTES.map(([re, page, open]) => [re.exec(path), page, open]).find(([m]) => m);
  document.getElementById('voci').classList.remove('aperto');
  try {
    await ensureSession();
    if (!found) {
      header(null);
      show('Pagina non trovata', html`<h1>Pagina non trovata</h1><p>L'indirizzo non esiste. <a href="/albero/">Torna al cruscotto</a>.</p>`);
      return;
    }
    const [match, page, open] = found;
    if (!session && !open) {
      navigate('/albero/accesso?dopo=' + encodeURIComponent(path + location.search), { replace: true });
      return;
    }
    const plan = session ? await currentPlan() : null;
    header(plan);
    const ctx = {
      session, plan, params: match.slice(1).map(decodeURIComponent), query: new URLSearchParams(location.search),
      roles: session ? roles(session) : null, main, navigate, refresh: route, setSession, homeOf,
      forgetPlans: () => { plans = null; }, stale: () => ticket !== rendering,
    };
    if (session && !plan && page.needsPlan !== false) {
      show('Nessun piano', html`<h1>Nessun piano</h1><p>L'archivio non contiene piani: l'ufficio performance ne importa
        uno dalla pagina <a href="/albero/piano">Piano</a> o dalla console (<code>albero:import</code>).</p>`);
      return;
    }
    const started = performance.now();
    const view = await page.render(ctx);
    if (ticket !== rendering) return;
    show(view.title, view.body);
    if (view.after) view.after(main, ctx);
    document.body.dataset.pagina = page.name || '';
    console.info(`albero: ${path} disegnata in ${Math.round(performance.now() - started)} ms`);
  } catch (e) {
    if (ticket !== rendering) return;
    if (e instanceof ApiError && e.status === 401 && !path.startsWith('/albero/accesso')) {
      setSession(null);
      navigate('/albero/accesso?dopo=' + encodeURIComponent(path + location.search), { replace: true });
      return;
    }
    console.error(e);
    show('Errore', html`<h1>Non è stato possibile mostrare la pagina</h1>${alert('errore', e.message)}`);
  }
}

function show(title, body) {
  document.title = `${title} - Albero`;
  main.innerHTML = String(body);
  sizeBars(main);
  document.getElementById('annuncio').textContent = title;
  // a new page: the reader starts at its content, as after a page load (keyboard and screen reader users too)
  if (!location.hash) window.scrollTo(0, 0);
  if (!main.contains(document.activeElement)) main.focus({ preventScroll: true });
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

document.addEventListener('click', (ev) => {
  const a = ev.target.closest('a');
  if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  if (a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || !url.pathname.startsWith('/albero/') || url.pathname.startsWith('/albero/static/')) return;
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  ev.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});

window.addEventListener('popstate', route);
document.getElementById('menu-toggle').addEventListener('click', (ev) => {
  const open = document.getElementById('voci').classList.toggle('aperto');
  ev.currentTarget.setAttribute('aria-expanded', String(open));
});

route();
