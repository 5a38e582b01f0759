// Italian formats everywhere: 31/12/2025, 26,7%, 1.234,5.

const PERCENT = new Intl.NumberFormat('it-IT', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const NUMBER = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 });
const DATE_TIME = new Intl.DateTimeFormat('it-IT', {
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome',
});

/** A score in [0,1] as "26,7%"; no score as "—". */
export function percent(score) {
  return score === null || score === undefined ? '—' : PERCENT.format(score).replace(/\u00a0/g, '');
}

export function number(n) {
  return typeof n === 'number' ? NUMBER.format(n) : String(n ?? '');
}

/** "2025-12-31" as "31/12/2025". */
export function date(iso) {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An instant as "04/12/2026, 10:15" in Italian time (four-digit year, as every date of the pages). */
export function dateTime(instant) {
  if (!instant) return '—';
  return DATE_TIME.format(new Date(instant));
}

/** Today in the ISO form of a date input, in Italian time. */
export function todayIso() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });
}

export function addDays(iso, days) {
  const d = new Date(iso + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A measured value in words: numbers Italian, dates Italian, lists and structures shortly. */
export function value(v) {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'number') return number(v);
  if (typeof v === 'boolean') return v ? 'sì' : 'no';
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? date(v) : v;
  if (Array.isArray(v)) return v.map(value).join('; ');
  return Object.entries(v).map(([k, x]) => `${k}: ${value(x)}`).join(', ');
}
