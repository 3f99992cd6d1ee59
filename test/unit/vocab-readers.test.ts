/**
 * The word lists of the readers as vocabulary (issue 13 point 5): the unit reader, the clause reader, the speaker
 * and the operative profile read their formulas and word classes through `vocab(id)`, so the user's `phrases`
 * reach each of them. Each test is a minimal pair: the same invented text without and with one user phrase, and
 * the phrase is gone again after the analysis. All sentences and places are invented.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../../src/core/document';
import { readLocal, blockRoles } from '../../src/core/read/unit';
import { withUserPhrases } from '../../src/core/vocab';
import { speakerFacts } from '../../src/core/profile/speaker';
import { operativeProfile } from '../../src/core/profile/operative';
import { literalNeedle, listNeedles, textPrecheck } from '../../src/core/vocab/needles';

describe('vocab: the user\'s phrases reach the readers', () => {
  it('the unit reader: an opinion formula (unitOpinion)', () => {
    const s = () => buildDocument('Wij zijn ervan overtuigd dat de buurtteams de wijk Lindeveld sterker maken.', 'markdown').sentences[0];
    assert.equal(readLocal(s()).cue, 'statement');
    withUserPhrases({ unitOpinion: ['zijn ervan overtuigd'] }, () => assert.equal(readLocal(s()).cue, 'opinion'));
    assert.equal(readLocal(s()).cue, 'statement');
  });
  it('the unit reader: a built-in opinion formula is read, a near wording is not', () => {
    const cue = (t: string) => readLocal(buildDocument(t, 'markdown').sentences[0]).cue;
    assert.equal(cue('Wij vinden dat de buurtteams de wijk Lindeveld sterker maken.'), 'opinion');
    assert.equal(cue('Wij vinden de buurtteams in de wijk Lindeveld.'), 'statement');
  });
  it('the unit reader: a heading word gives the section its role (headingAnalysis)', () => {
    const roles = () => blockRoles(buildDocument('# Verkenning\n\nDe wijk Lindeveld heeft veel ouderen.\n', 'markdown'));
    assert.deepEqual(roles(), ['body', 'body']);
    withUserPhrases({ headingAnalysis: ['verkenning'] }, () => assert.deepEqual(roles(), ['analysis', 'analysis']));
  });
  it('the unit reader: a heading word counts inside a compound, as before', () => {
    const roles = (h: string) => blockRoles(buildDocument(`# ${h}\n\nDe wijk Lindeveld heeft veel ouderen.\n`, 'markdown'));
    assert.deepEqual(roles('Probleemanalyse en aanpak'), ['analysis', 'analysis']);
    assert.deepEqual(roles('Aanpak en planning'), ['body', 'body']);
    assert.deepEqual(roles('Begripsbepalingen'), ['definitions', 'definitions']);
  });
  const main = (t: string) => readLocal(buildDocument(t, 'markdown').sentences[0]).main!;
  it('the clause reader: an adjectival participle after "zijn" is no passive (adjectivalParticiples)', () => {
    assert.equal(main('Het team is betrokken bij de wijk Lindeveld.').passive, false);
    assert.equal(main('Het team is toegewijd aan de wijk Lindeveld.').passive, true);
    withUserPhrases({ adjectivalParticiples: ['toegewijd'] }, () => assert.equal(main('Het team is toegewijd aan de wijk Lindeveld.').passive, false));
    assert.equal(main('Het team is toegewijd aan de wijk Lindeveld.').passive, true);
  });
  it('the clause reader: a subject headed by a text is a document subject (documentHeads)', () => {
    assert.equal(main('Het convenant regelt de inzet van de buurtcoaches.').subjectKind, 'document');
    assert.equal(main('Het werkboek regelt de inzet van de buurtcoaches.').subjectKind, 'np');
    withUserPhrases({ documentHeads: ['werkboek'] }, () => assert.equal(main('Het werkboek regelt de inzet van de buurtcoaches.').subjectKind, 'document'));
  });
  it('the speaker: an agreement formula of parties (speakerAgree)', () => {
    const doc = () => buildDocument('# Samenwerking Lindeveld\n\nDe gemeente Lindeveld en woningstichting Oosterhof sluiten hierbij het volgende pact:\n\n1. De gemeente zorgt voor de buurtcoaches.\n', 'markdown');
    assert.equal(speakerFacts(doc()).speaker.kind, 'unknown');
    withUserPhrases({ speakerAgree: ['sluiten ~ het volgende pact'] }, () => assert.equal(speakerFacts(doc()).speaker.kind, 'parties'));
    assert.equal(speakerFacts(doc()).speaker.kind, 'unknown');
  });
  it('the speaker: the built-in agreement formula is read, a sentence that only mentions agreeing is not', () => {
    const kind = (t: string) => speakerFacts(buildDocument(`# Samenwerking Lindeveld\n\n${t}\n\n1. De gemeente zorgt voor de buurtcoaches.\n`, 'markdown')).speaker.kind;
    assert.equal(kind('De gemeente Lindeveld en woningstichting Oosterhof komen het volgende overeen:'), 'parties');
    assert.equal(kind('De gemeente Lindeveld en woningstichting Oosterhof praten over het volgende:'), 'unknown');
  });
  it('the operative profile: an exploring formula (operativeExplore)', () => {
    const doc = () => buildDocument('# Wijkaanpak\n\nWe tasten samen met de bewoners af wat de wijk Lindeveld nodig heeft.\n', 'markdown');
    assert.equal(operativeProfile(doc()).explore.length, 0);
    withUserPhrases({ operativeExplore: ['tasten ~ af'] }, () => assert.equal(operativeProfile(doc()).explore.length, 1));
    assert.equal(operativeProfile(doc()).explore.length, 0);
  });
});

describe('the recognisers\' pre-checks are derived from their lists (vocab/needles.ts)', () => {
  it('the needle of an alternative is literal text every match holds; optional or repeated characters are left out', () => {
    assert.equal(literalNeedle('fte'), 'fte');
    assert.equal(literalNeedle(String.raw`f\.t\.e\.`), 'f.t.e.');
    assert.equal(literalNeedle('halve?'), 'halv');
    assert.equal(literalNeedle(String.raw`elk\s+(?:half)?jaar`), 'jaar');
    assert.equal(literalNeedle(String.raw`dagen\s+per\s+week`), 'dagen');
    assert.throws(() => literalNeedle(String.raw`\d+`), /no literal text/);
    assert.throws(() => literalNeedle('(?:een|twee)'), /no literal text/);
  });
  it('a list needle that contains another adds nothing', () => {
    assert.deepEqual(listNeedles([['uren', 'manuren', 'uur'], ['dag', 'dagen']]).sort(), ['dag', 'uren', 'uur']);
  });
  it('a pre-check passes where a list word or a digit occurs and fails where none does', () => {
    const may = textPrecheck({ digits: true, lists: [['fte', String.raw`dag\s+per\s+week`]], flags: 'iu' });
    assert.ok(may.test('twee dagen per week'));
    assert.ok(may.test('drie FTE extra'));
    assert.ok(may.test('in 2027'));
    assert.ok(!may.test('twee keer per maand'));
    const pm = textPrecheck({ patterns: [String.raw`p\.\s?m\.`], flags: 'iu' });
    assert.ok(pm.test('budget: P. M.'));
    assert.ok(!pm.test('budget: pm'));
  });
});
