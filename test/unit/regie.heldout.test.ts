/**
 * A small held-out check of the regie reading: sentences written by the lead after the regie/hol rule was
 * finished, following the patterns of guide/judgement.md §5 with new wording and invented places, and never
 * used to tune anything. It guards against a rule that only fits the evaluation set.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';

const CASES: Array<[string, 'hol' | 'niet hol']> = [
  ['Het waterschap pakt de regie op de klimaatadaptatie in de polder.', 'hol'],
  ['De regie op de jeugdketen wordt versterkt.', 'hol'],
  ['Gezamenlijk houden de partners de regie op het programma.', 'hol'],
  ['Kernwoorden zijn vertrouwen, samenhang en sterke regie.', 'hol'],
  ['Waar mogelijk komt er meer regie vanuit de regio.', 'hol'],
  ['De provincie Zeeveld voert de regie op de woningbouw en stelt daarvoor € 3 miljoen en twee fte beschikbaar.', 'niet hol'],
  ['Onder regie van de gemeente Hoornveld maken de school en de jeugdarts vóór 1 september 2027 een signaleringsplan.', 'niet hol'],
  ['Mantelzorgers houden zelf de regie over hun eigen zorgplan.', 'niet hol'],
  ['De casusregisseur stelt binnen vijf werkdagen met het gezin één plan op.', 'niet hol'],
  ['De wethouder voert procesregie: zij bewaakt zonder eigen belang de voortgang van het convenant.', 'niet hol'],
];

describe('regie/hol on held-out sentences', () => {
  for (const [sentence, want] of CASES) {
    it(`${want}: ${sentence}`, () => {
      const text = `# Notitie\n\n${sentence}\n\nInwoners van Hoornveld merken hier veel van. De partners betalen samen.\n`;
      const got = analyze(text).findings.some((f) => f.rule === 'regie/hol') ? 'hol' : 'niet hol';
      assert.equal(got, want);
    });
  }
});
