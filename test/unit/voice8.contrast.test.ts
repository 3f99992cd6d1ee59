/**
 * Contrast suites of the eighth session (issue 13): whose words a hedge stands in, and what it qualifies.
 * - In a narrative text a perfect with another party as its subject reports what that party did or said: the
 *   intention or hedge in the reported words is theirs, not the text's commitment. The author's own perfect, a
 *   perfect of agreeing, and the same sentence in an agreement stay.
 * - A study is the author's act only where the author is its doer, not where others asked for it.
 * - "zoveel mogelijk" with a verb of reducing or preventing asks for the utmost; with any other act it limits it.
 * - After a subject pronoun a plural present is the finite verb, even where the tagger read an infinitive or a noun.
 * - The purpose of a thing or another party, and of a text named by its kind, is described, not set.
 * - "integraal" before a kind of policy instrument names a kind of document; "een integrale aanpak" stays a buzzword.
 * - A bare plural subject is generic ("Gemeenten hebben …"), not the author; "de gemeenten" names the parties.
 * - A short adverbial aside in brackets stays inside its clause; "Dat" before a finite verb is a demonstrative.
 * - Collaboration as the manner of an earlier act needs a concrete act; "samen" after a named partner is not diffuse.
 * Every sentence, place and organisation is invented.
 */
import { strict as assert } from 'assert';
import { yes, no, convenant, everyone } from './contrast';
import { readClauses } from '../../src/core/read/clause';
import { tokenize } from '../../src/core/text/tokens';

const nota = (body: string): string => `# Nota sociaal domein Kreekhaven\n\nDeze nota beschrijft het beleid van de gemeente.\n\n${body}\n`;
const V = 'taal/voorbehoud';
const D = 'doel/vaag';

describe('voice8 contrast: a perfect of another party reports', () => {
  it('another party\'s perfect reports its words; the author\'s perfect commits', () => {
    no(nota('Het dorpsbestuur heeft uitgesproken te streven naar een nieuw buurthuis.'), V);
    yes(nota('De gemeente heeft uitgesproken te streven naar een nieuw buurthuis.'), V);
    yes(nota('We hebben uitgesproken te streven naar een nieuw buurthuis.'), V);
    no(nota('De woningcorporatie heeft de ambitie uitgesproken om de wijk te vernieuwen.'), D);
  });
  it('a perfect of agreeing states what is now agreed', () => {
    yes(nota('De sportclubs hebben afgesproken waar mogelijk hun velden te delen.'), V);
  });
  it('another main clause in the present, or with the author as doer, lays down', () => {
    yes(nota('De bewonersvereniging heeft een plan opgesteld en de gemeente streeft naar een nieuw buurthuis.'), V);
  });
  it('the same sentence in an agreement is the parties\' own', () => {
    yes(convenant('Het dorpsbestuur heeft uitgesproken te streven naar een nieuw buurthuis.'), V);
  });
});

describe('voice8 contrast: a study is the author\'s act only with the author as doer', () => {
  it('a study others asked for is not deferred by the author', () => {
    no(nota('Tijdens de avond gaven bewoners aan het belangrijk te vinden om te onderzoeken of we het buurthuis kunnen uitbreiden.'), V);
    yes(nota('We onderzoeken of we het buurthuis kunnen uitbreiden.'), V);
    yes(nota('We behouden het zwembad en onderzoeken of we het buurthuis kunnen uitbreiden.'), V);
  });
});

describe('voice8 contrast: "zoveel mogelijk" with a verb of reducing asks for the utmost', () => {
  it('reducing or preventing as much as possible is no way out', () => {
    no(nota('We beperken de geluidshinder van de bouw zoveel mogelijk.'), V);
    no(nota('We zorgen ervoor dat wateroverlast in de wijk zoveel mogelijk wordt voorkomen.'), V);
    no(nota('De aannemer moet de trillingen zo veel mogelijk verminderen.'), V);
  });
  it('any other act as much as possible is limited by the hedge', () => {
    yes(nota('We ondersteunen de sportclubs zoveel mogelijk.'), V);
    yes(nota('We zorgen ervoor dat de wijk zoveel mogelijk wordt vergroend.'), V);
  });
  it('a hedge of scope on a reducing verb still leaves a way out', () => {
    yes(nota('We zorgen ervoor dat wateroverlast waar mogelijk wordt voorkomen.'), V);
  });
});

describe('voice8 contrast: the finite verb after a subject pronoun', () => {
  const finite = (x: string): string => {
    const toks = tokenize(x);
    const c = readClauses(toks)[0];
    return c.finite >= 0 ? toks[c.finite].low : '';
  };
  it('a plural present after "we" is the finite verb', () => {
    assert.equal(finite('We beogen de leefbaarheid te verbeteren.'), 'beogen');
    assert.equal(finite('We beperken de hinder zoveel mogelijk.'), 'beperken');
    assert.equal(finite('Wij onderzoeken of we het buurthuis kunnen uitbreiden.'), 'onderzoeken');
    assert.equal(finite('Jullie beogen de leefbaarheid te verbeteren.'), 'beogen');
  });
  it('a word that cannot be a verb after the pronoun is passed over', () => {
    assert.equal(finite('Wij als gemeente willen de leefbaarheid verbeteren.'), 'willen');
    assert.equal(finite('We allen dragen de kosten.'), 'dragen');
  });
  it('a vague goal of the author is flagged once the verb is read', () => {
    yes(nota('We beogen de leefbaarheid te verbeteren.'), D);
  });
});

describe('voice8 contrast: the purpose of a thing, another party or a text is described', () => {
  it('another subject\'s purpose is described; the author\'s is set', () => {
    no(nota('De nieuwe campus beoogt de samenwerking tussen de scholen te verbeteren.'), D);
    no(nota('Het toetsingskader beoogt een leidraad te zijn bij het verbeteren van de keuzes.'), D);
    yes(nota('De gemeente beoogt de samenwerking tussen de scholen te verbeteren.'), D);
    // The parties' own undertaking holds their goal, also as the head of a compound.
    yes(nota('De regionale jeugdsamenwerking beoogt de zorg te verbeteren.'), D);
  });
  it('the purpose of a text named by its kind, however compounded', () => {
    no(nota('Doel van het gezamenlijke veiligheidsplan is het verbeteren van de samenwerking.'), D);
    yes(nota('Doel van de aanpak is het verbeteren van de samenwerking.'), D);
  });
});

describe('voice8 contrast: collaboration and togetherness with their partners', () => {
  const S = 'eigenaar/samenwerken';
  it('collaboration as the manner of an activity stays; of a concrete act it goes', () => {
    yes(nota('We werken aan het tegengaan van inbraken en overvallen. Hierbij werken we veel samen met andere organisaties.'), S);
    no(nota('Wij maken afspraken over de aanpassing van woningen. Daarbij werken wij samen vanuit onderling vertrouwen.'), S);
  });
  it('"daarop afstemmen" aligns with something; "met de partners afstemmen" is collaboration', () => {
    no(nota('Dat is nieuw: we koppelen de twee vraagstukken, en we stemmen ons beleid daarop af.'), S);
    no(nota('Dat is nieuw; dat we de twee vraagstukken aan elkaar koppelen, en dat we ons beleid daarop afstemmen.'), S);
    yes(nota('We gaan ons beleid met de partners afstemmen.'), S);
  });
  it('a capitalised "Samen" inside the sentence is part of a name', () => {
    const F = 'eigenaar/diffuus';
    no(nota('We stellen het programmaplan Samen en Gezond op en starten met de uitvoering.'), F);
    no(nota('Vanuit de beweging Verder Samen pakken we maatschappelijke vraagstukken op.'), F);
    yes(nota('Samen pakken alle partners de schulden aan.'), F);
  });
  it('"samen" after a named partner is not diffuse; after an instrument it is', () => {
    const F = 'eigenaar/diffuus';
    no(nota(everyone('We delen de kaarten met de bewoners van de buurt om samen een aanpak te bedenken.')), F);
    yes(nota(everyone('Met de nieuwe kaarten gaan we samen een aanpak bedenken.')), F);
  });
});

describe('voice8 contrast: "integraal" naming a kind of instrument', () => {
  const T = 'taal/toverwoord';
  it('the kind of a policy document is a name, not a buzzword', () => {
    no(nota('Het integraal veiligheidsbeleid bevat vijf thema\'s, waaronder het verbinden van zorg en veiligheid.'), T);
    no(nota('Om de kansen optimaal te benutten en te sturen, is een goed integraal toeristisch beleid van belang.'), T);
  });
  it('an integral approach among other buzzwords stays a cluster', () => {
    yes(nota('We zorgen voor een integrale aanpak waarin samenhang en verbinding centraal staan.'), T);
    yes(nota('We werken aan een integraal beleid waarin samenhang en verbinding centraal staan.'), T);
  });
});

describe('voice8 contrast: asides in brackets and a demonstrative "Dat"', () => {
  const clauses = (x: string): Array<[string, boolean]> => {
    const toks = tokenize(x);
    return readClauses(toks).map((c) => [toks.slice(c.start, c.end).map((t) => t.text).join(' '), c.subordinate]);
  };
  it('an adverbial aside belongs to its clause; an aside with a noun splits', () => {
    assert.ok(clauses('De locaties waar de school (in principe) voldoet aan de eisen.').some(([t]) => t.includes('( in principe ) voldoet')));
    assert.ok(clauses('De locaties waar de school (zo nodig) voldoet aan de eisen.').some(([t]) => t.includes('( zo nodig ) voldoet')));
    assert.ok(!clauses('De gemeente (regisseur) voert de regie.').some(([t]) => t.includes('( regisseur )')));
  });
  it('"Dat" before a finite verb opens a main clause; before a subject it is a subordinator', () => {
    assert.deepEqual(clauses('Dat zijn de locaties.')[0], ['Dat zijn de locaties .', false]);
    assert.equal(clauses('Dat de gemeente betaalt, is duidelijk.')[0][1], true);
  });
  it('a hedge in a relative clause of another party, with the aside inside it, describes', () => {
    no(nota('Dat zijn de locaties waar de voorschool (in principe) voldoet aan de eisen van de wet.'), V);
    yes(nota('We zoeken locaties waar de gemeente (in principe) zelf het toezicht houdt.'), V);
  });
});

describe('voice8 contrast: a bare plural subject is generic', () => {
  it('"Gemeenten" describes all municipalities; "de gemeenten" are the parties', () => {
    no(nota('Gemeenten hebben in principe een taak in de zorg.'), V);
    yes(nota('De gemeenten hebben in principe een taak in de zorg.'), V);
  });
});
