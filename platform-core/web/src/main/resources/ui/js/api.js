// The UI's only way to the data: the REST API under /api/v1, with the session cookie and the CSRF token.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `Errore ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  /** The field errors of the problem document, by field name ("values.emessi", "date", ...). */
  fields() {
    const out = {};
    (this.problem.errors || []).forEach((e) => { out[e.field] = e.detail; });
    return out;
  }
}

let csrf = null;

export function setCsrf(token) { csrf = token; }

export async function request(method, path, { body, headers = {}, raw = false } = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', ...headers } };
  if (method !== 'GET' && method !== 'HEAD' && csrf) init.headers['X-CSRF-Token'] = csrf;
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const resp = await fetch('/api/v1' + path, init);
  if (!resp.ok) {
    let problem = null;
    try { problem = await resp.json(); } catch (e) { /* not a problem document */ }
    throw new ApiError(resp.status, problem);
  }
  if (raw) return resp;
  if (resp.status === 204) return null;
  return resp.json();
}

export const get = (path) => request('GET', path);
export const post = (path, body, opts = {}) => request('POST', path, { ...opts, body });
export const put = (path, body, opts = {}) => request('PUT', path, { ...opts, body });
export const del = (path, body, opts = {}) => request('DELETE', path, { ...opts, body });

/** /plans/{ente}/{plan}: the API path of a plan. */
export function planPath(plan) {
  return `/plans/${encodeURIComponent(plan.ente)}/${encodeURIComponent(plan.code)}`;
}
