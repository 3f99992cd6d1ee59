/**
 * A foreword commits nothing of its own (twenty-eighth session; section role `foreword`, src/core/read/unit.ts). A
 * portfolio holder or director introduces the document in a personal voice ("Voorwoord", "Woord vooraf", "Ten
 * geleide") and points to its body, where goals, partners and means are laid down: a vague goal, a hedge or a wish to
 * collaborate there is not yet the document's commitment. Contrast pairs with invented texts: the same sentences in
 * an introduction, a goal section or the body stay flagged; so does a hollow regie claim, which is read by its holder
 * and means, not by the voice of the section.
 */
import { strict as assert } from 'assert';
import { buildDocument } from '../../src/core/document';
import { blockRoles, unitOf } from '../../src/core/read/unit';
import { no, yes } from './contrast';

const GOAL = 'We willen dat inwoners zich veiliger voelen in hun wijk.';
const COLLAB = 'We gaan de samenwerking versterken.';
const HEDGE = 'Waar mogelijk betrekken we inwoners bij de plannen.';
const doc = (...parts: string[]): string => `# Veiligheidsplan Kreekhaven 2026-2029\n\n${parts.join('\n\n')}\n`;

describe('foreword contrast: a foreword introduces, the body lays down', () => {
  it('a vague goal, a wish to collaborate or a hedge in a foreword is not flagged', () => {
    no(doc('## Voorwoord', GOAL, '## 1. Aanpak', 'De wijkagent houdt elke week spreekuur in het buurthuis.'), 'doel/vaag');
    no(doc('## Woord vooraf', COLLAB), 'eigenaar/samenwerken');
    no(doc('## Ten geleide', HEDGE), 'taal/voorbehoud');
  });
  it('the same sentences in the body, a goal section or an introduction are flagged', () => {
    yes(doc('## Wat willen we bereiken?', GOAL), 'doel/vaag');
    yes(doc('## Inleiding', GOAL), 'doel/vaag');
    yes(doc('## Samenwerking', COLLAB), 'eigenaar/samenwerken');
    yes(doc('## Aanpak', HEDGE), 'taal/voorbehoud');
  });
  it('the foreword ends at the next heading of its level or at a numbered chapter below it', () => {
    yes(doc('## Voorwoord', 'Met trots bieden wij u dit plan aan.', '## Doelen', GOAL), 'doel/vaag');
    yes(doc('## Voorwoord', 'Met trots bieden wij u dit plan aan.', '### 1. Doelen', GOAL), 'doel/vaag');
    yes(doc('## Voorwoord', 'Met trots bieden wij u dit plan aan.', '### Hoofdstuk 2 Doelen', GOAL), 'doel/vaag');
    // An unnumbered subheading belongs to the foreword.
    no(doc('## Voorwoord', 'Met trots bieden wij u dit plan aan.', '### Samen verder', GOAL), 'doel/vaag');
  });
  it('a hollow regie claim in a foreword stays flagged', () => {
    yes(doc('## Voorwoord', 'De gemeente neemt de regie.'), 'regie/hol');
  });
  it('the role: from the heading, from a label line of a converted text, and never a commitment', () => {
    const text = doc('## Voorwoord', GOAL, '### Samen verder', COLLAB, '## 1. Aanpak', 'De gemeente opent in 2027 een meldpunt.');
    const d = buildDocument(text, 'markdown');
    const roles = blockRoles(d);
    const at = (needle: string) => d.sentences.findIndex((s) => s.raw.includes(needle));
    assert.equal(roles[d.sentences[at('veiliger')].block], 'foreword');
    assert.equal(roles[d.sentences[at('samenwerking')].block], 'foreword');
    assert.equal(roles[d.sentences[at('meldpunt')].block], 'body');
    assert.equal(unitOf(d, at('veiliger')).commits, false);
    assert.equal(unitOf(d, at('meldpunt')).commits, true);
    const plain = buildDocument(`Veiligheidsplan Kreekhaven\n\nVoorwoord\n\n${GOAL}\n`, 'plaintext');
    assert.equal(blockRoles(plain)[plain.sentences.find((s) => s.raw.includes('veiliger'))!.block], 'foreword');
  });
});
