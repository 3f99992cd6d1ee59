/**
 * The speaker facts of an Analyzer's model replay the previous model's facts when the edit cannot have changed them
 * (src/core/profile/speaker.ts `replayedSpeaker`: as many sentences, the replaced sentences with the same cue bits,
 * "we" count, words and heading flag, after the title, the first twelve sentences and the preamble, and none of them
 * evidence). The property: after random edits of documents full of speaker formulas (enacting and agreement formulas,
 * openings that name the body, signatures, "hierna:", article headings, "we"), the facts of the model built after the
 * edit equal those of a fresh model (every number and string, the evidence by sentence index), and the Analyzer's whole
 * result equals a fresh analysis.
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, Analyzer } from '../../src/core';
import { buildDocument, SentenceCache } from '../../src/core/document';
import { speakerFacts, type SpeakerFacts } from '../../src/core/profile/speaker';
import { fcParams } from '../fixtures/hostile/support';

const POOL = [
  'De minister van Binnenlandse Zaken,',
  'Gelet op artikel 3 van de Gemeentewet;',
  'Besluit:',
  'Partijen komen het volgende overeen.',
  'De gemeente Holtwaard, hierna: de gemeente, en de GGD, hierna: de GGD.',
  'Aldus overeengekomen en in tweevoud ondertekend.',
  'Wij, de raad van de gemeente Holtwaard, besluiten het volgende.',
  'Het college stelt de raad voor het plan vast te stellen.',
  'We bouwen 600 woningen in vier jaar.',
  'Wij zorgen samen met de partners voor een goede aanpak.',
  'De wijkteams pakken de signalen binnen twee weken op.',
  'In 2020 was er een tekort aan woningen.',
  'Met deze circulaire informeer ik u over de nieuwe regels.',
  'De coalitie wil de regie nemen.',
];
/** Each sentence of the pool with one word changed (the same number of words): another name, "we" or not, raad or staten. */
const VARIANTS = [
  'De minister van Buitenlandse Zaken,',
  'Gelet op artikel 4 van de Gemeentewet;',
  'Besluit:',
  'Partijen komen het volgende overeen.',
  'De gemeente Hiltwaard, hierna: de gemeente, en de GGD, hierna: de GGD.',
  'Aldus overeengekomen en in drievoud ondertekend.',
  'Wij, de raad van de gemeente Hiltwaard, besluiten het volgende.',
  'Het college stelt de staten voor het plan vast te stellen.',
  'Ze bouwen 600 woningen in vier jaar.',
  'Zij zorgen samen met de partners voor een goede aanpak.',
  'De wijkteams pakken de signalen binnen drie weken op.',
  'In 2021 was er een tekort aan woningen.',
  'Met deze brief informeer ik u over de nieuwe regels.',
  'De provincie wil de regie nemen.',
];
const HEADS = ['# Artikel 1', '# Artikel 2', '## Toelichting', '## Uitvoering'];

type Item = { head: boolean; i: number; v: boolean };
const itemArb: fc.Arbitrary<Item> = fc.record({ head: fc.boolean(), i: fc.nat(50), v: fc.boolean() });
const docArb = fc.array(itemArb, { minLength: 14, maxLength: 40 });
const render = (items: Item[]): string => items.map((x) => (x.head && x.i % 4 === 0 ? HEADS[x.i % HEADS.length] : (x.v ? VARIANTS : POOL)[x.i % POOL.length])).join('\n\n') + '\n';

type Edit = { at: number; kind: number; i: number };
const editArb: fc.Arbitrary<Edit> = fc.record({ at: fc.nat(60), kind: fc.nat(4), i: fc.nat(50) });
function apply(items: Item[], e: Edit): Item[] {
  const out = items.slice();
  const k = e.at % out.length;
  if (e.kind === 0) out[k] = { head: false, i: e.i, v: false };
  else if (e.kind === 1) out.splice(k, 0, { head: e.i % 3 === 0, i: e.i, v: false });
  else if (e.kind === 2 && out.length > 2) out.splice(k, 1);
  else if (e.i % 2 === 0) out[k] = { ...out[k], v: !out[k].v };
  else out[k] = { ...out[k], head: !out[k].head };
  return out;
}
/** A letter changed inside the text (a word can become another word or none). */
function letter(text: string, at: number): string {
  const pos = Math.floor((at / 61) * text.length);
  return /\p{L}/u.test(text[pos] ?? '') ? text.slice(0, pos) + (text[pos] === 'x' ? 'y' : 'x') + text.slice(pos + 1) : text;
}

const plain = (f: SpeakerFacts) => ({
  ...f,
  speaker: { ...f.speaker, evidence: f.speaker.evidence.map((s) => s.index) },
  cues: Object.fromEntries(Object.entries(f.cues).map(([k, v]) => [k, v.map((s) => s.index)])),
});

describe('speaker facts replayed after an edit (= the facts of a fresh model)', function () {
  this.timeout(120000);

  it('random edits of documents full of speaker formulas: the facts equal a fresh model\'s', () => {
    fc.assert(fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 6 }), (start, edits) => {
      const cache = new SentenceCache();
      let items = start;
      speakerFacts(buildDocument(render(items), 'markdown', cache));
      for (const e of edits) {
        items = apply(items, e);
        let text = render(items);
        if (e.kind === 4) text = letter(text, e.at);
        const doc = buildDocument(text, 'markdown', cache);
        assert.deepStrictEqual(plain(speakerFacts(doc)), plain(speakerFacts(buildDocument(text, 'markdown'))), text);
      }
    }), fcParams(300));
  });

  // Minimal pairs for what the bits do not show: the name in an opening of the preamble, the parties defined with
  // "hierna:" in the preamble (their actors are read), and the text of a proposal that is evidence ("staten" names the
  // proposer), each changed with the same bits, words and "we".
  const filler = Array.from({ length: 100 }, (_, i) => `Zin ${i} over de wijk en het werk.`);
  const pairs: Array<[string, string[], string[]]> = [
    ['the opening that names the body, just after the first twelve sentences (in the preamble)',
      [...filler.slice(0, 13), 'De minister van Binnenlandse Zaken,', 'Gelet op artikel 3 van de Gemeentewet;', 'Besluit:', ...filler.slice(13)],
      [...filler.slice(0, 13), 'De minister van Buitenlandse Zaken,', 'Gelet op artikel 3 van de Gemeentewet;', 'Besluit:', ...filler.slice(13)]],
    ['parties defined with "hierna:" just after the first twelve sentences (in the preamble, which reads their actors)',
      [...filler.slice(0, 13), 'De gemeente Holtwaard, hierna: de gemeente, en de GGD, hierna: de GGD.', ...filler.slice(13)],
      [...filler.slice(0, 13), 'Het plan zelf, hierna: het plan, en de tekst, hierna: de tekst.', ...filler.slice(13)]],
    ['the author named in the first twelve sentences, after an article heading that ends the preamble at once',
      ['# Artikel 1', ...Array.from({ length: 7 }, (_, i) => `We werken aan punt ${i} in de wijk.`), 'Het college werkt hieraan.', ...Array.from({ length: 60 }, (_, i) => `We werken aan punt ${i + 7} in de wijk.`)],
      ['# Artikel 1', ...Array.from({ length: 7 }, (_, i) => `We werken aan punt ${i} in de wijk.`), 'Het kollege werkt hieraan.', ...Array.from({ length: 60 }, (_, i) => `We werken aan punt ${i + 7} in de wijk.`)]],
    ['a sentence with "we" after the preamble that becomes a heading (the author\'s evidence skips headings)',
      [...filler.slice(0, 20), 'We werken aan de wijk.', ...Array.from({ length: 40 }, (_, i) => `Wij werken aan punt ${i}.`)],
      [...filler.slice(0, 20), '# We werken aan de wijk.', ...Array.from({ length: 40 }, (_, i) => `Wij werken aan punt ${i}.`)]],
    ['a proposal that is evidence, after the preamble',
      [...filler.slice(0, 20), 'Het college stelt de raad voor het plan van de staten vast te stellen.', ...filler.slice(20)],
      [...filler.slice(0, 20), 'Het college stelt de raad voor het plan van de wijken vast te stellen.', ...filler.slice(20)]],
  ];
  for (const [what, a, b] of pairs) {
    it(`a minimal pair: ${what}`, () => {
      for (const [x, y] of [[a, b], [b, a]]) {
        const cache = new SentenceCache();
        speakerFacts(buildDocument(x.join('\n\n') + '\n', 'markdown', cache));
        const text = y.join('\n\n') + '\n';
        const fresh = speakerFacts(buildDocument(text, 'markdown'));
        assert.deepStrictEqual(plain(speakerFacts(buildDocument(text, 'markdown', cache))), plain(fresh));
      }
    });
  }

  it('random edits through the Analyzer: = a fresh analysis', () => {
    fc.assert(fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 4 }), (start, edits) => {
      const an = new Analyzer();
      let items = start;
      an.analyze(render(items), { format: 'markdown' });
      for (const e of edits) {
        items = apply(items, e);
        const text = render(items);
        assert.deepStrictEqual(an.analyze(text, { format: 'markdown' }), analyze(text, { format: 'markdown' }), text);
      }
    }), fcParams(40));
  });
});
