// The UI's pure modules, in Node without a browser: escaping (no HTML from data ever reaches the page) and Italian
// formats.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { html, raw } from '../../platform-core/web/src/main/resources/ui/js/html.js';
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
