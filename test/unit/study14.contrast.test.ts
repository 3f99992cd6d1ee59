/**
 * Contrast suites of the thirteenth session (issue 13); every sentence, place and organisation here is invented.
 * - Regie holder: "dat" after a verb, adjective or adverb opens a complement clause whose own subject holds the regie
 *   ("Het kabinet wil dat de bewindspersoon de regie voert"); only after a noun is it a relative pronoun whose
 *   antecedent holds ("het bureau dat de regie voert"). "Bewindspersoon" is a role like "minister".
 * - Need conditions ("waar nodig"): the condition says when an act is due, not whether; every judged need condition on a
 *   service act (visit, renew, improve, enforce, take up care) was a false positive on the study sets and the shared
 *   verdicts (0 of 6 correct). It hollows the commitment only where what is due are the means (money, people,
 *   authority, legal form) or an act left unnamed ("maatregelen"). Older contrasts that expected a flag on a service
 *   act ("bezoekt de ouders", "verbeteren de fietspaden", "zetten de zorg in") now expect none.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';
import { yes, no } from './contrast';

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

describe('study14 contrast: a need condition hollows only the means or an unnamed act', () => {
  const V = 'taal/voorbehoud';
  it('a service act due where needed is a commitment', () => {
    no(nota('Waar nodig bezoeken we de ouders thuis.'), V);
    no(nota('We verbeteren waar nodig de fietspaden in de dorpen.'), V);
    no(nota('We zetten de jeugdzorg in waar nodig.'), V);
    no(nota('Waar nodig vernieuwt de gemeente de speeltoestellen in de parken.'), V);
  });
  it('money, people, authority or a legal form left to need stay open', () => {
    yes(nota('Waar nodig investeren we in de fietspaden in de dorpen.'), V);
    yes(nota('Waar nodig zetten we extra personeel in voor de wijkcoaches.'), V);
    yes(nota('De afspraken over de speeltoestellen worden waar nodig juridisch vastgelegd.'), V);
    yes(nota('Waar nodig geven we de wijkcoach meer bevoegdheden.'), V);
  });
  it('an unnamed act left to need stays open', () => {
    yes(nota('Waar nodig nemen we maatregelen in de dorpen.'), V);
    yes(nota('We zetten waar nodig de volgende stappen.'), V);
  });
  it('a possibility hedge on a service act still hedges it', () => {
    yes(nota('Waar mogelijk bezoeken we de ouders thuis.'), V);
  });
});
