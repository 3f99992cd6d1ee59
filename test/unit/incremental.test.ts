/**
 * The Analyzer reuses per-sentence results between analyses: sentences of unchanged blocks, sentence-rule
 * findings (placed again when only their offset, line or column moved), rule findings keyed by their scope unit and
 * inputs (src/core/scope.ts), and the regie reading of each claim keyed by the sentences around it (neighbours, heading, list
 * lead-in) and by who "we" is. Each step below changes exactly one such piece of context far from or next to an
 * unchanged sentence; after every step the cached result must equal a fresh analysis.
 */
import { strict as assert } from 'assert';
import { analyze, Analyzer } from '../../src/core';

const BASE = [
  '# Taken van de GGD',
  '',
  'De regie omvat een budget van € 2 miljoen.',
  '',
  'De gemeente doet het volgende:',
  '',
  '- regie met een projectleider voor de wijk',
  '- regie op de samenhang',
  '',
  'Het college zegt het volgende:',
  'De regie ligt bij ons. We voeren de regie en maken afspraken.',
  '',
  'Er is een Regietafel Jeugd. De Regietafel Jeugd stelt jaarlijks het jeugdplan vast.',
  '',
  'De procesregisseur bewaakt de voortgang. De procesregisseur rapporteert elk kwartaal.',
  '',
  'Alle partijen zorgen voor een sluitende aanpak. We werken samen aan een integrale aanpak met synergie en verbinding.',
  'De partners stemmen hun plannen op elkaar af.',
  '',
  'Partijen maken voldoende capaciteit vrij voor de uitvoering.',
  '',
  'De gemeente neemt de regie. De provincie trekt de regie naar zich toe.',
  '',
  'De regie ligt bij de gemeente.',
  '',
  'Zij krijgt niets.',
  '',
  'De Netwerkregie wordt ingesteld.',
  '',
  'Dit is een inleiding. We willen de leefbaarheid in de wijk verbeteren. We bouwen 600 woningen in vier jaar. Dat is veel.',
  '',
].join('\n');

/** Each step: [what changes, the text after it]. Applied in order; each builds on the previous text. */
const STEPS: Array<[string, (t: string) => string]> = [
  ['heading loses its actor', (t) => t.replace('# Taken van de GGD', '# Taken')],
  ['heading gets an actor back', (t) => t.replace('# Taken', '# Taken van de provincie')],
  ['list lead-in loses its actor', (t) => t.replace('De gemeente doet het volgende:', 'Dit gebeurt er:')],
  ['list lead-in gets an actor', (t) => t.replace('Dit gebeurt er:', 'Het waterschap doet het volgende:')],
  ['"we" becomes one party far away', (t) => `${t}\nWij als gemeente staan hiervoor.\n`],
  ['"we" is no longer defined', (t) => t.replace('Wij als gemeente staan hiervoor.', 'Dat staat vast.')],
  ['several parties speak', (t) => `${t}\nPartijen komen het volgende overeen. De partners delen kennis. De ketenpartners overleggen.\n`],
  ['the founding clause goes', (t) => t.replace('Er is een Regietafel Jeugd. ', '')],
  ['the founding clause comes back', (t) => t.replace('De Regietafel Jeugd stelt', 'Er is een Regietafel Jeugd. De Regietafel Jeugd stelt')],
  ['a role is introduced earlier', (t) => t.replace('De regie omvat', 'De procesregisseur start. De regie omvat')],
  ['the neighbour block gains means', (t) => t.replace('Het college zegt het volgende:', 'Het college zegt het volgende en heeft mandaat:')],
  ['a neighbour sentence in the next block', (t) => t.replace('Partijen maken voldoende capaciteit vrij voor de uitvoering.', 'Partijen maken voldoende capaciteit vrij voor de uitvoering.\nHet gaat om 2 fte per partner.')],
  ['blocks merge', (t) => t.replace('De regie omvat een budget van € 2 miljoen.\n\n', 'De regie omvat een budget van € 2 miljoen.\n')],
  ['blocks split', (t) => t.replace('De procesregisseur bewaakt de voortgang. ', 'De procesregisseur bewaakt de voortgang.\n\n')],
  ['lines inserted above (lines and columns move)', (t) => t.replace('# Taken', 'Inleiding.\n\n\n# Taken')],
  ['text inserted on the same line (columns move)', (t) => t.replace('De gemeente neemt de regie.', 'Vanaf nu: de gemeente neemt de regie.')],
  ['a heading between claim and neighbour', (t) => t.replace('De partners stemmen', '## Afspraken\n\nDe partners stemmen')],
  ['the heading goes again', (t) => t.replace('## Afspraken\n\n', '')],
  ['a sentence becomes a question', (t) => t.replace('Alle partijen zorgen voor een sluitende aanpak.', 'Alle partijen zorgen voor een sluitende aanpak?')],
  ['the next block (not the same block) gains means', (t) => t.replace('Zij krijgt niets.', 'Zij krijgt mandaat.')],
  ['and loses them again', (t) => t.replace('Zij krijgt mandaat.', 'Zij krijgt niets.')],
  ['a body is introduced in an earlier block (its later founding clause becomes a name)', (t) => t.replace('De regie ligt bij de gemeente.', 'Er is een Netwerkregie. De regie ligt bij de gemeente.')],
  ['that introduction goes', (t) => t.replace('Er is een Netwerkregie. ', '')],
  ['a line break for a space (offsets stay, lines move)', (t) => t.replace('De regie omvat een', 'De regie omvat\neen')],
  ['the next sentence in the block loses its measure (the sentence before it is kept otherwise)', (t) => t.replace('We bouwen 600 woningen in vier jaar.', 'We bouwen woningen.')],
  ['the first sentence of that block changes', (t) => t.replace('Dit is een inleiding.', 'Dit is de inleiding.')],
  ['the measure comes back', (t) => t.replace('We bouwen woningen.', 'We bouwen 600 woningen in vier jaar.')],
  ['a disable comment above', (t) => t.replace('Partijen maken voldoende', '<!-- regiecheck-disable zwitsers/vaag -->\nPartijen maken voldoende')],
];

describe('incremental analysis (cached per sentence and context) = fresh analysis', () => {
  for (const format of ['markdown', 'plaintext'] as const) {
    it(`after each context change (${format})`, () => {
      const an = new Analyzer();
      let text = BASE;
      assert.deepEqual(an.analyze(text, { format }), analyze(text, { format }));
      for (const [what, edit] of STEPS) {
        const next = edit(text);
        assert.notEqual(next, text, `step "${what}" changes the text`);
        text = next;
        assert.deepEqual(an.analyze(text, { format }), analyze(text, { format }), what);
        // And once more unchanged: the second analysis reuses everything.
        assert.deepEqual(an.analyze(text, { format, locale: 'en' }), analyze(text, { format, locale: 'en' }), `${what} (en)`);
      }
    });
  }

  it('after each step undone in reverse order', () => {
    const an = new Analyzer();
    const texts = [BASE];
    for (const [, edit] of STEPS) texts.push(edit(texts[texts.length - 1]));
    for (const t of [...texts, ...texts.slice().reverse()]) assert.deepEqual(an.analyze(t), analyze(t));
  });
});

describe('an Analyzer result is the caller\'s own (speed14: the regie readings are copied from one copy per reading)', () => {
  it('changing a result changes no later result', () => {
    const an = new Analyzer();
    let text = BASE;
    for (const [what, edit] of STEPS) {
      const mine = an.analyze(text);
      // The caller changes what it got: every regie reading, and every finding.
      for (const r of mine.regie) { r.line = -1; r.start = -1; (r as { word: string }).word = 'x'; }
      for (const f of mine.findings) { f.line = -1; f.message = 'x'; }
      text = edit(text);
      assert.deepEqual(an.analyze(text), analyze(text), what);
    }
  });
});
