// /albero/nodi/<CODE>: any node by code (a check's finding names one) sends to its page: unit, objective, indicator.
import { get, planPath } from '../api.js';
import { html } from '../html.js';
import { href } from '../ui.js';

export const name = 'nodo';

export async function render(ctx) {
  const code = ctx.params[0];
  const node = await get(`${planPath(ctx.plan)}/nodes/${encodeURIComponent(code)}`);
  let target;
  if (node.kind === 'indicator' || node.indicator) target = href.indicator(node.indicator.code);
  else if (node.unit && !node.objective) target = href.unit(node.unit.code);
  else target = null;
  if (target) {
    ctx.navigate(target, { replace: true });
  } else {
    const unit = await get(`${planPath(ctx.plan)}/tree`).then((t) => t.units.find((u) => JSON.stringify(u).includes(`"code":"${code}"`)));
    if (unit) ctx.navigate(href.unit(unit.code) + '#' + code, { replace: true });
  }
  return { title: code, body: html`<h1>${code}</h1><p>Apertura della pagina del nodo…</p>` };
}
