/**
 * The examples on every rule page (`docs/rules/*.md`) are the product's real behaviour: each bullet under "Voorbeelden
 * die gemeld worden" gets a finding of that rule, each bullet under "Voorbeelden die niet gemeld worden" none, with all
 * rules on (as a user sees them: a rule that gives way to another on the same words shows nothing there). A bullet is
 * read up to its italic comment and placed under a heading of an invented nota; "(in een convenant)" puts it in the
 * operative part of an agreement, "(in een tabel)" makes it a row of a table; a fenced Markdown block (the document-level
 * rules) is the whole document.
 */
import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { analyze } from '../../src/core';

const DIR = join(__dirname, '../../docs/rules');
const NOTA = '# Nota wijkaanpak\n\n## Aanpak\n\n';
const CONVENANT = '# Convenant wijkaanpak\n\nPartijen komen het volgende overeen.\n\n## Afspraken\n\n';

/**
 * The examples that follow `label`, up to the next section: its bullets, or (for the document-level rules) the whole
 * documents given in fenced Markdown blocks.
 */
function bullets(page: string, label: string): string[] {
  const i = page.indexOf(label);
  if (i < 0) return [];
  const j = page.indexOf('\n## ', i);
  const part = page.slice(i, j < 0 ? undefined : j);
  const fenced = [...part.matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => DOCUMENT + m[1]);
  if (fenced.length) return fenced;
  return part.split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).replace(/\s*\*\(.*$/, '').trim());
}
const DOCUMENT = '\u0000';

/** The example as a document. */
function asDocument(example: string): string {
  if (example.startsWith(DOCUMENT)) return example.slice(1);
  const m = /^\(in een (convenant|tabel)\)\s*/.exec(example);
  if (!m) return `${NOTA}${example}\n`;
  const rest = example.slice(m[0].length);
  if (m[1] === 'convenant') return `${CONVENANT}${rest}\n`;
  return `${NOTA}| Onderdeel | Tekst |\n| --- | --- |\n${rest.replace(/\\\|/g, '|')}\n`;
}

describe('rule pages: the examples are what the product does', () => {
  const pages = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md');
  it('every rule has a page with examples of both kinds', () => {
    assert.ok(pages.length >= 10);
    for (const f of pages) {
      const page = readFileSync(join(DIR, f), 'utf8');
      assert.ok(bullets(page, 'Voorbeelden die gemeld worden:').length > 0, `${f}: flagged examples`);
      assert.ok(bullets(page, 'Voorbeelden die niet gemeld worden:').length > 0, `${f}: examples not flagged`);
    }
  });
  for (const f of pages) {
    const rule = f.replace(/\.md$/, '').replace('-', '/');
    describe(rule, () => {
      const page = readFileSync(join(DIR, f), 'utf8');
      for (const ex of bullets(page, 'Voorbeelden die gemeld worden:')) {
        it(`flags: ${ex.replace(DOCUMENT, '').slice(0, 70)}`, () => {
          assert.ok(analyze(asDocument(ex)).findings.some((x) => x.rule === rule), `${rule} should flag: ${ex}`);
        });
      }
      for (const ex of bullets(page, 'Voorbeelden die niet gemeld worden:')) {
        it(`does not flag: ${ex.replace(DOCUMENT, '').slice(0, 70)}`, () => {
          assert.deepEqual(analyze(asDocument(ex)).findings.filter((x) => x.rule === rule).map((x) => x.text), [], `${rule} should not flag: ${ex}`);
        });
      }
    });
  }
});
