/** The helpers of the contrast suites: which words a rule flags in a text, and the two assertions on it. */
import { strict as assert } from 'assert';
import { analyze } from '../../src/core';
import { buildDocument, type Sentence } from '../../src/core/document';
import { unitOf } from '../../src/core/read/unit';

/** The flagged words of one rule. A rule that throws fails alone and reports nothing: a test must not pass because of that. */
export const flagged = (text: string, rule: string): string[] => {
  const r = analyze(text);
  assert.ok(!r.notices.some((n) => n.id === 'rule-error'), JSON.stringify(r.notices));
  return r.findings.filter((f) => f.rule === rule).map((f) => f.text);
};
export const yes = (text: string, rule: string): void => assert.ok(flagged(text, rule).length > 0, `${rule} should flag: ${text}`);
export const no = (text: string, rule: string): void => assert.deepEqual(flagged(text, rule), [], `${rule} should not flag: ${text}`);

/** An invented convenant whose operative part holds `body`. */
export const convenant = (body: string): string => `# Convenant Buurtzorg Kreekhaven\n\nPartijen komen het volgende overeen.\n\n## Afspraken\n\n${body}\n`;
/**
 * `body` followed by a sentence that shares the responsibility out over everyone. Only then is the "we … samen" of a
 * single author diffuse ownership (eigenaar/diffuus); without it that "we" is the author.
 */
export const everyone = (body: string): string => `${body} De verantwoordelijkheid ligt bij ons allemaal.`;

/** The first sentence of `text` read as one Markdown line (for the clause reader, the tagger and the unit of one sentence). */
export const sentence = (text: string): Sentence => buildDocument(text + '\n', 'markdown').sentences[0];

/**
 * Whether the sentence holding `needle` commits in the text's own voice (`unitOf(doc, i).commits`), read after `head`
 * (the opening of an invented nota or convenant, which sets the doctype the unit reader uses).
 */
export const commitsAfter = (head: string, body: string, needle: string): boolean => {
  const doc = buildDocument(head + body + '\n', 'markdown');
  const i = doc.sentences.findIndex((s) => s.raw.includes(needle));
  assert.ok(i >= 0, `no sentence with "${needle}"`);
  return unitOf(doc, i).commits;
};

