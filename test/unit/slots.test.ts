/**
 * `Slot` (src/core/slots.ts): a WeakMap-like store of one value per object, kept on the object itself (V8's scavenger
 * kept every value of a module-level WeakMap alive until the next full collection; see the file). The contract of a
 * WeakMap per key, several slots on one object apart, an `undefined` value distinct from no value, and nothing visible
 * on the object: no key, no JSON, deep equality and a result's serialisation unchanged.
 */
import { strict as assert } from 'assert';
import * as fc from 'fast-check';
import { Slot } from '../../src/core/slots';
import { Analyzer, analyze } from '../../src/core/engine';
import { fcParams } from '../fixtures/hostile/support';

describe('Slot: one value per object, on the object', () => {
  it('behaves as a WeakMap over random sets and reads of several slots on several objects', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(4), fc.oneof(fc.integer(), fc.constant(undefined), fc.string()))), (ops) => {
      const slots = [new Slot<object, unknown>(), new Slot<object, unknown>(), new Slot<object, unknown>(), new Slot<object, unknown>()];
      const maps = slots.map(() => new WeakMap<object, unknown>());
      const keys = [{}, {}, { a: 1 }, [], {}];
      for (const [s, k, v] of ops) {
        slots[s].set(keys[k], v);
        maps[s].set(keys[k], v);
        for (let i = 0; i < slots.length; i++) for (const key of keys) {
          assert.equal(slots[i].has(key), maps[i].has(key));
          assert.equal(slots[i].get(key), maps[i].get(key));
        }
      }
    }), fcParams(200));
  });

  it('leaves no visible trace on the object', () => {
    const slot = new Slot<object, number>();
    const o = { a: 1, b: [2] };
    slot.set(o, 5);
    assert.deepEqual(Object.keys(o), ['a', 'b']);
    assert.equal(JSON.stringify(o), '{"a":1,"b":[2]}');
    assert.deepStrictEqual(o, { a: 1, b: [2] });
    assert.deepStrictEqual({ ...o }, { a: 1, b: [2] });
    assert.equal(slot.get(o), 5);
  });

  it('an Analyzer result equals a fresh one, deeply and as JSON (its profile and checklist carry slots)', () => {
    const text = '# Aanpak\n\nDe gemeente neemt de regie en stelt samen met de partners een plan op. De provincie betaalt.\n\n- De raad besluit in mei.\n- Wij voeren de regie.\n';
    const a = new Analyzer();
    a.analyze(text, { format: 'markdown' });
    const edited = text.replace('mei', 'juni');
    const inc = a.analyze(edited, { format: 'markdown' });
    const fresh = analyze(edited, { format: 'markdown' });
    assert.deepStrictEqual(inc, fresh);
    assert.equal(JSON.stringify(inc), JSON.stringify(fresh));
  });
});
