/**
 * Contrast suites of the thirteenth session (issue 13); every sentence, place and organisation here is invented.
 * - Regie holder: "dat" after a verb, adjective or adverb opens a complement clause whose own subject holds the regie
 *   ("Het kabinet wil dat de bewindspersoon de regie voert"); only after a noun is it a relative pronoun whose
 *   antecedent holds ("het bureau dat de regie voert"). "Bewindspersoon" is a role like "minister".
 * - Need conditions ("waar nodig"): the condition says when an act is due, not whether; every judged need condition on a
 *   service act (visit, renew, improve, enforce, take up care) was a false positive on the study sets and the shared
 *   verdicts (0 of 6 correct). It hollows the commitment only where what is due are the means (money, people,
 *   authority, legal form) or an act left unnamed ("maatregelen"). Older contrasts that expected a flag on a service
 *   act ("bezoekt de ouders", "verbeteren de fietspaden", "zetten de zorg in") now expect none. "Waar nodig en
 *   nuttig" adds the author's own judgement of use: a way out.
 * From the study sets fresh14L and fresh14N:
 * - "in samenhang met X", "in samenhang daarmee" = in connection with; a bare "in samenhang" stays a buzzword;
 *   "verbinden" of routes and roads, or "fysiek", is to connect places (fresh14Q).
 * - A regie word in an opening adjunct of means ("Door de regie te versterken, …") whose main clause states effects
 *   with no party as subject explains an effect; no claim. A verb after "te" is never the finite verb of a clause.
 * - "Laten we …" is an appeal, and so is a short motto with the community fronted ("De stad maken we met elkaar"); "samen"/"gezamenlijk" inside an adjunct "door/om … te" says how that means is done.
 * - Collaboration: ideas or things as the subject of "elkaar versterken"; a sentence that points back ("Deze
 *   gemeenten werken samen …") to a named collaboration and its members; a public body as the frame ("in de
 *   veiligheidsregio"); a frequency after the verb ("werken veel samen") of another party describes a habit; the author's own stays.
 * - Goals: goal nouns inside an adjunct of means ("Door … onze ambities op te pakken") are taken up, not set; staying
 *   within a given budget is a bound; "X moet leiden tot" with X an instrument the text introduces or points back to
 *   ("Het nieuwe portaal", "Die werkwijze") is that instrument's purpose; a vague result
 *   only in a motive ("gelet op zijn ambitie om … te versterken") leaves the wanted act concrete.
 * - Money: the next sentence that takes this one up with an amount ("In totaal beloopt dit € 5 miljoen") names it.
 * - Hedges on aligning the text with other texts ("bouwen hierbij voort op de koers", "de verbinding leggen met het
 *   coalitieakkoord") promise nothing to anyone.
 * From the study sets fresh14P and fresh14Q:
 * - "De bedoeling van het Rijk met de wet is dat …" reports the intention of a law (unit: reported).
 * - "Het doel hiervan" after a report of what others did cites their goal; "bijdragen aan … opgaven en ambities" takes
 *   goals up; "We willen hiermee …" right after a measure with a number is that measure's aim.
 * - A hedge inside an indirect question ("aandacht voor hoe we de gevolgen zoveel mogelijk opvangen") is asked.
 * - Collaboration: a sentence that points back ("Hier werken we samen met …", "werkt hierin samen") or names only its
 *   partners takes what and how from the sentence before; a named agreement or instrument is a what.
 * - A verb after "te" is no finite verb only in a clause opened by "door"/"om"/"zonder" (an adjunct).
 * - A "zijn" passive with a word that looks back ("De afgelopen periode is de rol … versterkt", "inmiddels") reports
 *   what was done; it claims no regie now.
 * From the study sets fresh14T and fresh14U: setting up a team is people (a need condition on it stays); "samen … met
 *   onze partners" names the partner after the adverb; "niet meer" is no longer; wanting to draw up a policy text is a
 *   deliverable; the people as an item of cost; "waar dat kan … waar dat moet" gives the other case; a reading guide
 *   ("Daarbij beschrijven we ook de benodigde middelen") is text about the text; a dated target further on in the
 *   paragraph, also a rank against the average of a named set ("In 2030 willen we bovengemiddeld scoren in de regio").
 * - Another party working together in the plain present is described in a programme of one author too (a begroting,
 *   an uitvoeringsprogramma); only signing parties or an ordering authority lay down what others do.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';
import { yes, no, convenant, everyone } from './contrast';
import { buildDocument } from '../../src/core/document';
import { readLocal } from '../../src/core/read/unit';

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

const V = 'taal/voorbehoud';
const S = 'eigenaar/samenwerken';
const D = 'eigenaar/diffuus';
const T = 'taal/toverwoord';

describe('study14 contrast: discretion joined to need', () => {
  it('"waar nodig en nuttig" leaves the act to the author\'s judgement', () => {
    yes(nota('We bezoeken waar nodig en wenselijk de scholen in de wijk.'), V);
    no(nota('We bezoeken waar nodig de scholen in de wijk.'), V);
  });
});

describe('study14 contrast: "samenhang" with its complement', () => {
  it('"in samenhang met/daarmee" names a connection', () => {
    no(nota('Door de wijkaanpak te versterken en tegelijkertijd in samenhang daarmee de procedures te versnellen, neemt de overlast sneller af.'), T);
    no(nota('We pakken de armoede aan in samenhang met het onderwijs en zorgen voor verbinding.'), T);
  });
  it('"verbinden" of routes and places is literal', () => {
    no(nota('Doel van het project is om plekken rondom de bevrijding fysiek met elkaar te verbinden en in samenhang zichtbaar te maken.'), T);
    no(nota('De nieuwe fietsroute moet de dorpen verbinden en zorgt voor samenhang in het gebied.'), T);
    yes(nota('We verbinden de partners en zorgen voor samenhang in het gebied.'), T);
  });
  it('a bare "in samenhang" beside another buzzword stays', () => {
    yes(nota('We pakken de armoede in samenhang aan en zorgen voor verbinding.'), T);
  });
});

describe('study14 contrast: a regie word in an adjunct of means that explains an effect', () => {
  it('the main clause states effects: no claim', () => {
    no(nota('Door de regie te versterken en tegelijkertijd de procedures te versnellen, leiden de maatregelen sneller tot resultaten en neemt het tekort sneller af.'), 'regie/hol');
  });
  it('a party acts in the main clause: the claim stands', () => {
    yes(nota('Door de regie te versterken, versnellen we de bouw.'), 'regie/hol');
  });
  it('the verb after "te" is no finite verb', () => {
    const c = readLocal(buildDocument('Door de regie te versterken, leiden de maatregelen tot resultaten.\n', 'markdown').sentences[0]).clauses;
    assert.equal(c[0].finite, -1);
    assert.equal(c[1].finite >= 0, true);
  });
});

describe('study14 contrast: togetherness that assigns nothing', () => {
  it('"Laten we …" is an appeal', () => {
    no(nota(everyone('Laten we er de komende jaren samen de schouders onder zetten.')), D);
    yes(nota(everyone('We zetten er de komende jaren samen de schouders onder.')), D);
  });
  it('a motto of a single author with the community fronted ("De stad maken we met elkaar")', () => {
    no(nota(everyone('Mensen maken de stad. De stad maken we met elkaar.')), D);
    yes(nota(everyone('Een plan maken we met elkaar.')), D);
  });
  it('"gezamenlijk" inside "door … te" says how the means is done', () => {
    no(nota(everyone('Problemen in de wijk pakken we aan door gezamenlijk te werken.')), D);
    no(nota(everyone('We pakken de vraagstukken aan door samen een plan te maken.')), D);
    yes(nota(everyone('Problemen in de wijk pakken we gezamenlijk aan.')), D);
  });
});

describe('study14 contrast: collaboration described or framed', () => {
  it('ideas that reinforce each other are no parties', () => {
    no(nota('Innovatie en sociale vernieuwing moeten elkaar versterken.'), S);
    yes(nota('De partners moeten elkaar versterken.'), S);
  });
  it('a sentence pointing back to a named collaboration and its members', () => {
    no(nota('Kreekdal is de samenwerking van de gemeenten Aalveen, Brederwold en Zandmeer. Deze gemeenten werken samen op het gebied van zorg, jeugdhulp en belastingen.'), S);
    // (Seventeenth session: several bodies in the plain present are described anyway; the contrast is shown with a plan.)
    no(nota('Kreekdal is de samenwerking van de gemeenten Aalveen, Brederwold en Zandmeer. Deze gemeenten gaan samenwerken op het gebied van zorg, jeugdhulp en belastingen.'), S);
    yes(nota('Kreekdal is een gemeente aan de kust. Deze gemeenten gaan samenwerken op het gebied van zorg, jeugdhulp en belastingen.'), S);
  });
  it('a public body as the frame of the work', () => {
    no(nota('Negentien gemeenten en de hulpdiensten werken in de veiligheidsregio nauw samen aan de taken op het gebied van brandweerzorg.'), S);
    // (Seventeenth session: the same bodies in the plain present are described anyway; the contrast is shown with a plan.)
    no(nota('Negentien gemeenten en de hulpdiensten gaan in de veiligheidsregio nauw samenwerken aan de taken op het gebied van brandweerzorg.'), S);
    yes(nota('Negentien gemeenten en de hulpdiensten gaan nauw samenwerken aan de taken op het gebied van brandweerzorg.'), S);
  });
  it('a frequency after the verb describes a habit of another party', () => {
    no(convenant('De wijkteams werken veel met de huisartsen samen.'), S);
    yes(convenant('De wijkteams werken met de huisartsen samen.'), S);
  });
  it('the author\'s own "we werken veel samen" stays', () => {
    yes(nota('We werken veel met de buurgemeenten samen.'), S);
    yes(convenant('Partijen werken veel met elkaar samen.'), S);
  });
});

const G = 'doel/vaag';

describe('study14 contrast: goals taken up, bounded, or given as a reason', () => {
  it('goal nouns inside "door … te" are the object of the means', () => {
    no(nota('Door te investeren in de wijk en onze ambities in samenhang op te pakken, komen we sterker uit de crisis.'), G);
    yes(nota('Onze ambities zijn een sterkere en leefbaardere wijk.'), G);
  });
  it('staying within a given budget is a bound', () => {
    no(nota('We willen de kwaliteit van de zorg overeind houden, maar ook binnen de budgetten blijven die wij van het Rijk krijgen.'), G);
    yes(nota('We willen de kwaliteit van de zorg verbeteren.'), G);
  });
  it('"moet leiden tot" with a thing as subject is that thing\'s purpose', () => {
    no(nota('Het nieuwe evenementenportaal moet leiden tot betere afstemming in de binnenstad.'), G);
    no(nota('We starten een nieuwe werkwijze in de wijken. Die werkwijze moet leiden tot betere afstemming in de binnenstad.'), G);
    yes(nota('Onze aanpak moet leiden tot betere afstemming in de binnenstad.'), G);
    yes(nota('Het beleid moet leiden tot betere afstemming in de binnenstad.'), G);
  });
  it('a vague result only in the motive', () => {
    no(nota('Het college wil het convenant met de corporaties sluiten gelet op zijn ambitie om de samenwerking in de regio te versterken.'), G);
    yes(nota('Het college wil de samenwerking in de regio versterken.'), G);
    yes(nota('Het college wil ervoor zorgen dat mensen zich gezien en gehoord voelen en betere hulp krijgen.'), G);
  });
});

describe('study14 contrast: money named in the sentence that takes this one up', () => {
  it('an amount after "dit" in the next sentence', () => {
    no(nota('Naast extra middelen zetten we in op de vernieuwing van de jeugdzorg binnen de bestaande budgetten. In totaal beloopt dit een bedrag van € 5 miljoen in de jaren 2027-2030.'), 'geld/vaag');
    yes(nota('We voeren de vernieuwing van de jeugdzorg uit binnen de bestaande budgetten. Het Rijk betaalt € 5 miljoen voor de wegen.'), 'geld/vaag');
  });
});

describe('study14 contrast: a hedge on aligning with other texts', () => {
  it('building on a course, connecting to an agreement', () => {
    no(nota('In deze strategie geven we een antwoord op de groei. Waar mogelijk bouwen we hierbij voort op de koers voor de periode 2020-2030 en de gemeentelijke visies.'), V);
    no(nota('Hierbij dient, waar mogelijk, de verbinding te worden gelegd met het coalitieakkoord.'), V);
    yes(nota('Waar mogelijk bouwen we in de wijk nieuwe woningen.'), V);
    yes(nota('We sluiten aan bij het landelijk beleid en bouwen zoveel mogelijk nieuwe woningen.'), V);
  });
});

describe('study14 contrast: reported intentions and goals taken up', () => {
  it('the intention of a law or the legislator is reported', () => {
    no(nota('De bedoeling van het Rijk met de nieuwe wet is dat de gemeenten integrale schuldhulpverlening realiseren en regie nemen.'), 'regie/hol');
    no(nota('De bedoeling van het Rijk met de nieuwe wet is dat de gemeenten integrale schuldhulpverlening realiseren en regie nemen.'), T);
    yes(nota('De gemeente neemt de regie en zorgt voor integrale schuldhulpverlening in samenhang.'), T);
  });
  it('"Het doel hiervan" after a report of what others agreed', () => {
    no(nota('Zomer 2025 bereikten Rijk en gemeenten een nieuw zorgakkoord. Het doel hiervan is toegankelijke en betere zorg.'), G);
    yes(nota('We starten een programma. Het doel hiervan is toegankelijke en betere zorg.'), G);
  });
  it('contributing to goals takes them up', () => {
    no(nota('We werken aan een betere werkwijze voor het onderhoud en het bijdragen aan maatschappelijke opgaven en ambities.'), G);
  });
  it('"We willen hiermee" after a measure with a number; after a wish the goal stands', () => {
    no(nota('Om 20 woningen te realiseren is een uitvraag uitgezet onder corporaties. We willen hiermee meer alternatieven voor mensen creëren.'), G);
    yes(nota('Bewoners worden gevraagd om mee te praten over het beleid. We willen daarmee het vertrouwen in de overheid vergroten.'), G);
  });
  it('a hedge inside an indirect question is asked, not promised', () => {
    no(nota('Dit doe ik op een moment dat veel aandacht uit moet gaan naar hoe we de gevolgen ervan zoveel mogelijk kunnen opvangen.'), V);
    yes(nota('We vangen de gevolgen zoveel mogelijk op.'), V);
  });
});

describe('study14 contrast: what and how in the sentence before', () => {
  it('a sentence that names only its partners after the action is named', () => {
    no(nota('De Buurtklusser is één van de acties van de gemeente om energiearmoede aan te pakken. We werken samen met woningcorporatie Kreekwonen.'), S);
    yes(nota('We zetten in op schone lucht. We werken samen met woningcorporatie Kreekwonen.'), S);
  });
  it('"Hier" after the programme or strategy is named', () => {
    no(nota('Een grote opgave binnen het programma Leefomgeving is de regionale energiestrategie. Hier werken we als regio samen met de waterschappen, Enexis Netbeheer en de provincie aan de energietransitie.'), S);
    yes(nota('Hier werken we als regio samen met de waterschappen, Enexis Netbeheer en de provincie aan de energietransitie.'), S);
  });
  it('a named agreement is what the partners work on', () => {
    no(nota('De gemeente werkt hierin samen met de voetbalvereniging en de sportservice. Deze partners krijgen ook een actieve rol bij de implementatie van het lokaal sportakkoord.'), S);
    yes(nota('De gemeente werkt hierin samen met de voetbalvereniging en de sportservice. Deze partners krijgen ook een actieve rol in de wijk.'), S);
  });
});

const programma = (body: string): string => `# Uitvoeringsprogramma Jeugd Kreekhaven 2027\n\n## Maatregelen\n\nWe openen in 2027 twee jongerencentra.\n\n${body}\n`;

describe('study14 contrast: others working together in a programme of one author', () => {
  it('another party in the plain present is described', () => {
    no(programma('De GGD werkt samen met de scholen in de wijk.'), S);
  });
  it('the author, or a party of an agreement, stays', () => {
    yes(programma('We werken samen met de scholen in de wijk.'), S);
    yes(convenant('De GGD werkt samen met de scholen in de wijk.'), S);
  });
});

describe('study14 contrast: a passive that looks back', () => {
  it('"afgelopen", "inmiddels" make a zijn-passive a report', () => {
    no(nota('De afgelopen periode is de rol van de provincie als regisseur versterkt.'), 'regie/hol');
    no(nota('De regie is inmiddels belegd bij de wethouder.'), 'regie/hol');
    yes(nota('De regie is belegd bij de wethouder.'), 'regie/hol');
    const c = readLocal(buildDocument('De afgelopen periode is de rol van de provincie versterkt.\n', 'markdown').sentences[0]).clauses;
    assert.equal(c[0].tense, 'perfect');
  });
});

describe('study14 contrast: fresh14T/U', () => {
  it('a team set up where needed is people: the need condition stays', () => {
    yes(nota('Waar nodig wordt een ontwikkelteam samengesteld met de benodigde kennis.'), V);
  });
  it('"samen … met onze partners" names the partner', () => {
    no(nota(everyone('In deze fase gaan we samen aan de slag met onze partners.')), D);
    yes(nota(everyone('In deze fase gaan we samen aan de slag.')), D);
  });
  it('"niet meer" is no longer', () => {
    no(nota('De kosten waren hoog. Dat willen we niet meer.'), G);
    yes(nota('We willen meer woningen en betere zorg.'), G);
  });
  it('wanting to draw up a policy text is a deliverable', () => {
    no(nota('De komende jaren willen we een integraal vestigingsbeleid vormgeven voor alle bedrijfsterreinen.'), G);
    yes(nota('De komende jaren willen we de leefbaarheid van de bedrijfsterreinen verbeteren.'), G);
  });
  it('the people as an item of cost', () => {
    no(nota('Daarbij nemen we de kosten van de inzet van medewerkers mee.'), 'zwitsers/vaag');
    yes(nota('We zorgen voor de inzet van medewerkers.'), 'zwitsers/vaag');
  });
  it('"waar dat kan" with "waar dat moet" gives the other case', () => {
    no(nota('We stimuleren goed gedrag waar dat kan en grijpen in waar dat moet.'), V);
    yes(nota('We stimuleren goed gedrag waar dat kan.'), V);
  });
  it('a reading guide names where the money is set out', () => {
    no(nota('In het volgende hoofdstuk werken we de onderwerpen verder uit. Daarbij beschrijven we ook de benodigde middelen.'), 'geld/vaag');
    yes(nota('Daarbij zetten we de benodigde middelen in.'), 'geld/vaag');
  });
});

describe('study14 contrast: a dated target further on in the paragraph', () => {
  const para = 'Wij willen onze aantrekkingskracht versterken voor mensen die rustig willen wonen. Onze dorpen hebben een eigen karakter. De samenstelling van de bevolking is belangrijker dan aantallen.';
  it('a rank against the regional average with a year, three sentences on', () => {
    no(nota(`${para} In 2030 willen we qua woonaantrekkelijkheid bovengemiddeld scoren in de regio.`), G);
    yes(nota(para), G);
  });
});
