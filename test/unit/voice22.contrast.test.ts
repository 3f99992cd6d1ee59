/**
 * Contrast pairs of the twenty-first session (invented sentences): a plain present-tense statement lays something down
 * only in the text's own voice (`statementLaysDown` in src/core/read/unit.ts). The reading was measured against a blind
 * gold set of real sentences labelled by what they do (docs/accuracy.md, "Twenty-first session"); these pairs pin the
 * language, not those sentences.
 */
import { strict as assert } from 'assert';
import { commitsAfter, yes, no } from './contrast';

const NOTA = '# Nota jeugd en gezin Brakeldorp\n\nDeze nota beschrijft de aanpak van de gemeente Brakeldorp.\n\n## Aanpak\n\n';
const CONVENANT = '# Convenant jeugdhulp Brakeldorp\n\nPartijen komen het volgende overeen.\n\n## Artikel 1\n\n';

/** Whether the sentence holding `needle` commits, in a nota (a narrative text) or in a convenant. */
const commits = (body: string, needle: string, head = NOTA): boolean => commitsAfter(head, body, needle);

describe('voice22 contrast: a plain present lays down only in the text\'s own voice', () => {
  it('"we" acting lays down; "we" perceiving, knowing or belonging describes', () => {
    assert.equal(commits('We openen twee nieuwe jongerenpunten in de wijken.', 'jongerenpunten'), true);
    assert.equal(commits('We zien dat steeds meer jongeren een jongerenpunt bezoeken.', 'jongerenpunt'), false);
    assert.equal(commits('We kennen in Brakeldorp veel actieve verenigingen.', 'verenigingen'), false);
    assert.equal(commits('Met elkaar vormen we een hechte gemeenschap.', 'gemeenschap'), false);
  });
  it('a thing or a trend as the subject describes; a body of the author or a named party acts', () => {
    assert.equal(commits('Het aantal meldingen van huiselijk geweld stijgt ieder jaar.', 'meldingen'), false);
    assert.equal(commits('De samenwerking tussen school en wijkteam loopt goed.', 'samenwerking'), false);
    assert.equal(commits('De gemeente verlaagt ieder jaar de eigen bijdrage.', 'eigen bijdrage'), true);
    assert.equal(commits('Stichting Jeugdwerk Brakeldorp opent twee nieuwe jongerenpunten.', 'Stichting'), true);
  });
  it('a party is the head of the subject, not a noun in a phrase after it', () => {
    assert.equal(commits('De bijdrage van de bedrijven bestaat uit stageplaatsen.', 'stageplaatsen'), false);
    assert.equal(commits('De bedrijven leveren jaarlijks twintig stageplaatsen.', 'stageplaatsen'), true);
  });
  it('the author\'s emphasis as the subject is its course; a count as the subject describes', () => {
    assert.equal(commits('De komende jaren ligt de nadruk op het versterken van de buurtteams.', 'nadruk'), true);
    assert.equal(commits('Het aantal buurtteams ligt al jaren op twaalf.', 'buurtteams'), false);
  });
  it('"er is" describes; "er komt" plans', () => {
    assert.equal(commits('Er is in de wijken veel behoefte aan opvoedsteun.', 'opvoedsteun'), false);
    assert.equal(commits('Er komt in elke wijk een opvoedpunt.', 'opvoedpunt'), true);
  });
  it('a text as the subject: what it treats describes, its course lays down', () => {
    assert.equal(commits('Dit plan beschrijft de knelpunten in de jeugdhulp.', 'knelpunten'), false);
    assert.equal(commits('Dit plan zet in op snellere hulp voor gezinnen.', 'snellere hulp'), true);
  });
  it('the first person in a clause the reader splits off, and a pronoun that points back', () => {
    assert.equal(commits('Het project loopt in de Oostwijk, waarin we de wachttijden verkorten.', 'wachttijden'), true);
    assert.equal(commits('Het project loopt in de Oostwijk, waarin de wachttijden lang zijn.', 'wachttijden'), false);
    assert.equal(commits('De gemeente Brakeldorp voert de regie op de jeugdhulp. Zij investeert in twee extra wijkcoaches.', 'investeert'), true);
  });
  it('"zijn" with a participle reports what was done; with a moment ahead it is a target state', () => {
    assert.equal(commits('De uitkomsten van de enquête zijn weergegeven in de figuur hieronder.', 'enquête'), false);
    assert.equal(commits('Twee jaar geleden is de afdeling samengevoegd met die van Wijchen.', 'samengevoegd'), false);
    assert.equal(commits('In de Programmabegroting 2026 zijn de bezuinigingen opgenomen.', 'bezuinigingen'), false);
    assert.equal(commits('Eind 2027 zijn alle huurwoningen geïsoleerd.', 'huurwoningen'), true);
  });
  it('in an agreement the same plain present is the operative norm', () => {
    assert.equal(commits('Het aantal plaatsen in de opvang stijgt tot veertig.', 'plaatsen', CONVENANT), true);
    assert.equal(commits('Het aantal plaatsen in de opvang stijgt tot veertig.', 'plaatsen'), false);
  });
  it('a rule follows the reading: people left open in a description are no finding, in the author\'s act they are', () => {
    no(NOTA + 'Het project vraagt veel menskracht van de deelnemers.\n', 'zwitsers/vaag');
    yes(NOTA + 'Voor het project vragen we veel menskracht van de deelnemers.\n', 'zwitsers/vaag');
  });
});
