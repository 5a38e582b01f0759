// Login: the API's session login; each role then lands on its own home.
import { post, ApiError } from '../api.js';
import { html } from '../html.js';
import { alert } from '../ui.js';

export const name = 'accesso';
export const needsPlan = false;

export async function render(ctx) {
  if (ctx.session) {
    ctx.navigate(ctx.homeOf(ctx.session), { replace: true });
  }
  const expired = ctx.query.get('dopo') ? alert('', 'Per continuare accedi con il tuo utente.') : '';
  return {
    title: 'Accesso',
    body: html`<div class="row justify-content-center"><div class="col-12 col-md-8 col-lg-5">
      <h1>Accesso</h1>
      <p>Accedi con l'utente e la password che l'amministratore ti ha assegnato.</p>
      ${expired}
      <div id="esito"></div>
      <form id="accesso" novalidate>
        <div class="form-group">
          <label for="username">Nome utente</label>
          <input class="form-control" type="text" id="username" name="username" autocomplete="username" required>
        </div>
        <div class="form-group">
          <label for="password">Password</label>
          <input class="form-control" type="password" id="password" name="password" autocomplete="current-password" required>
        </div>
        <button type="submit" class="btn btn-primary">Accedi</button>
      </form>
    </div></div>`,
    after(main) {
      const form = main.querySelector('#accesso');
      form.username.focus();
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        const out = main.querySelector('#esito');
        const username = form.username.value.trim();
        const password = form.password.value;
        if (!username || !password) {
          out.innerHTML = String(alert('errore', 'Inserisci nome utente e password.'));
          return;
        }
        try {
          const s = await post('/session', { username, password });
          ctx.setSession(s);
          const after = ctx.query.get('dopo');
          ctx.navigate(after && after.startsWith('/albero/') ? after : ctx.homeOf(s), { replace: true });
        } catch (e) {
          const text = e instanceof ApiError && e.status === 401 ? 'Nome utente o password non corretti.'
            : e instanceof ApiError && e.status === 429 ? e.message : `Accesso non riuscito: ${e.message}`;
          out.innerHTML = String(alert('errore', text));
          form.password.value = '';
          form.password.focus();
        }
      });
    },
  };
}
