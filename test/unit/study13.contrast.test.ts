/**
 * Contrast suites of the twelfth session (issue 13), from the kinds of false positive a blind judge found on a new
 * study set of real texts (fresh13A); every sentence, place and organisation here is invented.
 * - People: a separable verb keeps its own particle ("zet … in", "stelt … beschikbaar", "maakt … vrij"); "in" is the
 *   particle only where it closes the clause, not the preposition of "de mensen in de wijk" or "in dienst".
 *   The number of people may open the next paragraph ("… vraagt om menskracht.\n\nDaarom wordt de formatie
 *   uitgebreid met 4 fte.").
 * - Togetherness: "samen"/"gezamenlijk" after an article or possessive is part of a noun phrase ("het samen leven").
 * - Hedges: "waar nodig" after a check in the same sentence ("toetsen … en verbeteren waar nodig") follows from the
 *   check; a sentence that opens with "Zodat" is the purpose clause of the one before; "zoveel mogelijk zelf" of
 *   another party is their autonomy, not the author's way out.
 * - Goals: a goal word inside a relative clause that describes a name or noun ("het Kreekhaven dat we willen zijn")
 *   sets no goal.
 * - Collaboration: the means as a clause ("Dit doen zij door dorpsdeals te sluiten") answers "how".
 */
import { yes, no } from './contrast';

const nota = (body: string): string => `# Nota wijkaanpak Kreekhaven\n\nDeze nota beschrijft de aanpak van de gemeente.\n\n## Aanpak\n\n${body}\n`;
const Z = 'zwitsers/vaag';
const D = 'eigenaar/diffuus';
const V = 'taal/voorbehoud';
const G = 'doel/vaag';
const S = 'eigenaar/samenwerken';

describe('study13 contrast: people made available, and the particle that goes with the verb', () => {
  it('a preposition "in" after people is no particle of "inzetten"', () => {
    no(nota('We pakken de opgave op door gebruik te maken van de kennis van de mensen in de wijk.'), Z);
    no(nota('Het betekent ook dat we het makkelijker maken om mensen in dienst te nemen.'), Z);
  });
  it('the verb with its own particle still leaves the people open', () => {
    yes(nota('De gemeente zet extra medewerkers in.'), Z);
    yes(nota('We zetten meer mensen in bij de wijkteams.'), Z);
    yes(nota('We maken capaciteit vrij voor de wijkaanpak.'), Z);
    yes(nota('Partijen stellen medewerkers beschikbaar voor de wijkaanpak.'), Z);
  });
  it('the number of people may open the next paragraph', () => {
    no(nota('De uitvoering van deze plannen vraagt om de juiste balans tussen middelen en menskracht in de organisatie.\n\nDaarom wordt de formatie in 2027 uitgebreid met 4 fte.'), Z);
    yes(nota('De uitvoering van deze plannen vraagt om de juiste balans tussen middelen en menskracht in de organisatie.\n\nDaarom wordt het budget in 2027 verhoogd met 2 miljoen euro.'), Z);
    yes(nota('Voor de nieuwe taak zetten we extra medewerkers in.'), Z);
  });
});

describe('study13 contrast: "samen" inside a noun phrase', () => {
  it('after an article or possessive it names no doer', () => {
    no(nota('In dit project wordt gekeken naar toegankelijkheid en het samen leven.'), D);
  });
  it('as an adverb of an agentless act it still leaves the doer open', () => {
    yes(nota('In dit project wordt samen gekeken naar de toegankelijkheid van de wijk.'), D);
  });
});

describe('study13 contrast: hedges that are no way out', () => {
  it('"waar nodig" after a check in the same sentence', () => {
    no(nota('We toetsen de regels op uitvoerbaarheid en verbeteren waar nodig.'), V);
    no(nota('We evalueren de subsidieregeling elk jaar en passen haar waar nodig aan.'), V);
  });
  it('"waar nodig" on an act with no check before it stays a hedge', () => {
    yes(nota('We verbeteren waar nodig de fietspaden.'), V);
  });
  it('a sentence opening with "Zodat" is the purpose of the sentence before', () => {
    no(nota('Met deze brief informeer ik u over het akkoord. De ambitie van het akkoord is een sterke sociale basis. Zodat inwoners langer zelfstandig wonen, een probleem niet altijd met zorg wordt beantwoord en (waar mogelijk) zware zorg wordt vervangen door lichte ondersteuning.'), V);
    yes(nota('Met deze brief informeer ik u over het akkoord. De ambitie van het akkoord is een sterke sociale basis. We vervangen waar mogelijk zware zorg door lichte ondersteuning.'), V);
  });
  it('"zoveel mogelijk zelf" of another party is their autonomy', () => {
    no(nota('De uitgangspunten zijn: de huurders voeren daarbij zoveel mogelijk zelf de regie over de verbouwing; herstel en verbouwing worden samen gepland.'), V);
    yes(nota('We voeren daarbij zoveel mogelijk zelf de regie over de verbouwing.'), V);
  });
});

describe('study13 contrast: a goal word inside a relative clause', () => {
  it('describes the name or noun it follows', () => {
    no(nota('Deze keuzes maken we omdat we kansen zien om vorm te geven aan het Kreekhaven dat we willen zijn en de leefbaarheid te verbeteren.'), G);
    no(nota('We maken keuzes voor de wijken die we willen versterken.'), G);
  });
  it('the goal of the main clause stays', () => {
    yes(nota('We willen de leefbaarheid van Kreekhaven verbeteren.'), G);
    yes(nota('We willen het Kreekhaven dat we kennen verder versterken.'), G);
  });
});

describe('study13 contrast: the means of the collaboration as a clause', () => {
  it('"door … te <verb>" in the next sentence answers how', () => {
    no(nota('Daarom werken de provincie en de gemeenten samen om de leefbaarheid van dorpen te vergroten. Dit doen zij door dorpsdeals te sluiten.'), S);
  });
  it('without the means, or with "samen" as the means, it stays flagged', () => {
    yes(nota('Daarom werken de provincie en de gemeenten samen om de leefbaarheid van dorpen te vergroten.'), S);
    yes(nota('We werken samen om de leefbaarheid te vergroten. Dat doen we door samen te werken met de bewoners.'), S);
  });
});
