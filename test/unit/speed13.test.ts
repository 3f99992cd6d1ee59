/**
 * Speed steps of branch speed13 (the cold analysis), each exact:
 * - a registered list tested on a sentence's own text as a string (`s.raw`, `s.low`) reads that sentence's
 *   combined-pass bits when the text tokenizes to the sentence's keys (vocab/phrase.ts `textBits`): the answer must be
 *   the list's own run on the text, also where the lowercase text tokenizes otherwise ("HTTP://…", "T/M", "İ");
 * - `tocLine` (rules/toc.ts) with its digit and label pre-checks answers as the patterns alone.
 */
import { textFiles } from './textFiles';
import { strict as assert } from 'assert';
import * as fs from 'fs';
import '../../src/core/index';
import { buildDocument } from '../../src/core/document';
import { registeredMatchers } from '../../src/core/vocab/phrase';
import { tokenKeys } from '../../src/core/text/tokens';
import { tokenKey } from '../../src/core/vocab/phrase';
import { tocLine } from '../../src/core/rules/toc';

const TRICKY = [
  'Zie HTTP://WWW.REGIE.NL voor de afspraken en WWW.GEMEENTE.NL of www.gemeente.nl.',
  'De gemeente neemt de regie van 1 T/M 4 januari, t/m het einde van het jaar.',
  'İnwoners in İstanbul en de gemeente werken samen binnen bestaande middelen.',
  'ΟΔΟΣ en ΑΣ.Β: de provincie neemt de regie, het Rijk betaalt.',
  'De raad stelt het plan vast,\r\nen de wethouder\tvoert de regie uit.',
  'Wij streven naar een integrale aanpak met partners, zoals de GGD en het UWV.',
  'Het college gaat samenwerken met de scholen, i.s.m. de WIJKTEAMS en KvK.',
];

describe('speed13: string tests on a sentence text read its combined-pass bits exactly', () => {
  it('every registered list answers on s.raw and s.low as it does alone, on the examples, fixtures and edge texts', () => {
    const matchers = registeredMatchers();
    const texts = [TRICKY.join(' '), ...TRICKY, ...textFiles(['examples', 'test/fixtures/rules'], /\.(md|txt)$/).slice(0, 40).map((f) => fs.readFileSync(f, 'utf8'))];
    let compared = 0, differentKeys = 0;
    for (const text of texts) {
      const doc = buildDocument(text, 'plaintext');
      for (const s of doc.sentences) {
        for (const m of matchers) m.test(s); // the combined pass first, as the readers do
        if (tokenKeys(s.low).join('\u0000') !== s.tokens.map(tokenKey).join('\u0000')) differentKeys++;
        for (const x of [s.raw, s.low, `${s.raw} `]) {
          for (const m of matchers) { assert.equal(m.test(x), m.testAlone(x), `${m.phrases.slice(0, 3).join('|')}: ${x}`); compared++; }
        }
      }
    }
    assert.ok(compared > 10000, `${compared} answers compared`);
    assert.ok(differentKeys > 0, 'some lowercase texts tokenize otherwise (the check must see them)');
  });
});

/** `tocLine` before the pre-checks, as the reference. */
const OPENS_SECTION = /^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u;
const PAGE_THEN_SECTION = /[\p{L}’')]\s+\d{1,3}\s+\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}/gu;
const ENTRY = /^\s*(?:(?:Bijlage|Hoofdstuk|Paragraaf|Deel)\s+)?\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.!?;:]*[\p{L}’')](?:\s+|\s*(?:\.{2,}|…+)\s*)\d{1,3}\s*$/u;
const LEADER_ENTRY = /^\s*\p{Lu}[^!?;:]*?[\p{L}’')]\s*(?:\.{3,}|…+)\s*\d{1,3}\s*$/u;
const CONTENTS = /^\s*(?:\d{1,3}\s+)?(?:Inhoud|INHOUD|Inhoudsopgave|INHOUDSOPGAVE)\s+(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?\p{Lu}/u;
function tocLineReference(raw: string): boolean {
  const n = [...raw.matchAll(PAGE_THEN_SECTION)].length;
  if (n >= 2 || (n === 1 && OPENS_SECTION.test(raw))) return true;
  if (CONTENTS.test(raw)) return true;
  return (ENTRY.test(raw) || LEADER_ENTRY.test(raw)) && raw.trim().split(/\s+/).length <= 14;
}

describe('speed13: tocLine with its pre-checks = the patterns alone', () => {
  it('agrees on contents lines, their near misses and random lines', () => {
    const lines = [
      '3. Aanpak: samenhang 12 3.1 Wijken: meer regie 14 3.2 Geld 15', '1 Inleiding 3 1.1 Aanleiding 4', 'Inhoud Samenvatting Inleiding Aanpak',
      'INHOUDSOPGAVE 1 Inleiding', '2 Versterken regierol gemeenten 8', 'Bijlage 2 Begrippen 31', 'Bijlage 2 Begrippen 30', 'Regie op de uitvoering ..... 21', 'Regie op de uitvoering ..... 20', 'Regie op de uitvoering ..... 9',
      'Regie op de uitvoering … 21 ', 'Regie op de uitvoering ..... 21\u00a0', 'Regie op de uitvoering ..... 21\u2028', 'Regie op de uitvoering ..... 21\ufeff',
      'Regie op de uitvoering ..... 21x', 'De gemeente neemt de regie.', '2 Versterken', 'inhoud samenvatting', 'Hoofdstuk 4 Geld en mensen 17',
      'De 12 wethouders 3.1 Wijken', 'In 2026 doen we 12 3.1 Dingen en 4 4.2 Meer', '', ' ', '١٢ Inleiding ٣',
    ];
    let seed = 11;
    const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const P = ['1', '12', '3.1', '4.2.1', '10', '20', '9', ' ', '  ', '.', '...', '…', 'Inhoud', 'INHOUD', 'Bijlage', 'Regie', 'wijken', 'De', ':', '?', "'", '’', ')', '\u00a0', '\t', '\n'];
    for (let k = 0; k < 20000; k++) { let t = ''; const n = 1 + Math.floor(rnd() * 10); for (let i = 0; i < n; i++) t += P[Math.floor(rnd() * P.length)] + (rnd() < 0.5 ? ' ' : ''); lines.push(t); }
    let yes = 0;
    for (const l of lines) { const want = tocLineReference(l); assert.equal(tocLine(l), want, JSON.stringify(l)); if (want) yes++; }
    assert.ok(yes > 50, `${yes} contents lines among the random ones`);
  });
});
