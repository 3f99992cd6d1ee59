/**
 * Per-object slots: what a module keeps per document model, parse or result object, stored on that object itself
 * instead of in a module-level `WeakMap` (branch speed16).
 *
 * Why: V8's young-generation collector (the scavenger, Node 20) keeps every value of a `WeakMap` alive whose entry
 * it meets, dead key or not, until the next full collection; a value that survives two scavenges is promoted to the
 * old generation. An Analyzer makes a new model per keystroke, and about twenty modules kept per-model values (the
 * model's state, its parse with the document text, fact arrays, units, readings) in `WeakMap`s keyed by the model: so
 * every model since the last full collection survived each scavenge — each document text (a 264 kB large object on
 * the 20k-word benchmark document) and ≈ 170 kB of arrays per keystroke were copied or promoted — which made the
 * scavenges slow (4–8 ms) and the full collections frequent. A value held in a property of its key dies with the key,
 * in the next scavenge. Same contract as a `WeakMap` (the value lives as long as the key): results cannot change.
 *
 * The slots of an object are one non-enumerable array under a symbol (invisible to `JSON.stringify`, deep equality
 * and `Object.keys`), indexed by the slot's number.
 */
const SLOTS = Symbol('regiecheck.slots');

let nextSlot = 0;
/** An empty slot (a slot may hold `undefined` as its value, as a `WeakMap` entry may). */
const EMPTY: unique symbol = Symbol('regiecheck.empty');

/** A `WeakMap`-like store of one value per object (see above). */
export class Slot<K extends object, V> {
  private readonly id = nextSlot++;

  get(key: K): V | undefined {
    const slots = (key as { [SLOTS]?: unknown[] })[SLOTS];
    if (slots === undefined || this.id >= slots.length) return undefined;
    const v = slots[this.id];
    return v === EMPTY ? undefined : (v as V);
  }

  has(key: K): boolean {
    const slots = (key as { [SLOTS]?: unknown[] })[SLOTS];
    return slots !== undefined && this.id < slots.length && slots[this.id] !== EMPTY;
  }

  set(key: K, value: V): this {
    let slots = (key as { [SLOTS]?: unknown[] })[SLOTS];
    if (slots === undefined) {
      slots = [];
      Object.defineProperty(key, SLOTS, { value: slots, enumerable: false, writable: false, configurable: false });
    }
    while (slots.length < this.id) slots.push(EMPTY);
    slots[this.id] = value;
    return this;
  }
}
