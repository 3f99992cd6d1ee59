import { strict as assert } from 'assert';
import { analyze, Analyzer, RULES } from '../../src/core';

const NOTA = [
  '# Nota wijkaanpak',
  '',
  'Partijen komen overeen: regie op samenhang. Er wordt gezorgd voor een goede aansluiting.',
  '',
  'De kosten vallen binnen bestaande middelen en partijen zoeken waar mogelijk een sluitende aanpak voor inwoners.',
  '',
].join('\n');

const rules = (text: string, opts = {}): string[] => analyze(text, opts).findings.map((f) => f.rule);

describe('engine', () => {
  it('reports the first rules on a hollow nota', () => {
    const r = rules(NOTA);
    for (const id of ['regie/hol', 'eigenaar/passief', 'geld/vaag', 'taal/voorbehoud']) assert.ok(r.includes(id), `${id} in ${r.join(', ')}`);
  });

  it('gives line, column and the matched text of each finding', () => {
    const f = analyze(NOTA).findings.find((x) => x.rule === 'geld/vaag')!;
    assert.equal(f.line, 5);
    assert.equal(NOTA.slice(f.start, f.end), 'binnen bestaande middelen');
    assert.equal(f.column, NOTA.split('\n')[4].indexOf('binnen') + 1);
    assert.equal(f.key, 'K3');
  });

  it('a Markdown disable comment switches a rule off for the next paragraph only', () => {
    const text = NOTA.replace('De kosten vallen', '<!-- regiecheck-disable geld/vaag -->\nDe kosten vallen') + '\nOok dit blijft binnen bestaande middelen.\n';
    const found = analyze(text).findings.filter((f) => f.rule === 'geld/vaag');
    assert.equal(found.length, 1);
    assert.ok(text.slice(found[0].start).startsWith('binnen bestaande middelen.\n'), 'only the later paragraph is reported');
  });

  it('a file-wide disable comment switches a rule off everywhere, and without ids all rules', () => {
    assert.ok(!rules(`<!-- regiecheck-disable-file geld/vaag -->\n${NOTA}`).includes('geld/vaag'));
    assert.ok(rules(`<!-- regiecheck-disable-file geld/vaag -->\n${NOTA}`).includes('regie/hol'));
    assert.deepEqual(rules(`<!-- regiecheck-disable-file -->\n${NOTA}`), []);
    assert.ok(!rules(`regiecheck-disable-file geld/vaag\n${NOTA}`, { format: 'plaintext' }).includes('geld/vaag'));
  });

  it('applies config: severities, off, hidden findings and the allow list', () => {
    const base = analyze(NOTA);
    const hol = base.findings.find((f) => f.rule === 'regie/hol')!;
    assert.equal(analyze(NOTA, { config: { rules: { 'regie/hol': 'error' } } }).findings.find((f) => f.rule === 'regie/hol')!.severity, 'error');
    assert.ok(!rules(NOTA, { config: { rules: { 'taal/voorbehoud': 'off' } } }).includes('taal/voorbehoud'));
    assert.ok(!rules(NOTA, { config: { hidden: [{ rule: 'regie/hol', fingerprint: hol.fingerprint }] } }).includes('regie/hol'));
    assert.ok(!rules(NOTA, { config: { allow: ['Binnen  bestaande middelen'] } }).includes('geld/vaag'));
    assert.ok(rules(NOTA, { config: { phrases: { geldVaag: ['sluitende aanpak'] } } }).filter((r) => r === 'geld/vaag').length >= 2, 'extra phrases extend a family');
  });

  it('keeps a finding fingerprint when text above it changes', () => {
    const a = analyze(NOTA).findings.find((f) => f.rule === 'geld/vaag')!;
    const b = analyze(`# Andere titel\n\nEen nieuwe alinea erboven.\n\n${NOTA}`).findings.find((f) => f.rule === 'geld/vaag')!;
    assert.notEqual(a.start, b.start);
    assert.equal(a.fingerprint, b.fingerprint);
  });

  it('speaks English when asked', () => {
    const f = analyze(NOTA, { locale: 'en' }).findings.find((x) => x.rule === 'geld/vaag')!;
    assert.match(f.message, /Money is left open/);
  });

  it('gives one clear notice for empty, too large and non-Dutch text', () => {
    assert.deepEqual(analyze('  \n\n').notices.map((n) => n.id), ['empty']);
    const big = analyze('De gemeente neemt de regie. '.repeat(2000), { config: { maxFileSizeKB: 10 } });
    assert.deepEqual(big.notices.map((n) => n.id), ['too-large']);
    assert.equal(big.findings.length, 0);
    const en = analyze('The municipality will take the lead and we will work together with all partners on an integrated approach to the problems of the neighbourhood, which is what the council wants.');
    assert.deepEqual(en.notices.map((n) => n.id), ['not-dutch']);
    assert.equal(en.findings.length, 0);
  });

  it('the cached Analyzer gives the same result as a fresh analysis after an edit', () => {
    const an = new Analyzer();
    an.analyze(NOTA);
    const edited = NOTA.replace('Nota wijkaanpak', 'Nota wijkaanpak Oost') + '\nDe provincie voert de regie en stelt € 1,2 miljoen beschikbaar.\n';
    assert.deepEqual(an.analyze(edited), analyze(edited));
  });

  it('every finding lies within the text and has a registered rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const f of analyze(NOTA).findings) {
      assert.ok(ids.has(f.rule));
      assert.ok(f.start >= 0 && f.end <= NOTA.length && f.start <= f.end);
    }
  });
});
