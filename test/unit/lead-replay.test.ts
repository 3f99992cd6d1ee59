/**
 * The lead reading's replay (src/core/profile/lead.ts `replayedOps`, speed14): an Analyzer's next model takes the
 * previous model's part of a block in the unchanged start and end instead of comparing its key. The property: after
 * random chains of edits of documents with headings, list lead-ins ("… het volgende:"), list items that act, short
 * bare lines (a unit's title-line test reads the blocks next to it) and sentences that make the text an agreement or
 * a regulation (the narrative flag the units read), the lead reading of the Analyzer's model equals that of a fresh
 * model. Each replay condition, dropped by hand, fails it (noted in bench/notes.md, speed14).
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { buildDocument, SentenceCache, type DocModel } from '../../src/core/document';
import { readRegie } from '../../src/core/regie';
import { leadReading } from '../../src/core/profile/lead';
import { fcParams } from '../fixtures/hostile/support';

const SENTENCES = [
  'De gemeente neemt de regie.',
  'De gemeente stelt het budget beschikbaar.',
  'De provincie organiseert het overleg met de partners.',
  'Wij verstrekken een subsidie aan de wijkteams.',
  'De woningcorporaties bouwen 300 woningen.',
  'Partijen komen het volgende overeen.',
  'Het college stelt de regels vast.',
  'Gemeenten werken steeds vaker samen.',
  'Artikel 1. Het college verleent de subsidie.',
  'Deze regeling treedt in werking op 1 januari.',
];
const LEADINS = ['De gemeente doet het volgende:', 'De provincie heeft tot taak:', 'Wij zorgen voor het volgende:', 'Daarnaast geldt het volgende.'];
const ITEMS = ['het budget beschikbaar stellen', 'de partners bijeenbrengen', 'De GGD levert 2 fte', 'toezicht houden op de uitvoering'];
const LINES = ['Uitvoering', 'De gemeente betaalt alles', 'Wij organiseren het overleg', 'Rolverdeling partners'];
const HEADINGS = ['# Afspraken', '## Taken', '# Achtergrond', '## Begripsbepalingen'];

type Block = { kind: 'p' | 'lead' | 'li' | 'line' | 'h'; v: number[] };
const render = (blocks: Block[]): string => blocks.map((b) => {
  switch (b.kind) {
    case 'p': return b.v.map((i) => SENTENCES[i % SENTENCES.length]).join(' ');
    case 'lead': return LEADINS[b.v[0] % LEADINS.length];
    case 'li': return b.v.map((i) => `- ${ITEMS[i % ITEMS.length]}`).join('\n');
    case 'line': return LINES[b.v[0] % LINES.length];
    case 'h': return HEADINGS[b.v[0] % HEADINGS.length];
  }
}).join('\n\n') + '\n';

const vArb = fc.array(fc.nat(9), { minLength: 1, maxLength: 3 });
const blockArb = fc.record({ kind: fc.constantFrom('p', 'p', 'lead', 'li', 'li', 'line', 'h'), v: vArb }) as fc.Arbitrary<Block>;
const editArb = fc.record({ op: fc.constantFrom('set', 'kind', 'insert', 'delete', 'letter'), b: fc.nat(), k: fc.nat(), x: fc.nat(9), kind: fc.constantFrom('p', 'lead', 'li', 'line', 'h') });
type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function apply(blocks: Block[], text: string, e: Edit): string | undefined {
  const bi = e.b % blocks.length, b = blocks[bi];
  switch (e.op) {
    case 'set': b.v[e.k % b.v.length] = e.x; break;
    case 'kind': b.kind = e.kind as Block['kind']; break;
    case 'insert': blocks.splice(bi, 0, { kind: e.kind as Block['kind'], v: [e.x] }); break;
    case 'delete': if (blocks.length > 1) blocks.splice(bi, 1); break;
    case 'letter': {
      const pos = (e.k * 7919) % text.length;
      if (text[pos] === '\n') return text;
      return text.slice(0, pos) + 'eaoint:'[e.x % 7] + text.slice(pos + 1);
    }
  }
  return undefined;
}

const reading = (doc: DocModel): string => {
  const r = leadReading(doc, readRegie(doc));
  const idx = (xs: Array<{ index: number }>) => xs.map((s) => s.index);
  return JSON.stringify({
    heads: r.heads, source: r.source, others: r.others, ownMeans: idx(r.ownMeans),
    acts: Object.fromEntries(Object.entries(r.acts).map(([k, v]) => [k, idx(v)])), tasks: r.tasks.map(([a, s]) => [a, s.index]),
  });
};

describe('lead reading: the replay of unchanged blocks = a fresh reading', function () {
  this.timeout(180_000);
  it('random chains of edits', () => {
    fc.assert(fc.property(fc.array(blockArb, { minLength: 2, maxLength: 10 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (start, edits) => {
      const blocks = start.map((b) => ({ ...b, v: [...b.v] }));
      const cache = new SentenceCache();
      let text = render(blocks);
      for (let step = 0; step <= edits.length; step++) {
        const doc = buildDocument(text, 'markdown', cache);
        assert.equal(reading(doc), reading(buildDocument(text, 'markdown')), `after ${step} edits`);
        if (step < edits.length) text = apply(blocks, text, edits[step]) ?? render(blocks);
      }
    }), fcParams(600));
  });
});
