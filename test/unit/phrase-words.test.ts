// `Matcher.words()` is derived once per matcher (vocab/phrase.ts) and handed out as a copy: a caller that sorts or
// extends what it got (read/frames.ts sorts the heads, profile/lead.ts extends them) must not change the next answer.
import { strict as assert } from 'assert';
import { compilePhrases } from '../../src/core/vocab';

describe('Matcher.words: the one-word literal phrases, derived once, a copy per call', () => {
  it('one-word literals only (no affix, no two-word phrase); a caller changing its copy changes nothing', () => {
    const m = compilePhrases(['budget', 'zorg|hulp', 'geld*', 'twee woorden', 'middelen']);
    const first = m.words();
    assert.deepEqual([...first].sort(), ['budget', 'hulp', 'middelen', 'zorg']);
    first.push('extra');
    first.sort((a, b) => b.localeCompare(a));
    assert.deepEqual(m.words(), ['budget', 'zorg', 'hulp', 'middelen']);
    assert.notEqual(m.words(), m.words());
  });
});
