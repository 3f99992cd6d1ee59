/**
 * Contrast suites of the eleventh session (issue 13): who speaks, which tense, and what gives the regie a mandate.
 * - In a narrative text, a third party that works together with others in the plain present describes a standing
 *   arrangement; the author's "we", a plan ("gaan", "zullen"), the author's own body and an agreement stay flagged.
 * - "samen … uit(werken)" with the particle far from the verb is joint elaboration; "uit" as a preposition is not.
 * - A passive with "zijn" and a "ge-" participle, with no time in the clause, reports what was done (its perfect);
 *   with a date or a time ahead it may be a target state, and a "worden" passive is the present. "Gaan" with an
 *   infinitive before a phrase put after the verb cluster is the future.
 * - "De wettelijke regie" names the mandate of the holder; the regie without it stays hollow.
 * - A quotation opened in an earlier sentence of the paragraph holds the sentence: the speaker's words, not the text's.
 * - "Hiermee"/"daarmee" right after the finite verb explains an effect, as it does at the start of the sentence.
 * - A hedge set off by two commas stays inside its clause, so the clause keeps its verb and tense; so does a comma
 *   inside a list of noun phrases ("het loket, de website en de telefoonlijn").
 * - Collaboration or togetherness inside a "die"/"welke" clause that describes a noun ("de opgaven die we samen
 *   moeten aangaan") says what the noun is; the sentence's act is its main clause (a "waarin" clause that sets a
 *   scene with parties in it stays flagged, see voice7). A relative clause ending in a modal verb
 *   cluster ("… moeten aangaan") is found as one.
 * - A passive of noting or bearing in mind with its "dat"-clause ("moet worden opgemerkt dat …") reasons with the
 *   reader; "zoals gebruikelijk" (as usual) names a routine, it is no hedge.
 * - "met als doel om …" is a clause of purpose; "streven ernaar" with a named act and a date is a dated milestone.
 * - Wanting to know first ("willen eerst meer zicht hebben op", "willen nagaan of") is a study, not a result aimed at.
 * - Money in a report of what was decided ("werd in 2024 vastgesteld inclusief de benodigde middelen") was settled
 *   then; a "zijn" passive with a door-agent is an event, whatever time stands in it. Means an applicant provides
 *   himself ("waarvoor de aanvrager zelf kan zorgen voor voldoende middelen") are his, not money the text leaves open.
 * - A proper name or acronym in the subject of a main clause is a doer the recognisers may not know ("Aan het roer
 *   staat Waterwerk Kreekland"), so the sentence next to an agentless act names who does it.
 * - A sentence that says how this text itself is written ("In deze nota wordt zoveel mogelijk gesproken over …",
 *   "De focus ligt in deze begroting zoveel mogelijk op …") commits nothing.
 * Every sentence, place and organisation is invented.
 */
import { strict as assert } from 'assert';
import { yes, no, everyone } from './contrast';
import { buildDocument } from '../../src/core/document';
import { readLocal } from '../../src/core/read/unit';
import { doerIn } from '../../src/core/read/context';

const nota = (body: string): string => `# Nota sociaal domein Kreekhaven\n\nDeze nota beschrijft het beleid van de gemeente.\n\n${body}\n`;
const conv = (body: string): string => `# Convenant wijkaanpak Kreekhaven\n\nPartijen:\n\n1. De gemeente Kreekhaven;\n2. Stichting Welzijn Kreekhaven.\n\nPartijen komen het volgende overeen:\n\n## Artikel 1\n\n${body}\n`;
const S = 'eigenaar/samenwerken';
const V = 'taal/voorbehoud';
const R = 'regie/hol';
/** The first sentence of a one-line text. */
const first = (text: string) => buildDocument(`${text}\n`, 'markdown').sentences[0];
/** The tense of that sentence's main clause. */
const tense = (text: string): string | undefined => readLocal(first(text)).main?.tense;

describe('voice11 contrast: other parties working together, described', () => {
  it('a third party in the plain present of a narrative text describes', () => {
    no(nota('Het kenniscentrum Kreekhaven werkt nauw samen met de buurgemeenten.'), S);
    no(nota('De regiogemeenten werken samen op het terrein van werk en inkomen.'), S);
    no(nota('Ze werken daarom samen met de corporaties, de provincie en de zorgverzekeraar.'), S);
  });
  it('the author, a plan, and an agreement still say "samenwerken" without who, what and how', () => {
    yes(nota('Wij werken samen op het terrein van werk en inkomen.'), S);
    yes(nota('We werken nauw samen met de buurgemeenten.'), S);
    yes(nota('Het kenniscentrum Kreekhaven gaat nauw samenwerken met de buurgemeenten.'), S);
    yes(nota('De gemeente werkt samen met de buurgemeenten.'), S);
    yes(conv('Stichting Welzijn Kreekhaven werkt nauw samen met de buurgemeenten.'), S);
  });
});

describe('voice11 contrast: samen … uitwerken at a distance', () => {
  it('the particle closes the clause: joint elaboration of a named thing', () => {
    no(nota('Wij werken de nieuwe visie op de binnenstad samen met onze partners uit.'), S);
    no(nota('Samen met de ondernemers werken we helder beleid uit voor het centrum.'), S);
  });
  it('"uit" as a preposition with its complement is no particle', () => {
    yes(nota('We werken in de wijk samen met de bewoners uit Kreekhaven.'), S);
    yes(nota('We werken samen met de jongeren uit de wijk.'), S);
  });
});

describe('voice11 contrast: a passive with "zijn" reports what was done', () => {
  it('no time in the clause: the perfect, a report', () => {
    no(nota('De subsidies zijn toegekend en de projecten uitgevoerd, daar waar mogelijk binnen de planning.'), V);
    // A participle of state after "zijn" ("beperkt") is no report: the author's choice beside it stays hedged.
    yes(nota('De middelen zijn beperkt, dus kiezen we in principe voor korte projecten.'), V);
  });
  it('a "worden" passive, or a date that makes it a target state, stays', () => {
    yes(nota('De subsidies worden toegekend en de projecten uitgevoerd, daar waar mogelijk binnen de planning.'), V);
    yes(nota('In 2027 zijn de subsidies toegekend en de projecten uitgevoerd, daar waar mogelijk binnen de planning.'), V);
  });
  it('the clause record carries the tense', () => {
    assert.equal(tense('De aanvragen zijn digitaal afgehandeld.'), 'perfect');
    assert.equal(tense('De aanvragen worden digitaal afgehandeld.'), 'present');
    assert.equal(tense('Eind 2027 zijn de aanvragen digitaal afgehandeld.'), 'present');
    // A participle's shape in a long compound noun is no participle; "bedoeld voor" is a property.
    assert.equal(tense('De subsidie is een impuls voor nieuwe beweegactiviteiten.'), 'present');
    assert.equal(tense('De regeling is bedoeld voor gezinnen met een laag inkomen.'), 'present');
  });
  it('"gaan" with an infinitive before a phrase put after the cluster is the future', () => {
    assert.equal(tense('De GGD gaat nauw samenwerken met de kenniscentra.'), 'future');
    assert.equal(tense('De GGD gaat over het beleggen van de taken.'), 'present');
    assert.equal(tense('De nota gaat over de verdeling van de taken.'), 'present');
    yes(nota('Het kenniscentrum Kreekhaven gaat nauw samenwerken met de buurgemeenten.'), S);
  });
  it('a regie assigned by a "zijn" passive still holds now', () => {
    yes(nota('De regie is belegd bij de wethouder.'), R);
  });
});

describe('voice11 contrast: the statutory regie', () => {
  it('"de wettelijke regie" names the mandate', () => {
    no(nota('We voeren de wettelijke regie op de jeugdhulp.'), R);
  });
  it('the regie without a mandate, kind or means is hollow', () => {
    yes(nota('We voeren de regie op de jeugdhulp.'), R);
  });
});

describe('voice11 contrast: a quotation that runs on', () => {
  it('a sentence inside a quotation opened before it is the speaker\'s', () => {
    no(nota('Wethouder Jansen: “We zijn trots op de wijk. Voor een aantal ambities nemen we meer tijd.”'), 'doel/vaag');
  });
  it('without the quotation the sentence is the text\'s own', () => {
    yes(nota('Wethouder Jansen is trots op de wijk. Voor een aantal ambities nemen we meer tijd.'), 'doel/vaag');
  });
});

describe('voice11 contrast: an explained effect in the middle field', () => {
  it('"hiermee" right after the finite verb explains what follows from a measure', () => {
    no(nota('De gemeenten halen hiermee zoveel mogelijk rendement uit hun inkoop.'), V);
  });
  it('without it the hedge is on what the parties do', () => {
    yes(nota('De gemeenten halen zoveel mogelijk rendement uit hun inkoop.'), V);
  });
});

describe('voice11 contrast: a hedge between two commas stays in its clause', () => {
  it('a "zijn" passive with the hedge inside reports what was done', () => {
    no(nota('Wij hebben een overzicht gemaakt van de plannen per wijk. Daarbij zijn, waar mogelijk, ook de financiële gevolgen in beeld gebracht.'), V);
  });
  it('a "worden" passive with the hedge inside is a hedged plan', () => {
    yes(nota('Wij maken een overzicht van de plannen per wijk. Daarbij worden, waar mogelijk, ook de financiële gevolgen in beeld gebracht.'), V);
  });
  it('the clause record runs past the aside and finds the subject after it', () => {
    const s = first('Daarbij zijn, waar mogelijk, ook de gevolgen in beeld gebracht.');
    const c = readLocal(s).clauses;
    assert.equal(c.length, 1);
    assert.equal(s.tokens.slice(c[0].subject![0], c[0].subject![1]).map((t) => t.low).join(' '), 'de gevolgen');
  });
});

describe('voice11 contrast: a comma inside a list of noun phrases', () => {
  const clauses = (text: string): string[] => {
    const s = first(text);
    return readLocal(s).clauses.map((c) => s.tokens.slice(c.start, c.end).filter((t) => t.kind === 'word').map((t) => t.low).join(' '));
  };
  it('the list goes on to its "en": one clause, with the participle at its end', () => {
    assert.deepEqual(clauses('De plannen zijn op grond van de kaarten, de cijfers en de wensen van bewoners vastgesteld.'), ['de plannen zijn op grond van de kaarten de cijfers en de wensen van bewoners vastgesteld']);
    assert.equal(tense('De plannen zijn op grond van de kaarten, de cijfers en de wensen van bewoners vastgesteld.'), 'perfect');
  });
  it('a new clause, a participial phrase or a coordinated addition after the comma still splits', () => {
    assert.equal(clauses('We openen het loket, daarna volgt de website.').length, 2);
    assert.equal(clauses('Het is een lang proces, beïnvloed door de tijd en verbonden met het doel.').length, 2);
    assert.ok(clauses('Partijen evalueren het convenant elke twee jaar, en indien nodig vaker.').length > 1);
  });
});

describe('voice11 contrast: text about this text', () => {
  it('a pointer into this text with a verb of speaking about, or of where the weight lies', () => {
    no(nota('In deze nota wordt zo veel mogelijk gesproken over de regio.'), V);
    no(nota('De focus ligt in deze begroting zoveel mogelijk op de resultaten.'), V);
  });
  it('without the pointer, the same hedge is on the author\'s own course', () => {
    yes(nota('We spreken zo veel mogelijk met de bewoners over de regio.'), V);
    yes(nota('De focus ligt zoveel mogelijk op de resultaten.'), V);
  });
});

describe('voice11 contrast: what a text lays down, reported', () => {
  it('a "zijn" passive perfect reports what a plan holds', () => {
    no(nota('In het speelplan zijn zeven ambities vastgelegd om de speelruimte te verbeteren.'), 'doel/vaag');
  });
  it('the author laying the ambitions down now states them', () => {
    yes(nota('In het speelplan leggen we zeven ambities vast om de speelruimte te verbeteren.'), 'doel/vaag');
  });
});

describe('voice11 contrast: a relative clause describes its noun', () => {
  it('collaboration words inside it are not the sentence\'s act', () => {
    no(nota('We staan voor opgaven die we samen en in verbinding moeten aangaan.'), S);
    no(nota(everyone('Binnenkort organiseren we een bijeenkomst over de stappen die we samen moeten zetten.')), 'eigenaar/diffuus');
  });
  it('in the main clause they are', () => {
    yes(nota('We gaan de opgaven samen en in verbinding aan.'), S);
    yes(nota(everyone('Binnenkort zetten we samen de stappen.')), 'eigenaar/diffuus');
  });
});

describe('voice11 contrast: reasoning with the reader, and a routine', () => {
  it('a passive of noting with its dat-clause assigns no act', () => {
    no(conv('Daarbij moet worden opgemerkt dat de cijfers voorlopig zijn.'), 'eigenaar/passief');
    no(conv('In de eerste plaats moet worden bedacht dat de regeling nog niet in werking is getreden.'), 'eigenaar/passief');
  });
  it('a passive of an act still asks who', () => {
    yes(conv('Daarbij moet het plan worden bijgesteld.'), 'eigenaar/passief');
    yes(conv('Het tarief wordt jaarlijks vastgesteld.'), 'eigenaar/passief');
  });
  it('"zoals gebruikelijk" is no hedge; "waar mogelijk" is', () => {
    no(nota('Zoals gebruikelijk informeren we de raad elk kwartaal over de voortgang.'), V);
    yes(nota('Waar mogelijk informeren we de raad elk kwartaal over de voortgang.'), V);
  });
});

describe('voice11 contrast: purpose by its own words, and a dated milestone', () => {
  it('"met als doel om" opens a clause of purpose', () => {
    no(nota('In 2026 worden diverse overleggen met partners georganiseerd met als doel om het plan zoveel mogelijk samen met de bewoners op te stellen.'), V);
    yes(nota('In 2026 worden diverse overleggen met partners georganiseerd en wordt het plan zoveel mogelijk samen met de bewoners opgesteld.'), V);
  });
  it('"streven ernaar" a named act by a date', () => {
    no(nota('We streven ernaar het plan uiterlijk 1 juli 2027 vast te stellen.'), V);
    yes(nota('We streven ernaar de wachttijden te verkorten.'), V);
    yes(nota('We streven ernaar in 2027 de wachttijden te verkorten.'), V);
  });
});

describe('voice11 contrast: wanting to know is no goal', () => {
  it('a volition whose act is finding out', () => {
    no(nota('We willen eerst meer zicht hebben op de effecten van de nieuwe regeling.'), 'doel/vaag');
    no(nota('Ten tweede willen we in de gesprekken nagaan of er meer maatregelen nodig zijn.'), 'doel/vaag');
  });
  it('a volition whose act is a result', () => {
    yes(nota('We willen meer jongeren aan het werk helpen.'), 'doel/vaag');
  });
});

describe('voice11 contrast: money settled in the past, and a passive event with its agent', () => {
  it('a past report of a decision leaves no money open now', () => {
    no(nota('De aanpak werd in 2024 vastgesteld inclusief de benodigde middelen.'), 'geld/vaag');
  });
  it('the author reserving "de benodigde middelen" leaves the amount open', () => {
    yes(nota('We reserveren in 2027 de benodigde middelen voor de aanpak.'), 'geld/vaag');
  });
  it('a "zijn" passive with a door-agent is the perfect even with a year in it', () => {
    assert.equal(tense('Het plan is in 2024 door de raad vastgesteld.'), 'perfect');
    assert.equal(tense('Eind 2027 zijn de woningen geïsoleerd.'), 'present');
  });
});

describe('voice11 contrast: a named body as the subject is a doer', () => {
  const doer = (text: string): boolean => doerIn(first(text));
  it('a proper name the recognisers do not know, in the subject after an inverted verb', () => {
    assert.equal(doer('Aan het roer staat Waterwerk Kreekland.'), true);
  });
  it('the sentence\'s own first word is no name, nor is a name outside the subject', () => {
    assert.equal(doer('Kreekland is een mooie regio.'), false);
    assert.equal(doer('Het water stroomt naar Kreekland.'), false);
  });
});

describe('voice11 contrast: means another party provides itself', () => {
  it('the applicant providing enough means himself', () => {
    no(nota('Geen subsidie wordt verstrekt voor activiteiten waarvoor de aanvrager zelf kan zorgen voor voldoende middelen.'), 'geld/vaag');
  });
  it('the author providing "voldoende middelen" leaves the amount open', () => {
    yes(nota('De gemeente zorgt voor voldoende middelen.'), 'geld/vaag');
  });
});
