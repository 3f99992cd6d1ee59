/**
 * prec7r: minimal pairs for the kinds of wrong finding of regie/hol, eigenaar/diffuus, taal/toverwoord and
 * zwitsers/vaag learned on a fresh study set (issue 13). Every text is our own invention; each pair changes one
 * thing that flips the outcome.
 */
import { strict as assert } from 'assert';
import { flagged, yes, no, everyone } from './contrast';
import { tocLine } from '../../src/core/rules/toc';


const plan = (body: string): string => `# Beleidsplan Lindewaard\n\n${body}\n`;

describe('prec7r contrast: regie/hol', () => {
  it('someone who lost grip ("de regie kwijt") claims no regie', () => {
    no(plan('Meedoen lukt niet altijd. Dat kan zijn omdat de keten de regie kwijt is.'), 'regie/hol');
    yes(plan('Meedoen lukt niet altijd. Daarom voert de keten de regie.'), 'regie/hol');
    no(plan('Meedoen lukt niet altijd. Dat kan zijn omdat mensen de weg niet weten, de regie kwijt zijn, problemen hebben met opvoeden.'), 'regie/hol');
    // Missing regie is the people's own grip in another word, not a claim either (guide real-documents C1).
    no(plan('Meedoen lukt niet altijd. Dat kan zijn omdat mensen de weg niet weten, de regie missen, problemen hebben met opvoeden.'), 'regie/hol');
    yes(plan('Meedoen lukt niet altijd. Daarom neemt de gemeente de regie.'), 'regie/hol');
  });
  it('a working principle "één X, één Y, één regisseur" is a case-level role', () => {
    no(plan('De hulp gaat volgens het uitgangspunt één kind, één plan, één regisseur.'), 'regie/hol');
    yes(plan('De hulp gaat volgens het uitgangspunt één kind, één plan en de regisseur.'), 'regie/hol');
  });
  it('a role appointed as a new position has a person as its means; "deze regisseur" points back to it', () => {
    no(plan('Met de komst van een Schuldenregisseur in 2026 zetten we een belangrijke stap. Deze regisseur legt de verbinding tussen de inwoner en de hulp.'), 'regie/hol');
    assert.deepEqual(flagged(plan('Met een Schuldenregisseur zetten we een belangrijke stap. Deze regisseur legt de verbinding tussen de inwoner en de hulp.'), 'regie/hol'), ['Schuldenregisseur']);
  });
  it('a law that lays the regie with the holder gives it a legal mandate', () => {
    const nota = (x: string): string => `# Nota jeugdhulp Lindewaard\n\n${x}\n`;
    no(nota('De Jeugdwet legt de regie bij de gemeente.'), 'regie/hol');
    yes(nota('Het college legt de regie bij de gemeente.'), 'regie/hol');
  });
  it('a table-of-contents line names sections', () => {
    const head = '# Uitvoeringsprogramma Lindewaard\n\n3.3 Risico: van analyse naar maatregelen 16\n\n';
    no(`${head}4. Bestuur: meer samenhang, sterkere wijken & professioneler team 18 4.1 Gemeente: meer regie voor krachtiger verbinding partners 19 4.2 Wijken: doorontwikkelen 19\n`, 'regie/hol');
    yes(`${head}4. Bestuur: meer samenhang, sterkere wijken & professioneler team. De gemeente krijgt meer regie voor krachtiger verbinding partners. Wijken: doorontwikkelen.\n`, 'regie/hol');
  });
});

describe('prec7r contrast: taal/toverwoord', () => {
  it('buzzwords in a table-of-contents line hide no action', () => {
    no(plan('2.1 Aanpak: samenhang en integraliteit 12 2.2 Gemeente: meer regie voor sterke verbinding partners 14 2.3 Wijken 15'), 'taal/toverwoord');
    yes(plan('2.1 Aanpak: samenhang en integraliteit. 2.2 Gemeente: meer regie voor sterke verbinding partners. 2.3 Wijken.'), 'taal/toverwoord');
  });
  it('tocLine needs page numbers between numbered titles', () => {
    assert.equal(tocLine('1. Inleiding 3 1.1 Aanleiding 4 1.2 Leeswijzer 5'), true);
    assert.equal(tocLine('1. Inleiding. In 2024 stelden we 12 1.000 euro beschikbaar.'), false);
    assert.equal(tocLine('In 2025 stellen we 12 nieuwe plekken beschikbaar.'), false);
  });
});

describe('prec7r contrast: eigenaar/diffuus', () => {
  it('an exclamation is a slogan, no assigned action', () => {
    no(plan(everyone('Schulden pakken we samen aan!')), 'eigenaar/diffuus');
    yes(plan(everyone('Schulden pakken we samen aan.')), 'eigenaar/diffuus');
  });
  it('a collective that has the opportunity is the beneficiary, not the doer', () => {
    no(plan('Iedereen heeft de mogelijkheid om mee te doen en deel te nemen aan de buurtschouw.'), 'eigenaar/diffuus');
    yes(plan('Iedereen neemt deel aan de buurtschouw.'), 'eigenaar/diffuus');
  });
  it('a sentence that sums up the effect of what went before ("Zo …", "En …" after it) assigns nothing new', () => {
    no(plan(everyone('Zo zorgen we met elkaar voor een fijne buurt.')), 'eigenaar/diffuus');
    yes(plan(everyone('We zorgen met elkaar voor een fijne buurt.')), 'eigenaar/diffuus');
    no(plan(everyone('Zo versterken we samen onze buurten. En zorgen we met elkaar voor een fijne buurt.')), 'eigenaar/diffuus');
    yes(plan(everyone('We versterken samen onze buurten. En zorgen we met elkaar voor een fijne buurt.')), 'eigenaar/diffuus');
  });
});

describe('prec7r contrast: zwitsers/vaag', () => {
  it('people one must have in order to be able to do the work is a precondition, not a promise', () => {
    no(plan('De ambtelijke organisatie moet voldoende capaciteit hebben om de plannen te kunnen uitvoeren.'), 'zwitsers/vaag');
    yes(plan('De ambtelijke organisatie moet voldoende capaciteit hebben voor de plannen.'), 'zwitsers/vaag');
  });
});
