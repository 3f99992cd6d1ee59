/**
 * Seventeenth session: who collaborates and what a hedge qualifies, as invented minimal pairs. Each pair is one text
 * and the same text with one change that flips the outcome. All sentences, places and organisations are made up;
 * none is taken from an evaluation text.
 */
import { strict as assert } from 'node:assert';
import { tagsOf } from '../../src/core/read/unit';
import { readClauses } from '../../src/core/read/clause';
import { no, yes, sentence } from './contrast';

const nota = (body: string): string => `# Nota wijkaanpak Brakeldorp\n\nDeze nota beschrijft de aanpak van de gemeente Brakeldorp.\n\n## Aanpak\n\n${body}\n`;

describe('prec18 eigenaar/samenwerken: several bodies as the subject describe their standing arrangement', () => {
  it('"de gemeenten" (plural) in the plain present: described; the author\'s "we" stays', () => {
    no(nota('Binnen de regio werken de gemeenten nauw samen.'), 'eigenaar/samenwerken');
    yes(nota('Binnen de regio werken we nauw samen.'), 'eigenaar/samenwerken');
  });
  it('a plural with a numeral ("De drie gemeenten") as against "Wij"', () => {
    no(nota('De drie gemeenten trekken hierbij samen op.'), 'eigenaar/samenwerken');
    yes(nota('Wij trekken hierbij samen op.'), 'eigenaar/samenwerken');
  });
  it('a coordination of bodies ("De gemeente en de woningcorporaties") as against the one body of the author', () => {
    no(nota('De gemeente en de woningcorporaties werken nauw samen.'), 'eigenaar/samenwerken');
    yes(nota('De gemeente werkt nauw samen met de woningcorporaties.'), 'eigenaar/samenwerken');
  });
  it('a bare plural after the verb ("werken overheden") as against "we"', () => {
    no(nota('Hierbij werken overheden nauw samen.'), 'eigenaar/samenwerken');
    yes(nota('Hierbij werken we nauw samen.'), 'eigenaar/samenwerken');
  });
  it('a plan or a wish of those bodies is not a standing arrangement: it stays', () => {
    yes(nota('De gemeenten gaan samenwerken.'), 'eigenaar/samenwerken');
    yes(nota('De gemeenten willen de samenwerking versterken.'), 'eigenaar/samenwerken');
  });
  it('"Partijen" are the text\'s own parties, not bodies described', () => {
    yes(nota('Partijen werken nauw samen.'), 'eigenaar/samenwerken');
  });
});

describe('prec18 eigenaar/samenwerken: what the collaboration is about may be named', () => {
  it('"afstemmen met het beleid …" aligns with a policy text; "afstemmen met de partners" is working together', () => {
    no(nota('We verkennen verkeersoplossingen waarbij wij afstemmen met het beleid ruimtelijke ordening.'), 'eigenaar/samenwerken');
    yes(nota('We verkennen verkeersoplossingen waarbij wij afstemmen met de partners.'), 'eigenaar/samenwerken');
  });
  it('"In verbinding met …" as the manner of an act on a named programme; an unnamed programme leaves the question', () => {
    no(nota('In verbinding met onze partners voeren we het Regionaal Programma Schone Lucht uit.'), 'eigenaar/samenwerken');
    yes(nota('In verbinding met onze partners voeren we een programma uit.'), 'eigenaar/samenwerken');
  });
  it('a named partner and a clause of purpose with a named object answer who and what', () => {
    no(nota('Ook werken wij samen met de provincie Utrecht om de nieuwe gemeente Kreekhaven een goede start te geven.'), 'eigenaar/samenwerken');
    yes(nota('Ook werken wij samen met de provincie om de nieuwe gemeente een goede start te geven.'), 'eigenaar/samenwerken');
  });
});

describe('prec18 taal/voorbehoud: a hedge in a clause of purpose qualifies the effect aimed at', () => {
  it('a fronted "Om te zorgen dat …," holds the hedge before its comma; the same hedge in the main clause stays', () => {
    no(nota('Om te zorgen dat iedereen waar mogelijk meedoet, bouwen we een sporthal.'), 'taal/voorbehoud');
    yes(nota('We zorgen dat iedereen waar mogelijk meedoet.'), 'taal/voorbehoud');
  });
  it('a fronted purpose clause does not shelter a hedge of the main clause after its comma', () => {
    yes(nota('Om te zorgen dat de wijk veilig blijft, helpen we iedereen zo snel mogelijk.'), 'taal/voorbehoud');
  });
  it('"om … te" after a nominalised participle ("de betrokkenen") is a clause of purpose; a second act with "en" is not', () => {
    no(nota('We nemen contact op met de betrokkenen om samen zo snel mogelijk een oplossing te vinden.'), 'taal/voorbehoud');
    yes(nota('We nemen contact op met de betrokkenen en zoeken zo snel mogelijk een oplossing.'), 'taal/voorbehoud');
  });
});

describe('prec18 doel/vaag: the goal of another text or instrument, cited', () => {
  it('"het doel van het NPLG" (a name no heading carries) is cited; under a title with that name it is the text\'s own', () => {
    no(nota('Het doel van het NPLG is de leefbaarheid te verbeteren.'), 'doel/vaag');
    yes('# Programma NPLG Kreekhaven\n\n## Doel\n\nHet doel van het NPLG is de leefbaarheid te verbeteren.\n', 'doel/vaag');
    yes(nota('Het doel van de aanpak is de leefbaarheid te verbeteren.'), 'doel/vaag');
  });
  it('"de ambitie van de afspraken … in het Integraal Zorgakkoord": the ambition of a named agreement', () => {
    no(nota('De ambitie van de afspraken die hierover in het Integraal Zorgakkoord zijn gemaakt is dat de zorg beter gaat samenwerken.'), 'doel/vaag');
    yes(nota('De ambitie van de afspraken die hierover zijn gemaakt is dat de zorg beter gaat samenwerken.'), 'doel/vaag');
  });
  it('"Het wetsvoorstel heeft het doel …": a bill\'s aim, as "heeft tot doel"; the approach of the text keeps its goal', () => {
    no(nota('Het wetsvoorstel heeft het doel de leefbaarheid te verbeteren.'), 'doel/vaag');
    yes(nota('De aanpak heeft het doel de leefbaarheid te verbeteren.'), 'doel/vaag');
  });
});

describe('prec18 doel/vaag: a goal taken up with its means is not set again', () => {
  it('"Deze balans willen we bewaken door …" adds how; without the means, or with the goal named anew, it stays', () => {
    no(nota('Deze balans willen we bewaken door meer grip te krijgen op de recreatiesector.'), 'doel/vaag');
    yes(nota('Deze balans willen we verbeteren.'), 'doel/vaag');
    yes(nota('We willen de balans verbeteren door meer grip te krijgen op de sector.'), 'doel/vaag');
  });
});

describe('prec18 taal/voorbehoud: a hope, and the degree of an effect aimed at', () => {
  it('"we hopen dat …" is no promise, as "we verwachten dat …"; "we zorgen dat …" is', () => {
    no(nota('Daarnaast hopen we dat regionale samenwerking, waar mogelijk, ook leidt tot afstemming.'), 'taal/voorbehoud');
    yes(nota('Daarnaast zorgen we dat regionale samenwerking, waar mogelijk, ook leidt tot afstemming.'), 'taal/voorbehoud');
  });
  it('"zorgen voor zoveel mogelijk rust": the most of a result; "bieden we zoveel mogelijk" hedges the act', () => {
    no(nota('Door koers te houden zorgen we voor zoveel mogelijk rust en stabiliteit.'), 'taal/voorbehoud');
    yes(nota('Door koers te houden bieden we zoveel mogelijk rust en stabiliteit.'), 'taal/voorbehoud');
  });
  it('"willen we bereiken dat … zo veel mogelijk …": the effect aimed at; "willen we … laten" is the act', () => {
    no(nota('Daarmee willen we bereiken dat de inwoners zo veel mogelijk kunnen participeren.'), 'taal/voorbehoud');
    yes(nota('Daarmee willen we de inwoners zo veel mogelijk laten participeren.'), 'taal/voorbehoud');
  });
});

describe('prec18 quotations opened in the sentence are another speaker\'s words', () => {
  it('taal/voorbehoud: a hedge inside “…” after a speaker; the same words without quotes stay', () => {
    no(nota('Wethouder Jansen: “We verbeteren waar mogelijk de verlichting.”'), 'taal/voorbehoud');
    yes(nota('Wethouder Jansen: we verbeteren waar mogelijk de verlichting.'), 'taal/voorbehoud');
  });
  it('doel/vaag: a goal inside a single-quoted citation opened after a colon', () => {
    no(nota("Kortom: 'We willen de leefbaarheid verbeteren."), 'doel/vaag');
    yes(nota('Kortom: we willen de leefbaarheid verbeteren.'), 'doel/vaag');
  });
  it("an apostrophe ('s avonds) opens no quotation", () => {
    yes(nota("We verbeteren 's avonds waar mogelijk de verlichting."), 'taal/voorbehoud');
  });
});

describe('prec18 doel/vaag: a goal word that explains or asks sets no goal', () => {
  it('the vague result only in an indirect question ("onderzoeken wat nog beter werkt"); a result aimed at stays', () => {
    no(nota('Tegelijkertijd willen we inspelen op verandering en onderzoeken wat nog beter werkt.'), 'doel/vaag');
    yes(nota('Tegelijkertijd willen we inspelen op verandering en de dienstverlening beter maken.'), 'doel/vaag');
  });
  it('the goal word in a clause of cause ("doordat er vanuit nieuwe ambities …"); as the subject of the main clause it stays', () => {
    no(nota('De druk stijgt doordat er vanuit nieuwe ambities extra taken komen om de wijk te verbeteren.'), 'doel/vaag');
    yes(nota('De druk stijgt en onze ambities zijn de wijk te verbeteren.'), 'doel/vaag');
  });
});

describe('prec18 doel/vaag: conditions, counted goals and the text\'s own message', () => {
  it('"Als we willen voorkomen …, moeten we …": a goal in a condition is not set; the same goal stated stays', () => {
    no(nota('Als we willen voorkomen dat deze mensen de grip op hun leven verliezen, moeten we de verbinding tussen deze domeinen beter leggen.'), 'doel/vaag');
    yes(nota('We willen voorkomen dat deze mensen de grip op hun leven verliezen en de verbinding tussen deze domeinen beter leggen.'), 'doel/vaag');
  });
  it('"Deze vier ambities" count goals listed before; "Onze ambities" may set them', () => {
    no(nota('Deze vier ambities garanderen dat de opgaven integraal worden benaderd.'), 'doel/vaag');
    yes(nota('Onze ambities garanderen dat de opgaven integraal worden benaderd.'), 'doel/vaag');
  });
  it('"Met deze brief willen wij u informeren …" is what the text tells its reader; "Met deze nota willen we …" + a result is a goal', () => {
    no(nota('Met deze brief willen wij u informeren over de voortgang van een aantal van deze (met elkaar samenhangende) afspraken:'), 'doel/vaag');
    yes(nota('Met deze nota willen we de leefbaarheid verbeteren.'), 'doel/vaag');
  });
});

describe('prec18 word senses and names', () => {
  it('regie/hol: "regie" inside the title of a law ("De Wet versterking regie volkshuisvesting") is a name; the law that strengthens regie is not', () => {
    no(nota('De Wet versterking regie volkshuisvesting is in maart 2024 ingediend bij de Tweede Kamer.'), 'regie/hol');
    yes(nota('De wet versterkt de regie op de volkshuisvesting.'), 'regie/hol');
  });
  it('taal/toverwoord: "verbinden we ons aan" is to commit oneself, not a buzzword; "verbinden we de wijken" is', () => {
    no(nota('Met het uitvoeren van het beleid verbinden we ons aan acties om accommodaties toekomstbestendig te houden.'), 'taal/toverwoord');
    yes(nota('Met het beleid verbinden we de wijken om accommodaties toekomstbestendig te houden.'), 'taal/toverwoord');
  });
});

describe('prec18 clauses: a fronted subordinate clause without a comma', () => {
  it('"Als het nodig is slaan we …": the condition ends at its verb, the main clause opens with "slaan we"', () => {
    const cs = readClauses(sentence('Als het nodig is slaan we de handen ineen.').tokens);
    assert.equal(cs[0].subordinate, true);
    assert.equal(cs[0].conditional, true);
    const main = cs.find((c) => !c.subordinate);
    assert.ok(main);
    assert.equal(sentence('Als het nodig is slaan we de handen ineen.').tokens[main.finite].text, 'slaan');
    assert.equal(main.subjectKind, 'we');
  });
  it('eigenaar/samenwerken: collaboration on a condition that opens the sentence is no end in itself', () => {
    no(nota('Als het nodig is slaan we de handen ineen en kiezen we voor onderlinge samenwerking.'), 'eigenaar/samenwerken');
    no(nota('Indien dat meerwaarde heeft, werken we samen met de buurgemeenten.'), 'eigenaar/samenwerken');
    yes(nota('We slaan de handen ineen en kiezen we voor onderlinge samenwerking.'), 'eigenaar/samenwerken');
  });
});

describe('prec18 lexicon: plurals the tagger used to miss', () => {
  it('a noun in -heid has its plural in -heden ("overheden"), not the word "heden"', () => {
    const t = tagsOf(sentence('Hierbij werken overheden nauw samen.'))[2];
    assert.equal(t.pos, 'NOUN');
    assert.equal(t.number, 'plur');
    assert.equal(t.lemma, 'overheid');
    assert.equal(tagsOf(sentence('Tot heden is er niets besloten.'))[1].number, 'sing');
  });
  it('a participle after a plural determiner with no noun after it is a nominalised plural ("de betrokkenen")', () => {
    const s = sentence('We bellen de betrokkenen om het plan te bespreken.');
    assert.equal(tagsOf(s)[3].pos, 'NOUN');
    assert.equal(tagsOf(s)[3].number, 'plur');
    // Before its noun it stays what it was ("de betrokken partijen").
    assert.notEqual(tagsOf(sentence('We bellen de betrokken partijen op.'))[3].pos, 'NOUN');
  });
});
