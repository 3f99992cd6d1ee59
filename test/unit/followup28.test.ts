/**
 * Goals worked out in the next section (twenty-seventh session; src/core/read/followup.ts, input `followUp`): a goal
 * under "Wat willen we bereiken?" whose sibling section "Wat gaan we daarvoor doen?" (or "Beoogde resultaten",
 * "Indicatoren") holds acts, numbers or dates is not left without a measure (doel/vaag); so inside one section with
 * label lines. Contrast pairs with invented texts, and the cache property for the new input: the value of a section
 * depends on the section after it, so an Analyzer must give what a fresh analysis gives after edits there.
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { analyze, RULES } from '../../src/core';
import type { Rule, SentenceRule } from '../../src/core/rules/types';
import { setNumericKeyDropForTests, setRuleCarryLooseForTests } from '../../src/core/scope';
import { fcParams } from '../fixtures/hostile/support';
import { no, yes } from './contrast';
import { sectionProperty } from './incremental.harness';

const GOAL = 'We willen dat inwoners zich veiliger voelen in hun wijk.';
const ACTS = '- In 2027 plaatsen we 40 extra lantaarnpalen in het Lindepark.\n- De wijkagent houdt elke week spreekuur in het buurthuis.';
const VAGUE = 'We zetten in op meer samenwerking en een betere sfeer in de buurt.';
const doc = (...parts: string[]): string => `# Programma Veilig Kreekhaven\n\n${parts.join('\n\n')}\n`;

describe('followUp contrast: goals worked out in the section after them (doel/vaag)', () => {
  it('a sibling section of acts, results or indicators with a number, a date or a concrete act takes the goal up', () => {
    no(doc('## Wat willen we bereiken?', GOAL, '## Wat gaan we daarvoor doen?', ACTS), 'doel/vaag');
    no(doc('## Doelen', GOAL, '## Beoogde resultaten', 'In 2028 is het aantal woninginbraken met 20 procent gedaald.'), 'doel/vaag');
    no(doc('## Ambitie', GOAL, '## Indicatoren', '- Veiligheidsgevoel in de wijkmonitor: van 6,4 in 2024 naar 7,0 in 2028.'), 'doel/vaag');
    // Its first subsection as well.
    no(doc('## Wat willen we bereiken?', GOAL, '### Wat gaan we daarvoor doen?', ACTS), 'doel/vaag');
  });
  it('a section after it of another kind, or one that stays as vague, leaves the goal without a measure', () => {
    yes(doc('## Wat willen we bereiken?', GOAL, '## Achtergrond', 'De wijk kent veel oude woningen. In 2020 woonden er 4.000 mensen.'), 'doel/vaag');
    yes(doc('## Wat willen we bereiken?', GOAL, '## Wat gaan we daarvoor doen?', VAGUE), 'doel/vaag');
    // Not below a goal heading: the heading above says nothing of goals.
    yes(doc('## Veiligheid', GOAL, '## Wat gaan we daarvoor doen?', ACTS), 'doel/vaag');
    // A section further on does not count: the sibling right after the goals must work them out.
    yes(doc('## Wat willen we bereiken?', GOAL, '## Achtergrond', 'De wijk kent veel oude woningen.', '## Wat gaan we daarvoor doen?', ACTS), 'doel/vaag');
  });
  it('label lines inside one section (bold lines, a converted document) are read as the headings', () => {
    no(doc('**Wat willen we bereiken?**', GOAL, '**Wat gaan we daarvoor doen?**', ACTS), 'doel/vaag');
    no(`Programma Veilig Kreekhaven\n\nWat willen we bereiken?\n\n${GOAL}\n\nWat gaan we daarvoor doen?\n\nIn 2027 plaatsen we 40 extra lantaarnpalen in het Lindepark.\n`, 'doel/vaag');
    yes(doc('**Wat willen we bereiken?**', GOAL, '**Wat gaan we daarvoor doen?**', VAGUE), 'doel/vaag');
    // Another label between the goal and the acts closes the goal's part.
    yes(doc('**Wat willen we bereiken?**', GOAL, '**Achtergrond**', 'De wijk kent veel oude woningen.', '**Wat gaan we daarvoor doen?**', ACTS), 'doel/vaag');
    // A goal under no label.
    yes(doc(GOAL, '**Wat gaan we daarvoor doen?**', ACTS), 'doel/vaag');
  });
  it('only the goal section is taken up: a vague aim in the acts section stays, though indicators follow it', () => {
    yes(doc('## Wat willen we bereiken?', 'In 2028 voelt 80 procent van de inwoners zich veilig.', '## Wat gaan we daarvoor doen?', VAGUE, '## Indicatoren', '- Veiligheidsgevoel: 7,0 in 2028.'), 'doel/vaag');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The cache property for the input: a sentence rule that writes the value into its message, over documents of goal,
// acts and other sections whose headings and sentences are edited.

const firstWord = (s: { tokens: Array<{ kind: string; start: number; end: number }> }) => s.tokens.find((t) => t.kind === 'word')!;
const followRule: SentenceRule = {
  id: 'test/vervolg', key: null, defaultSeverity: 'info', scope: 'sentence', book: '-', title: { nl: 't', en: 't' },
  message: { nl: 'vervolg {v}: {text}', en: 'follow-up {v}: {text}' },
  explanation: { nl: '-', en: '-' }, fix: { nl: '-', en: '-' }, examples: { bad: [], good: [] },
  inputs: ['followUp'],
  check(s, ctx, report) {
    const w = firstWord(s);
    report({ start: w.start, end: w.end, data: { v: String(ctx.followUp(s)) } });
  },
};
const RULESET: readonly Rule[] = [...RULES, followRule];

const POOL = [GOAL, 'In 2027 plaatsen we 40 extra lantaarnpalen in het Lindepark.', VAGUE, 'De wijk kent veel oude woningen.', 'De wijkagent houdt elke week spreekuur in het buurthuis.'];
const TITLES = ['Wat willen we bereiken?', 'Wat gaan we daarvoor doen?', 'Achtergrond', 'Doelen', 'Indicatoren'];

interface Section { level: number; title: number; paragraphs: number[][] }
const render = (sections: Section[]): string => sections.flatMap((s) => [`${'#'.repeat(s.level)} ${TITLES[s.title]}`, ...s.paragraphs.map((p) => p.map((i) => POOL[i]).join(' '))]).join('\n\n') + '\n';
const incrementalIsFresh = sectionProperty(POOL, TITLES, RULESET, { levels: [2, 3], paragraph: 2, paragraphs: 2, sections: [2, 5], levelEdits: true });

describe('property: the followUp input is part of the cache key (incremental = fresh by construction)', function () {
  this.timeout(180_000);

  it('the test rule reads the input: the same goal with acts after it and with background after it', () => {
    const msg = (t: string) => analyze(t, { rules: RULESET }).findings.find((f) => f.rule === 'test/vervolg' && f.text === 'We')?.message;
    assert.equal(msg(render([{ level: 2, title: 0, paragraphs: [[0]] }, { level: 2, title: 1, paragraphs: [[1]] }])), 'vervolg true: We');
    assert.equal(msg(render([{ level: 2, title: 0, paragraphs: [[0]] }, { level: 2, title: 2, paragraphs: [[1]] }])), 'vervolg false: We');
  });

  it('random edits of headings, levels and sentences: Analyzer = fresh analysis', () => {
    fc.assert(incrementalIsFresh, fcParams(150));
  });

  it('fails when the numeric key leaves the input out (the test can fail)', () => {
    setNumericKeyDropForTests('followUp');
    try {
      assert.ok(fc.check(incrementalIsFresh, fcParams(150)).failed, 'a numeric key without "followUp" went unnoticed');
    } finally {
      setNumericKeyDropForTests(undefined);
    }
  });

  it('fails when a carried sentence is not checked for the input\'s value (the test can fail)', () => {
    setRuleCarryLooseForTests('followUp');
    try {
      assert.ok(fc.check(incrementalIsFresh, fcParams(150)).failed, 'a carry without the follow-up check went unnoticed');
    } finally {
      setRuleCarryLooseForTests(undefined);
    }
  });

  it('a rule that reads the input without declaring it fails', () => {
    const undeclared: SentenceRule = { ...followRule, id: 'test/onverklaard', inputs: [] };
    assert.throws(() => analyze(render([{ level: 2, title: 0, paragraphs: [[0]] }]), { rules: [undeclared], strict: true }), /does not declare/);
  });
});
