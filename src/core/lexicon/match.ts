/**
 * Kept for imports that predate src/core/vocab: phrase matching is the one token matcher of the vocabulary
 * (src/core/vocab/phrase.ts). New code imports from '../vocab'.
 */
export { compilePhrases, hasPhrase, matchPhrases, sentenceHasPhrase, regexKey, type PhraseHit } from '../vocab';
