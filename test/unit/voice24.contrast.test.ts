/**
 * Contrast pairs of the twenty-third session (invented sentences): who holds the regie when a prepositional phrase
 * follows the word. "de regie bij X" right after the word names a field when X is no party ("neemt de regie bij de
 * energietransitie"): the subject holds it; where the text places the regie ("ligt bij X", "onder regie van X"), X holds
 * it whatever kind of noun it is.
 */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';
import { readLocal } from '../../src/core/read/unit';
import { commitsAfter, no, sentence, yes } from './contrast';

const NOTA = '# Nota energie en wonen Lindewaard\n\nDeze nota beschrijft de aanpak in de regio Lindewaard.\n\n## Aanpak\n\n';
/** A programme in the author's own voice (a plain section), and an agreement's operative part. */
const PLAIN = '# Programma jeugd en gezin\n\n## Onze aanpak\n\n';
const CONV = '# Overeenkomst onderhoud Kreekbeek\n\nPartijen komen het volgende overeen.\n\n## Artikel 1\n\n';
const holMessages = (text: string): string[] => analyze(NOTA + text + '\n').findings.filter((f) => f.rule === 'regie/hol').map((f) => f.message);

describe('voice24 contrast: "regie bij X" right after the word is a field unless X is a party', () => {
  it('a field after "bij": the subject claims the regie', () => {
    const m = holMessages('De provincie neemt de regie bij de energietransitie.');
    assert.equal(m.length, 1);
    assert.match(m[0], /"provincie" claimt regie/);
    assert.doesNotMatch(m[0], /"de energietransitie" claimt/);
  });
  it('a party after "bij" right after the word holds it; a field there names no one; a field where the regie is placed holds it', () => {
    const party = holMessages('Er komt meer regie bij de gemeente.');
    assert.equal(party.length, 1);
    assert.match(party[0], /"gemeente" claimt regie/);
    const field = holMessages('Er komt meer regie bij de energietransitie.');
    assert.equal(field.length, 1);
    assert.match(field[0], /wie voert hier regie\?/);
    const placed = holMessages('De regie op de warmtetransitie ligt bij het gebied.');
    assert.equal(placed.length, 1);
    assert.match(placed[0], /"het gebied" claimt regie/);
  });
});

describe('voice24 contrast: "al" (already) in the main clause describes running work', () => {
  const commits = (body: string, needle: string): boolean => commitsAfter(PLAIN, body, needle);
  it('running cooperation with "al" is described; the same act without it is laid down; "al" before a moment ahead plans', () => {
    assert.equal(commits('In de regio werken we al intensief samen met de buurgemeenten.', 'buurgemeenten'), false);
    assert.equal(commits('In de regio werken we intensief samen met de buurgemeenten.', 'buurgemeenten'), true);
    assert.equal(commits('We starten al in 2027 met de bouw van de brede school.', 'brede school'), true);
  });
  it('"al" as a quantifier or opening the clause is not "already"', () => {
    assert.equal(commits('We betrekken al onze partners bij de uitvoering van de aanpak.', 'partners'), true);
    assert.equal(commits('We bieden de cursus al dan niet online aan.', 'cursus'), true);
  });
  it('a rule gated on the commitment follows: eigenaar/samenwerken', () => {
    no(PLAIN + 'In de regio werken we al intensief samen met de buurgemeenten.\n', 'eigenaar/samenwerken');
    yes(PLAIN + 'In de regio werken we intensief samen met de buurgemeenten.\n', 'eigenaar/samenwerken');
  });
});

describe('voice24 contrast: a recommendation reported is not money the author leaves open', () => {
  const LETTER = '# Brief over de bereikbaarheid\n\n## Aanbevelingen\n\n';
  it('"De belangrijkste aanbeveling is om … voldoende middelen te reserveren" is reported; the author reserving them is not', () => {
    no(LETTER + 'De belangrijkste aanbeveling is om te gaan werken met een meerjarenplanning en voldoende middelen te reserveren.\n', 'geld/vaag');
    no(LETTER + 'Het advies van de commissie luidt dat het Rijk voldoende middelen moet reserveren.\n', 'geld/vaag');
    yes(LETTER + 'We reserveren voldoende middelen voor de meerjarenplanning.\n', 'geld/vaag');
  });
});

describe('voice24 contrast: a responsibility taking effect on a date is the mandate of the regie', () => {
  it('"Per 1 januari 2025 zijn we verantwoordelijk voor de regie" is a statutory task; without the date the claim is hollow', () => {
    assert.equal(holMessages('Per 1 januari 2025 zijn we verantwoordelijk voor de regie op de schuldhulpverlening.').length, 0);
    assert.equal(holMessages('Sinds 2015 zijn gemeenten verantwoordelijk voor de regie op de jeugdhulp.').length, 0);
    assert.equal(holMessages('We zijn verantwoordelijk voor de regie op de schuldhulpverlening.').length, 1);
  });
});

describe('voice24 contrast: a hedge in the act of those urged, in a subordinate clause too', () => {
  it('the object before the verb at the end of a "dat"-clause is the one urged; the author\'s own act stays hedged', () => {
    no(PLAIN + 'Uitgangspunt is dat we inwoners stimuleren om zo veel mogelijk eerst zelf naar oplossingen te zoeken.\n', 'taal/voorbehoud');
    yes(PLAIN + 'Uitgangspunt is dat we zo veel mogelijk eerst zelf naar oplossingen zoeken.\n', 'taal/voorbehoud');
    yes(PLAIN + 'Uitgangspunt is dat we inwoners zo veel mogelijk stimuleren om eerst zelf naar oplossingen te zoeken.\n', 'taal/voorbehoud');
  });
  it('a prepositional phrase set off by commas inside the te-clause does not end it', () => {
    no(PLAIN + 'We stimuleren ouders om zo veel mogelijk eerst zelf, met hulp van het eigen netwerk, naar oplossingen te zoeken.\n', 'taal/voorbehoud');
    yes(PLAIN + 'We zoeken zo veel mogelijk eerst zelf, met hulp van het eigen netwerk, naar oplossingen.\n', 'taal/voorbehoud');
  });
});

describe('voice24 contrast: a hollow claim that names its kind says so', () => {
  it('a kind of regie without anyone to hold it: the message names the kind and asks who', () => {
    const m = holMessages('Er komt procesregie op de zorgroute.');
    assert.equal(m.length, 1);
    assert.match(m[0], /er staat een soort regie bij \("procesregie"\), maar wie voert die regie\?/);
    assert.doesNotMatch(m[0], /geen soort regie/);
    const bare = holMessages('Er komt meer regie op de zorgroute.');
    assert.equal(bare.length, 1);
    assert.match(bare[0], /geen soort regie/, 'without a kind the message still says none is named');
  });
});

describe('voice24 contrast: regie required ("vergt", "vereist") is claimed as regie asked for ("vraagt om")', () => {
  it('a need for regie without a holder is hollow; a person\'s own regie required is none', () => {
    assert.equal(holMessages('Dat vergt meer regie op de zorgroute.').length, 1);
    assert.equal(holMessages('De aanpak vereist regie op de zorgroute.').length, 1);
    assert.equal(holMessages('Dit vergt van inwoners regie over hun eigen leven.').length, 0, 'a person\'s own regie is no claim');
  });
});

describe('voice24 contrast: "in principe besloten" is a kind of decision, not a hedge', () => {
  it('a principebesluit taken or proposed is no hedge; "in principe" before the act itself still is', () => {
    no(PLAIN + 'Wij hebben in principe besloten aan de stichting voor 2027 een bedrag toe te kennen van € 650.000.\n', 'taal/voorbehoud');
    no(PLAIN + 'Het college stelt de raad voor in principe te besluiten tot aankoop van het pand.\n', 'taal/voorbehoud');
    yes(PLAIN + 'Wij openen het buurthuis in principe in 2027.\n', 'taal/voorbehoud');
  });
});

describe('voice24 contrast: legal formulas of an agreement commit no one to an act', () => {
  it('the duration clause and a deeming provision are no agentless acts; the same passive of a task is', () => {
    no(CONV + 'Deze overeenkomst wordt gesloten voor 30 jaar.\n', 'eigenaar/passief');
    no(CONV + 'De overeenkomst wordt gesloten voor de tijdsduur van tien jaren.\n', 'eigenaar/passief');
    yes(CONV + 'De overeenkomst wordt voor de zomer gesloten.\n', 'eigenaar/passief');
    no(CONV + 'Een betere bemaling dient te worden aangemerkt, als een handeling in de zin van het tweede lid.\n', 'eigenaar/passief');
    yes(CONV + 'Een betere bemaling wordt uitgevoerd.\n', 'eigenaar/passief');
  });
  it('"zo veel mogelijk van overeenkomstige toepassing" applies a provision by analogy: no hedge', () => {
    no(CONV + 'Met betrekking tot wijzigingen van de begroting is artikel 18 zo veel mogelijk van overeenkomstige toepassing.\n', 'taal/voorbehoud');
    yes(CONV + 'De partijen passen artikel 18 zo veel mogelijk toe.\n', 'taal/voorbehoud');
  });
  it('a sentence that names the parties ("hierna gezamenlijk te noemen") defines them', () => {
    no(CONV + 'De gemeente en de corporaties, hierna gezamenlijk te noemen "partijen", streven ernaar om bewoners met specifieke woonbehoeften te faciliteren.\n', 'taal/voorbehoud');
    yes(CONV + 'De gemeente en de corporaties streven ernaar om bewoners met specifieke woonbehoeften te faciliteren.\n', 'taal/voorbehoud');
  });
  it('a deferral of when or how is no money left open; of how much it is', () => {
    no(CONV + 'De gemeente en de minister kunnen de bijdragen bij wijze van voorschot voldoen in door hen nader te bepalen termijnen.\n', 'geld/vaag');
    yes(CONV + 'De bijdrage van de gemeente bedraagt een nader te bepalen bedrag.\n', 'geld/vaag');
  });
});

describe('voice24 contrast: a bracketed name or gloss inside a clause does not end it', () => {
  it('the participle after "(DB)" and "(jaarrekening)" closes the verb cluster: a perfect, a report', () => {
    const l = readLocal(sentence('Op 21 maart heeft het Dagelijks Bestuur (DB) de jaarstukken (jaarrekening) 2024 en de begroting 2026 vastgesteld.'));
    assert.equal(l.main?.tense, 'perfect');
    assert.equal(l.clauses.length, 1);
  });
  it('a bracketed aside with a verb of its own, or one after which no verb cluster follows, still splits', () => {
    const withVerb = readLocal(sentence('Het bestuur heeft de stukken (die het college opstelde) vastgesteld.'));
    assert.ok(withVerb.clauses.length > 1);
    const noCluster = readLocal(sentence('Het bestuur heeft de stukken (jaarrekening) in handen.'));
    assert.ok(noCluster.clauses.length > 1);
  });
});

describe('voice24 contrast: "men" with a verb of expecting or wanting reports the view of unnamed others', () => {
  it('what "men" expects or asks is reported: no regie claim, no commitment; the same regie without it is claimed', () => {
    assert.equal(holMessages('Men verwacht daarom meer inbreng van de provincie in de vorm van regievoering.').length, 0);
    assert.equal(holMessages('Men vraagt om meer regie op de zorgroute.').length, 0);
    assert.equal(holMessages('Er komt meer regie op de zorgroute.').length, 1);
    assert.equal(commitsAfter(PLAIN, 'Men verwacht meer inzet van de scholen bij de vroegsignalering.', 'vroegsignalering'), false);
    assert.equal(commitsAfter(PLAIN, 'We verwachten meer inzet van de scholen bij de vroegsignalering.', 'vroegsignalering'), true);
  });
});

describe('voice24 contrast: regie asked of another party is held by that party', () => {
  it('the party asked is named as the one asked, not the author who asks', () => {
    const m = holMessages('Wij vragen de provincie om regievoering op de woningbouw.');
    assert.equal(m.length, 1);
    assert.match(m[0], /van "provincie" wordt regie gevraagd/);
    const v = holMessages('We verwachten van het Rijk meer regie op de woningbouw.');
    assert.equal(v.length, 1);
    assert.match(v[0], /van "Rijk" wordt regie gevraagd/);
    const own = holMessages('De provincie voert de regie op de woningbouw.');
    assert.equal(own.length, 1);
    assert.match(own[0], /"provincie" claimt regie/);
  });
});

describe('voice24 contrast: whole documents (study set of agreements, regulations and letters)', () => {
  it('regie that already holds ("er is al sprake van …regie") or is pointed back to ("Deze regie …") is no new claim', () => {
    assert.equal(holMessages('Voor wat betreft de Noordzee zelf is er al sprake van centrale overheidsregie op de ruimtelijke inrichting.').length, 0);
    assert.equal(holMessages('Voor de Noordzee komt er centrale overheidsregie op de ruimtelijke inrichting.').length, 1);
    assert.equal(holMessages('De provincie voert de regie op de ruimtelijke inrichting. Deze regie krijgt haar beslag in het programma.').length, 1);
    assert.equal(holMessages('We nemen al in 2027 de regie op de woningbouw.').length, 1, '"al" before a moment ahead plans');
  });
  it('a hedge inside a bracketed gloss of a category is cited wording; a bracketed hedge of the act stays', () => {
    no(PLAIN + 'De gemeente noemt eerst de hoofdcategorieën uit artikel 1.1.1 van de wet (ondersteunen van de zelfredzaamheid van personen met een beperking, zoveel mogelijk in de eigen leefomgeving).\n', 'taal/voorbehoud');
    yes(PLAIN + 'We bouwen de woningen (waar mogelijk) levensloopbestendig.\n', 'taal/voorbehoud');
  });
  it('"waar mogelijk, of <verb> we …": the other case is given', () => {
    no(PLAIN + "Hierin houden we concrete jaartallen aan waar mogelijk, of spreken we van 'voor 2030' en 'na 2050'.\n", 'taal/voorbehoud');
    yes(PLAIN + 'We houden concrete jaartallen aan waar mogelijk.\n', 'taal/voorbehoud');
  });
});

describe('voice24 contrast: a second study set of whole documents', () => {
  it('regie over one\'s own health data is a person\'s own; regie over an exchange of data is claimed', () => {
    assert.equal(holMessages('Het eerste principe is regie op gezondheidsgegevens.').length, 0);
    assert.equal(holMessages('Het eerste principe is regie op de gegevensuitwisseling.').length, 1);
  });
  it('the principle of a law, stated, is reported: its hedge is the law\'s; the same hedge in the author\'s principle stays', () => {
    no(PLAIN + 'Het uitgangspunt van de Algemene Verordening Gegevensbescherming (AVG) is dat er in principe zo min mogelijk persoonsgegevens worden verzameld.\n', 'taal/voorbehoud');
    yes(PLAIN + 'Het uitgangspunt van onze aanpak is dat we in principe zo min mogelijk gegevens verzamelen.\n', 'taal/voorbehoud');
  });
});
