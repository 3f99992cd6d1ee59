/**
 * Every rule's own good/bad table: each `examples.bad` text must produce at least one finding of that rule and
 * each `examples.good` text none. The rule under test runs alone (all others off), on the text exactly as the
 * metadata shows it, so the examples in hovers and docs are the rule's real behaviour.
 */
import { strict as assert } from 'assert';
import { analyze, RULES } from '../../src/core';
import type { RegiecheckConfig } from '../../src/core/config';

function only(id: string): RegiecheckConfig {
  return { rules: Object.fromEntries(RULES.filter((r) => r.id !== id).map((r) => [r.id, 'off' as const])) };
}

describe('rule examples (good/bad table)', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has at least one bad and one good example', () => {
        assert.ok(rule.examples.bad.length > 0 && rule.examples.good.length > 0);
      });
      rule.examples.bad.forEach((text, i) => {
        it(`flags bad example ${i + 1}: ${text.slice(0, 60).replace(/\n/g, ' ')}`, () => {
          const r = analyze(text, { config: only(rule.id) });
          assert.deepEqual(r.notices.map((n) => n.id), [], 'the example is analysed (no notice)');
          const hits = r.findings.filter((f) => f.rule === rule.id);
          assert.ok(hits.length > 0, `expected a ${rule.id} finding`);
          for (const f of hits) {
            assert.ok(f.start >= 0 && f.end <= text.length && f.end >= f.start, 'span inside the text');
            assert.ok(f.message.length > 10, 'a message');
          }
        });
      });
      rule.examples.good.forEach((text, i) => {
        it(`accepts good example ${i + 1}: ${text.slice(0, 60).replace(/\n/g, ' ')}`, () => {
          const r = analyze(text, { config: only(rule.id) });
          const hits = r.findings.filter((f) => f.rule === rule.id).map((f) => f.text);
          assert.deepEqual(hits, [], `no ${rule.id} finding expected`);
        });
      });
      it('explains itself in Dutch and English with a book reference', () => {
        for (const field of ['title', 'message', 'explanation', 'fix'] as const) {
          assert.ok(rule[field].nl.trim().length > 3, `${field}.nl`);
          assert.ok(rule[field].en.trim().length > 3, `${field}.en`);
          assert.notEqual(rule[field].nl, rule[field].en, `${field}: nl and en differ`);
        }
        assert.match(rule.book, /H\d|[Ss]eed \d{3}/);
      });
    });
  }

  it('English locale gives English messages', () => {
    const r = analyze('De gemeente neemt de regie.', { locale: 'en', config: only('regie/eenzijdig') });
    const f = r.findings.find((x) => x.rule === 'regie/eenzijdig');
    assert.ok(f && /one party/.test(f.message), f?.message);
  });
});
