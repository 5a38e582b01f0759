// The UI's pure modules, in Node without a browser: escaping (no HTML from data ever reaches the page) and Italian
// formats.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { html, raw } from '../../platform-core/web/src/main/resources/ui/js/html.js';
import { indicatorBenchmark, unitBenchmark, shown } from '../../platform-core/web/src/main/resources/ui/js/benchmark.js';
import { percent, date, dateTime, number, value, addDays } from '../../platform-core/web/src/main/resources/ui/js/format.js';

describe('html``', () => {
  it('escapes every value coming from data', () => {
    const note = '<img src=x onerror="alert(1)"> & \'quoted\'';
    assert.equal(String(html`<td>${note}</td>`),
      '<td>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quoted&#39;</td>');
    assert.equal(String(html`<a href="${'" onmouseover="x'}">`), '<a href="&quot; onmouseover=&quot;x">');
  });

  it('keeps markup written by the code, nested templates and lists; leaves out null, undefined and false', () => {
    const rows = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    assert.equal(String(html`<ul>${rows}${null}${undefined}${false}${raw('<hr>')}</ul>`),
      '<ul><li>a&lt;b</li><li>c</li><hr></ul>');
    assert.equal(String(html`${0}`), '0');
  });
});

describe('Italian formats', () => {
  const cases = [
    [percent(0.267), '26,7%'], [percent(1), '100,0%'], [percent(0), '0,0%'], [percent(null), '—'],
    [date('2025-12-31'), '31/12/2025'], [date(null), '—'],
    [number(1234.5), '1234,5'], [number(48000), '48.000'],
    [value({ emessi: 12, scadenza: '2025-06-30' }), 'emessi: 12, scadenza: 30/06/2025'],
    [value(true), 'sì'], [value([1.5, 'x']), '1,5; x'],
    [dateTime('2026-12-04T09:15:00Z'), '04/12/2026, 10:15'],
    [addDays('2025-12-20', 30), '2026-01-19'], [addDays('2025-02-27', 2), '2025-03-01'],
  ];
  cases.forEach(([got, want], i) => it(`case ${i + 1}: ${want}`, () => assert.equal(got, want)));
});

describe('Confronto con altri enti', () => {
  const entry = (ente, value, rank, own = false, anonymous = false) => ({
    ente: anonymous ? undefined : ente, enteName: anonymous ? 'altro ente' : `Comune ${ente}`, value, rank, own, anonymous,
    score: anonymous ? undefined : 0.5, statusLabel: anonymous ? undefined : 'in corso',
  });
  const benchmark = (enti, entries, withoutData = []) => ({
    subject: 'ENT-04.1', group: 'codice ENT-04.1', referenceYear: 2025, asOf: '2025-06-30', measure: 'valore',
    unitOfMeasure: '%', lowerIsBetter: false, enti, n: entries.length, min: 80, q1: 80, median: 80, q3: 85, max: 90,
    position: [...entries, ...withoutData].find((e) => e.own), entries, withoutData,
  });

  it('is hidden when only one ente shares the indicator or the unit, or when the API gave nothing', () => {
    assert.equal(indicatorBenchmark(null), '');
    assert.equal(indicatorBenchmark(benchmark(1, [entry('A', 80, 1, true)])), '');
    assert.equal(unitBenchmark({ unit: benchmark(1, [entry('A', 80, 1, true)]), indicators: [] }), '');
  });

  it('shows the position, the quartiles, the table with the others anonymised and the enti without data', () => {
    const b = benchmark(4, [entry('B', 90, 1, false, true), entry('A', 80, 2, true), entry('<C>', 80, 2)],
      [entry('D', null, null)]);
    const out = String(indicatorBenchmark(b));
    assert.match(out, /Questo ente: <strong>2° su 3<\/strong> \(80%\)/);
    assert.match(out, /<dt class="col-6 col-md-2">Terzo quartile<\/dt><dd class="col-6 col-md-2">85%<\/dd>/);
    assert.match(out, /altro ente/);
    assert.match(out, /Comune &lt;C&gt;/);
    assert.match(out, /dati mancanti/);
    assert.match(out, /role="img" aria-label="Distribuzione tra 3 enti: minimo 80%, primo quartile 80%, mediana 80%/);
    assert.equal(shown({ unitOfMeasure: 'eventi' }, 2), '2 eventi');
    assert.equal(shown({ unitOfMeasure: '' }, 1234.5), '1234,5');
  });
});
