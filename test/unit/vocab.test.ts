/**
 * The vocabulary (src/core/vocab): the phrase syntax, step by step, with a sentence that matches and a minimal
 * change that does not; the concept registry; and the user's `phrases` reaching every consumer (rules, checklist,
 * profile). All sentences and places are invented for these tests.
 */
import { strict as assert } from 'node:assert';
import { analyze, Analyzer, validateConfig, RULES } from '../../src/core';
import {
  CONCEPTS, CONCEPT_GROUPS, closestConceptId, compilePhrases, conceptIds, conceptMatcher, matchPhrases, vocab, withUserPhrases,
} from '../../src/core/vocab';
import { buildDocument } from '../../src/core/document';
import { sentenceCues, has } from '../../src/core/checklist/cues';
import { readLocal } from '../../src/core/read/unit';

const yes = (phrases: string[], text: string): boolean => compilePhrases(phrases).test(text);

describe('vocab: the phrase syntax', () => {
  it('word: a whole token, case-insensitive, not part of a longer token', () => {
    assert.ok(yes(['budget'], 'Het Budget is op.'));
    assert.ok(!yes(['budget'], 'Het werkbudget is op.'));
    assert.ok(!yes(['budget'], 'Het budget-overleg is op.'));
  });
  it('several words: adjacent tokens in order', () => {
    assert.ok(yes(['bestaande middelen'], 'Binnen bestaande middelen.'));
    assert.ok(!yes(['bestaande middelen'], 'Binnen bestaande en nieuwe middelen.'));
    assert.ok(!yes(['bestaande middelen'], 'Middelen, bestaande.'));
  });
  it('word*: a token that starts with the word', () => {
    assert.ok(yes(['inspann*'], 'Wij doen een inspanning.'));
    assert.ok(!yes(['inspann*'], 'Wij doen een poging.'));
    assert.ok(!yes(['inspann*'], 'Wij doen het zonder overspanning.'));
  });
  it('*word: a token that ends with the word', () => {
    assert.ok(yes(['*tekort'], 'Er is een woningtekort.'));
    assert.ok(!yes(['*tekort'], 'Er is een tekortkoming.'));
  });
  it('a|b: one of the tokens', () => {
    assert.ok(yes(['kiest|kiezen geen'], 'De gemeente kiest geen nieuwe route.'));
    assert.ok(yes(['kiest|kiezen geen'], 'Wij kiezen geen nieuwe route.'));
    assert.ok(!yes(['kiest|kiezen geen'], 'Wij kozen geen nieuwe route.'));
  });
  it('a|b?: one of the tokens or nothing', () => {
    assert.ok(yes(['samen met de|onze? inwoners'], 'Samen met inwoners ontwerpen we het plein.'));
    assert.ok(yes(['samen met de|onze? inwoners'], 'Samen met onze inwoners ontwerpen we het plein.'));
    assert.ok(!yes(['samen met de|onze? inwoners'], 'Samen met alle inwoners ontwerpen we het plein.'));
  });
  it('~: a gap of up to six tokens inside the clause', () => {
    assert.ok(yes(['stelt ~ beschikbaar'], 'De provincie stelt twee projectleiders beschikbaar.'));
    assert.ok(yes(['stelt ~ beschikbaar'], 'De provincie stelt beschikbaar.'));
    assert.ok(!yes(['stelt ~ beschikbaar'], 'De provincie stelt een, twee, drie of vier extra projectleiders beschikbaar.'));
    assert.ok(!yes(['stelt ~ beschikbaar'], 'De provincie stelt vast. Beschikbaar is niets.'));
  });
  it('@lemma: a token whose lemma is the lemma of the word', () => {
    assert.ok(yes(['@stellen ~ beschikbaar'], 'De provincie stelde twee projectleiders beschikbaar.'));
    assert.ok(yes(['de gemeente @financieren'], 'De gemeente financierde het plein.'));
    assert.ok(!yes(['@stellen ~ beschikbaar'], 'De provincie zette twee projectleiders beschikbaar.'));
    assert.ok(!yes(['de gemeente @financieren'], 'De gemeente betaalde het plein.'));
  });
  it('re:: a raw regular expression at word edges', () => {
    assert.ok(yes(['re:(?:dit|deze) (?:convenant|overeenkomst)'], 'Dit convenant treedt in werking.'));
    assert.ok(!yes(['re:(?:dit|deze) (?:convenant|overeenkomst)'], 'Dat convenant treedt in werking.'));
    assert.ok(!yes(['re:(?:dit|deze) (?:convenant|overeenkomst)'], 'Dit convenantje treedt in werking.'));
  });
  it('abbreviations and joined words are one token in phrase and text alike', () => {
    assert.ok(yes(['t.z.t.'], 'Dat volgt t.z.t. in een brief.'));
    assert.ok(yes(["zzp'ers"], "Voor zzp'ers is er een loket."));
    assert.ok(!yes(['co'], 'Dat gebeurt in co-creatie.'));
  });
  it('find: non-overlapping, the longest match at each token, with offsets', () => {
    const m = compilePhrases(['samen', 'samen optrekken', 'de partners']);
    const text = 'Wij gaan samen optrekken met de partners.';
    const hits = matchPhrases(m, text, 10);
    assert.deepEqual(hits.map((h) => h.text), ['samen optrekken', 'de partners']);
    assert.equal(hits[0].start, 10 + text.indexOf('samen'));
    assert.equal(hits[1].end, 10 + text.indexOf('.'));
  });
});

describe('vocab: the concepts', () => {
  it('every concept has an id, a Dutch and English description and phrases; ids are unique across groups', () => {
    let n = 0;
    for (const [group, table] of Object.entries(CONCEPT_GROUPS)) {
      for (const [id, c] of Object.entries(table)) {
        n++;
        assert.equal(c.id, id, `${group}.${id}`);
        assert.ok(c.description.nl && c.description.en, id);
        assert.ok(c.phrases.length > 0, id);
        assert.equal(CONCEPTS[id], c, id);
      }
    }
    assert.equal(n, conceptIds().length);
  });
  it('the rule families users already name keep their ids, and every rule family of the rule metadata exists', () => {
    for (const id of ['geldVaag', 'voorbehoud', 'mensenVaag', 'toverwoord', 'samenwerken']) assert.ok(CONCEPT_GROUPS.rules[id], id);
    for (const r of RULES) for (const f of r.families ?? []) assert.ok(CONCEPTS[f], `${r.id}: ${f}`);
  });
  it('config: every concept id is accepted; an unknown id gets a Dutch error naming the closest id', () => {
    const ids = new Set(conceptIds());
    const ok = validateConfig({ phrases: { geldVaag: ['a'], regietype: ['b'] } }, new Set(), ids);
    assert.deepEqual(ok.errors, []);
    const bad = validateConfig({ phrases: { regieType: ['x'], geldvaagg: ['y'] } }, new Set(), ids);
    assert.equal(bad.errors.length, 2);
    assert.match(bad.errors[0].message, /onbekend begrip "regieType".*"regietype"/);
    assert.match(bad.errors[1].message, /"geldVaag"/);
    assert.equal(closestConceptId('voorbehoude'), 'voorbehoud');
  });
});

describe('vocab: the user\'s phrases reach every consumer', () => {
  const TEXT = [
    '# Uitvoeringsplan jeugdhulp Holtwaard 2026',
    '',
    'De gemeente Holtwaard en de scholen werken aan betere jeugdhulp. De gemeente neemt de regie over de jeugdhulp en betaalt de coördinatie.',
    '',
    'De kosten van de wijkcoaches vallen binnen het lopende jaarbudget van het sociaal domein.',
    '',
    'De gemeente voert ketenbesturing over de jeugdhulp in de wijk.',
    '',
  ].join('\n');
  it('a user phrase adds a rule finding (geld/vaag) and is gone without it', () => {
    const without = analyze(TEXT, {});
    const withP = analyze(TEXT, { config: { phrases: { geldVaag: ['binnen het lopende jaarbudget'] } } });
    assert.equal(without.findings.filter((f) => f.rule === 'geld/vaag').length, 0);
    assert.equal(withP.findings.filter((f) => f.rule === 'geld/vaag').length, 1);
  });
  it('a user phrase meets a checklist item (K4.regietype) and is gone without it', () => {
    const without = analyze(TEXT, {});
    const withP = analyze(TEXT, { config: { phrases: { regietype: ['ketenbesturing'] } } });
    assert.equal(without.checklist['K4.regietype'].met, false);
    assert.equal(withP.checklist['K4.regietype'].met, true);
  });
  it('a user phrase changes a sentence cue only while it is active', () => {
    const doc = buildDocument('De gemeente voert ketenbesturing over de jeugdhulp.', 'markdown');
    const s = doc.sentences[0];
    assert.ok(!has(sentenceCues(s), 'regietype'));
    withUserPhrases({ regietype: ['ketenbesturing'] }, () => {
      assert.ok(has(sentenceCues(s), 'regietype'));
      assert.ok(vocab('regietype').test(s));
    });
    assert.ok(!has(sentenceCues(s), 'regietype'));
    assert.ok(!conceptMatcher('regietype').test(s));
  });
  it('the incremental analyzer does not carry facts over when the phrases change', () => {
    const a = new Analyzer();
    assert.equal(a.analyze(TEXT, {}).checklist['K4.regietype'].met, false);
    assert.equal(a.analyze(TEXT, { config: { phrases: { regietype: ['ketenbesturing'] } } }).checklist['K4.regietype'].met, true);
    assert.equal(a.analyze(TEXT, {}).checklist['K4.regietype'].met, false);
  });
  it('a user phrase changes the profile (coalitietype from a turbulent title) and is gone without it', () => {
    const text = TEXT.replace('# Uitvoeringsplan jeugdhulp Holtwaard 2026', '# Aanpak wijkverval Holtwaard');
    const without = analyze(text, {});
    const withP = analyze(text, { config: { phrases: { turbulent: ['wijkverval'] } } });
    assert.equal(without.profile.coalitietype, 'op_orde_brengen');
    assert.equal(withP.profile.coalitietype, 'vernieuwen');
  });
  it('a user phrase changes the reading of a sentence (unitIntention) and is gone without it', () => {
    const fresh = () => buildDocument('Wij dromen van een groene wijk met veel bomen.', 'markdown').sentences[0];
    assert.notEqual(readLocal(fresh()).fn, 'intention');
    withUserPhrases({ unitIntention: ['dromen van'] }, () => assert.equal(readLocal(fresh()).fn, 'intention'));
  });
  it('a user phrase reaches the regie reader (a means of the claim fills it) and is gone without it', () => {
    const text = '# Aanpak eenzaamheid\n\nDe gemeente neemt de regie over de aanpak van eenzaamheid. Daarvoor is er de buurtpot.\n';
    const classes = (phrases?: Record<string, string[]>) => analyze(text, { file: 'x.md', config: phrases ? { phrases } : {} }).regie?.map((r) => r.class);
    assert.deepEqual(classes(), ['hol']);
    assert.deepEqual(classes({ regieReaderMeans: ['buurtpot'] }), ['gevuld']);
    assert.deepEqual(classes(), ['hol']);
  });
});
