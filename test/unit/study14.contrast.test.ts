/**
 * Contrast suites of the thirteenth session (issue 13); every sentence, place and organisation here is invented.
 * - Regie holder: "dat" after a verb, adjective or adverb opens a complement clause whose own subject holds the regie
 *   ("Het kabinet wil dat de bewindspersoon de regie voert"); only after a noun is it a relative pronoun whose
 *   antecedent holds ("het bureau dat de regie voert"). "Bewindspersoon" is a role like "minister".
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';

const nota = (body: string): string => `# Nota wijkaanpak Kreekhaven\n\nDeze nota beschrijft de aanpak van de gemeente.\n\n## Aanpak\n\n${body}\n`;

/** The actors named in the regie/hol messages of a text. */
const holders = (text: string): string[] =>
  analyze(text).findings.filter((f) => f.rule === 'regie/hol').map((f) => /"([^"]+)" claimt/.exec(f.message)?.[1] ?? '(geen)');

describe('study14 contrast: who holds the regie in a clause opened by "dat"', () => {
  it('a complement clause after a verb: its own subject holds, not the main clause\'s', () => {
    assert.deepEqual(holders(nota('Het kabinet kiest ervoor dat de eerstverantwoordelijke bewindspersoon de regie voert over de aanpak.')), ['bewindspersoon']);
    assert.deepEqual(holders(nota('De provincie wil dat de wethouder de regie voert over de aanpak.')), ['wethouder']);
    assert.deepEqual(holders(nota('De provincie zorgt ervoor dat de burgemeester de regie voert over de aanpak.')), ['burgemeester']);
  });
  it('a relative clause after a noun: the noun holds', () => {
    assert.deepEqual(holders(nota('Het is het college dat de regie voert over de aanpak.')), ['college']);
    assert.deepEqual(holders(nota('Het is de provincie die de regie voert over de aanpak.')), ['provincie']);
  });
});
