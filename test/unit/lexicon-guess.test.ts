// An unknown word is read as a participle only when it has a participle's shape, which ends in d or t (read/lexicon.ts
// `guess`: the shape pattern now runs only on such words). Minimal pairs: the same word with one letter more at the end.
import { strict as assert } from 'assert';
import { lemmaOf } from '../../src/core/read/lexicon';

describe('lexicon: the participle shape of an unknown word (guess)', () => {
  it('an unknown ge-…-d/t word of a known verb lemmatises to that verb; one letter more at the end does not', () => {
    assert.equal(lemmaOf('gemonitord'), 'monitoren');
    assert.equal(lemmaOf('gemonitordx'), 'gemonitordx');
    assert.equal(lemmaOf('gefietst'), 'fietsen');
    assert.equal(lemmaOf('gefietsta'), 'gefietsta');
    assert.equal(lemmaOf('bijgestuurd'), 'bijsturen');
    assert.equal(lemmaOf('bijgestuurdo'), 'bijgestuurdo');
  });
});
