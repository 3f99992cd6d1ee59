/**
 * The reading core: clause records and unit functions, tested on minimal pairs (own invented sentences; the kinds
 * come from ../shared/guide/real-documents.md). Each pair differs in one feature — word order, tense, modality,
 * negation, mood, attribution, section role — and the reading must follow that feature, not the words around it.
 */
import { strict as assert } from 'assert';
import { readClauses, mainClauses } from '../../src/core/read/clause';
import { tokenize } from '../../src/core/text/tokens';
import { buildDocument } from '../../src/core/document';
import { unitOf, blockRoles } from '../../src/core/read/unit';
import { actorNearby } from '../../src/core/read/context';
import { Analyzer, analyze } from '../../src/core';

function main(sentence: string) {
  const tokens = tokenize(sentence, 0, sentence.length);
  const m = mainClauses(readClauses(tokens)).find((c) => c.finite >= 0) ?? mainClauses(readClauses(tokens))[0];
  const words = (r?: [number, number]) => (r ? tokens.slice(r[0], r[1]).map((t) => t.text).join(' ') : '');
  return { ...m, finiteWord: m.finite >= 0 ? tokens[m.finite].text : '', subjectWords: words(m.subject) };
}

function unitsOf(text: string) {
  const doc = buildDocument(text, 'markdown');
  return doc.sentences.map((s, i) => ({ text: s.raw.trim(), ...unitOf(doc, i) }));
}

const unit = (text: string, needle: string) => {
  const u = unitsOf(text).find((x) => x.text.includes(needle));
  assert.ok(u, `no sentence with "${needle}"`);
  return u;
};

describe('reading core: clause records', () => {
  it('finds the finite verb in second position and the subject before it', () => {
    const c = main('De provincie betaalt de procesbegeleiding.');
    assert.equal(c.finiteWord, 'betaalt');
    assert.equal(c.subjectWords, 'De provincie');
    assert.equal(c.tense, 'present');
  });

  it('reads inversion: a fronted adverbial puts the subject after the finite verb', () => {
    const c = main('In het najaar levert het waterschap de meetgegevens.');
    assert.equal(c.finiteWord, 'levert');
    assert.equal(c.subjectWords, 'het waterschap');
  });

  it('past versus present: "werd" describes, "wordt" commits', () => {
    assert.equal(main('In 2021 werd het eerste plan vastgesteld.').tense, 'past');
    assert.equal(main('Het plan wordt in maart vastgesteld.').tense, 'present');
  });

  it('modality: kan is a possibility, moet an obligation, zal/gaan the future', () => {
    assert.equal(main('Het verloop kan in het systeem worden bijgehouden.').modality, 'possibility');
    assert.equal(main('De aanvrager moet het formulier vóór 1 mei indienen.').modality, 'obligation');
    assert.equal(main('De gemeente zal een loket openen.').modality, 'future');
    assert.equal(main('Samen gaan we de speeltuin opknappen.').modality, 'future');
  });

  it('negation is attached to the clause', () => {
    assert.equal(main('Het bureau is niet eindverantwoordelijk voor het resultaat.').negated, true);
    assert.equal(main('Het bureau is eindverantwoordelijk voor het resultaat.').negated, false);
  });

  it('a question is a question, the same words as a statement are not', () => {
    assert.equal(main('Kan de gemeente deze kosten dragen?').mood, 'question');
    assert.equal(main('De gemeente kan deze kosten dragen.').mood, 'declarative');
  });

  it('the passive and its door-agent', () => {
    const a = main('Het budget wordt door de wethouder vastgesteld.');
    assert.equal(a.passive, true);
    assert.equal(a.agent, true);
    const b = main('Het budget wordt in twee termijnen uitbetaald.');
    assert.equal(b.passive, true);
    assert.equal(b.agent, false);
  });

  it('a condition and a relative clause are subordinate; the main clause keeps its subject across the relative', () => {
    const tokens = tokenize('Als het plan onvolledig is, volgt een herstelbrief.', 0, 51);
    const cs = readClauses(tokens);
    assert.equal(cs[0].conditional, true);
    assert.equal(cs[1].subordinate, false);
    const c = main('Het plan dat de wethouder heeft opgesteld, wordt in mei besproken.');
    assert.equal(c.finiteWord, 'wordt');
    assert.equal(c.subjectWords, 'Het plan');
  });

  it('subject kinds: we, a collective, a distributive subject, the document', () => {
    assert.equal(main('We openen in 2027 een tweede milieustraat.').subjectKind, 'we');
    assert.equal(main('Alle partijen zorgen voor een sluitende aanpak.').subjectKind, 'collective');
    assert.equal(main('Elke partner levert één medewerker voor het team.').subjectKind, 'distributive');
    assert.equal(main('Dit convenant treedt op 1 januari in werking.').subjectKind, 'document');
  });
});

describe('reading core: what each unit does', () => {
  it('legal and publication formulas are not commitments', () => {
    const u = unit('# Besluit\n\nDit besluit wordt met de toelichting in het Gemeenteblad van Brakeldorp geplaatst.\n', 'Gemeenteblad');
    assert.equal(u.fn, 'legal');
    assert.equal(u.commits, false);
    assert.equal(unit('# Afspraken\n\nDe gemeente plaatst elk kwartaal een overzicht op haar website.\n', 'website').commits, true);
  });

  it('form text and questions do not commit', () => {
    assert.equal(unit('In vraag 4 wordt gevraagd naar het aantal deelnemers per wijk.', 'vraag 4').fn, 'form');
    assert.equal(unit('Wie betaalt de extra uren van de wijkverpleging?', 'Wie betaalt').fn, 'question');
  });

  it('definitions are definitions, in words and by section', () => {
    assert.equal(unit('Onder jongeren wordt in deze regeling verstaan: inwoners van 12 tot 23 jaar.', 'verstaan').fn, 'definition');
    assert.equal(unit('# Begripsbepalingen\n\nVervoerder: de partij die de ritten uitvoert.\n', 'Vervoerder').fn, 'definition');
  });

  it('analysis and past reports describe; the same content as a plan commits', () => {
    assert.equal(unit('Het project heeft in 2023 en 2024 de wijkaanpak in drie wijken ondersteund.', 'ondersteund').commits, false);
    assert.equal(unit('De gemeente ondersteunt in 2026 de wijkaanpak in drie wijken.', 'ondersteunt').commits, true);
    assert.equal(unit('Uit onderzoek blijkt dat steeds meer ouderen alleen wonen.', 'onderzoek').fn, 'analysis');
  });

  it('citations and examples are someone else\'s text', () => {
    assert.equal(unit('"Verbinding kan iedereen noemen," zei de voorzitter.', 'voorzitter').fn, 'citation');
    assert.equal(unit('Bijvoorbeeld: de gemeente betaalt 60 % van de projectkosten.', 'projectkosten').fn, 'model');
  });

  it('a perfect of agreeing states what is now agreed', () => {
    assert.equal(unit('Partijen hebben afgesproken dat de inspectie jaarlijks rapporteert.', 'afgesproken').commits, true);
  });

  it('section roles come from the heading above and nest', () => {
    const doc = buildDocument('# Plan\n\n## Aanleiding\n\nDe wachtlijst groeit.\n\n## Afspraken\n\nDe gemeente opent een loket.\n\n## Bijlage 1\n\n### Artikel 1\n\nTekst.\n', 'markdown');
    const roles = blockRoles(doc);
    const roleOf = (needle: string) => roles[doc.sentences.find((s) => s.raw.includes(needle))!.block];
    assert.equal(roleOf('wachtlijst'), 'analysis');
    assert.equal(roleOf('loket'), 'body');
    assert.equal(roleOf('Tekst'), 'annex');
  });

  it('background sections commit only explicitly', () => {
    const text = '# Nota\n\n## Aanleiding\n\nDe wijkteams pakken signalen laat op. We gaan vóór 1 juli een meldpunt openen.\n';
    assert.equal(unit(text, 'pakken').commits, false);
    assert.equal(unit(text, 'meldpunt').commits, true);
  });
});

describe('reading core: who acts nearby', () => {
  const near = (text: string, needle: string): boolean => {
    const doc = buildDocument(text, 'markdown');
    return actorNearby(doc, doc.sentences.findIndex((s) => s.raw.includes(needle)));
  };
  it('the doer of the sentence before, in the same paragraph', () => {
    assert.equal(near('De wethouder stelt het budget vóór 1 maart vast. Het wordt in twee termijnen uitbetaald.', 'termijnen'), true);
  });
  it('an organisation that is only an object does not count', () => {
    assert.equal(near('Er komt een goede aansluiting tussen school en werk. Het wordt in twee termijnen uitbetaald.', 'termijnen'), false);
  });
  it('another paragraph counts only when the sentence points back to it', () => {
    assert.equal(near('De wethouder stelt het budget vast.\n\nHet wordt in twee termijnen uitbetaald.', 'termijnen'), true);
    assert.equal(near('De wethouder stelt het budget vast.\n\nDe rest wordt in twee termijnen uitbetaald.', 'termijnen'), false);
  });
});

describe('reading core: incremental equals fresh where a rule reads its heading', () => {
  it('renaming a heading changes the section role and the findings exactly as a fresh analysis does', () => {
    const body = 'We gaan integraal samenwerken en de verbinding tussen de domeinen versterken.\n';
    const a = new Analyzer();
    const before = '# Nota\n\n## Aanleiding\n\n' + body;
    const after = '# Nota\n\n## Afspraken\n\n' + body;
    const r1 = a.analyze(before);
    const r2 = a.analyze(after);
    assert.deepEqual(r1.findings, analyze(before).findings);
    assert.deepEqual(r2.findings, analyze(after).findings);
    // The two headings give different readings of the same sentence, so the cache must not hand back the first.
    const rule = (r: typeof r1) => r.findings.filter((f) => f.rule === 'eigenaar/samenwerken').length;
    assert.equal(rule(analyze('# Nota\n\n## Achtergrond\n\nDe gemeente werkt samen.\n')), 0);
    assert.equal(rule(analyze('# Nota\n\n## Afspraken\n\nDe gemeente werkt samen.\n')), 1);
  });
});

describe('reading core: frames (other words for the same thing)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { framesOf } = require('../../src/core/read/frames') as typeof import('../../src/core/read/frames');
  const frames = (text: string) => framesOf(buildDocument(text, 'markdown').sentences[0]);
  it('exclusion: an own party that expressly does not, a contrast with a group; a plain positive scope is none', () => {
    assert.equal(frames('De provincie stelt geen indicaties; dat blijft bij de gemeente.').exclusion, true);
    assert.equal(frames('Het loket helpt huurders, niet hun verhuurders.').exclusion, true);
    assert.equal(frames('Het loket helpt huurders en hun verhuurders.').exclusion, false);
  });
  it('involvement: the people the work is for judge or advise, or a body is named after them; staff do not count', () => {
    assert.equal(frames('Het cliëntenpanel beoordeelt elk halfjaar de werkwijze.').involvement, true);
    assert.equal(frames('We richten een Raad van mantelzorgers op die over elk voorstel advies uitbrengt.').involvement, true);
    assert.equal(frames('De medewerkers denken mee over het plan.').involvement, false);
  });
  it('beneficiary by compound head, not a closed word list', () => {
    assert.equal(frames('De regeling is bedoeld voor huurwoningzoekenden.').beneficiary, true);
    assert.equal(frames('De regeling is bedoeld voor woningcorporaties.').beneficiary, false);
  });
  it('problem: an insufficiency with a bearer', () => {
    assert.equal(frames('Kleine scholen hebben te weinig leraren om alle groepen te bemensen.').problem, true);
    assert.equal(frames('Kleine scholen hebben genoeg leraren om alle groepen te bemensen.').problem, false);
  });
  it('payer: a party that pays, a cost split; investing in general or in a subordinate clause is not', () => {
    assert.equal(frames('De provincie betaalt de procesbegeleiding.').payer, true);
    assert.equal(frames('Beide gemeenten dragen de helft van de kosten.').payer, true);
    assert.equal(frames('Wij investeren in toekomstgerichte digitale dienstverlening.').payer, false);
  });
});
