/**
 * The review copy (src/review): one Word comment per finding, anchored on exactly the flagged words, the rest of
 * the document unchanged. Fixtures are generated (test/fixtures/review.ts): runs split mid-word, a hyperlink,
 * lists, a table, a footnote, an existing comment, emoji, a header, a footer, a picture, and a 200-page document.
 */
import { strict as assert } from 'assert';
import JSZip from 'jszip';
import { analyze, type AnalysisResult, type Finding } from '../../src/core';
import { extractDocument, locationAt } from '../../src/formats';
import { makeReviewCopy, isReviewError, REVIEW_AUTHOR } from '../../src/review';
import { align, readerContent, atomContent } from '../../src/review/align';
import { scanPart } from '../../src/review/scan';
import { makeDocx, makeDocxExtras, makeEncryptedDocx, makeTruncatedDocx, makeZipNotDocx } from '../fixtures/generate';
import {
  anchoredTexts, documentTokens, isSubsequence, makeBrokenXmlDocx, makeLongDocx, makeMacroDocx, makeReviewDocx, REVIEW_TEXT,
} from '../fixtures/review';

const DATE = new Date('2026-05-04T12:00:00Z');
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

async function analyseDocx(bytes: Uint8Array, name = 'nota.docx') {
  const doc = await extractDocument(bytes, 'docx', name);
  const result = analyze(doc.text, { file: name, format: doc.format });
  return { doc, result };
}

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async('uint8array'));
  return out;
}
const str = (b: Uint8Array | undefined): string => Buffer.from(b ?? new Uint8Array()).toString('utf8');

/** Our comments in the copy: id → { anchored text, comment text }. */
async function ourComments(copy: Uint8Array, partName = 'word/document.xml') {
  const p = await parts(copy);
  const comments = str(p.get('word/comments.xml'));
  const ids = [...comments.matchAll(/<w:comment w:id="(\d+)" w:author="Regiecheck"[^>]*>([\s\S]*?)<\/w:comment>/g)]
    .map((m) => ({ id: Number(m[1]), text: [...m[2].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('') }));
  const anchored = anchoredTexts(str(p.get(partName)));
  return { parts: p, comments: ids, anchored, ids: new Set(ids.map((c) => c.id)) };
}

/**
 * Every finding with a comment of its own: the comment covers exactly the finding's words; for words in a note,
 * the comment sits on the note's mark (no text) and names the note and quotes the words.
 */
function assertAnchored(result: AnalysisResult, text: string, anchored: Map<number, string>, comments: Array<{ id: number; text: string }>, unplaced: readonly Finding[] = []): void {
  // The summary is the first of our comments; the findings' comments follow in finding order.
  const ours = comments.slice(1);
  const placed = result.findings.filter((f) => !unplaced.includes(f));
  assert.equal(ours.length, placed.length, 'one comment per finding');
  const notes = text.search(/^\[\^\d+\]: /m);
  placed.forEach((f, i) => {
    const words = squash(text.slice(f.start, f.end).replace(/\[\^\d+\]/g, ''));
    const inNote = notes >= 0 && f.start > notes;
    assert.equal(squash(anchored.get(ours[i].id) ?? '(none)'), inNote ? '' : words, `${f.rule} at ${f.start}`);
    if (inNote) assert.ok(ours[i].text.includes(`In voetnoot 1: “${words}”`), ours[i].text);
  });
}

describe('review copy of a .docx', function () {
  this.timeout(60000);
  let original: Uint8Array;
  let copy: Uint8Array;
  let result: AnalysisResult;
  let text: string;
  let outcome: Awaited<ReturnType<typeof makeReviewCopy>>;

  before(async () => {
    original = await makeReviewDocx();
    const a = await analyseDocx(original);
    result = a.result;
    text = a.doc.text;
    outcome = await makeReviewCopy({ bytes: original, kind: 'docx', name: 'nota.docx', text, result, locationAt: (o) => locationAt(a.doc, o) }, { date: DATE });
    copy = outcome.bytes;
  });

  it('the fixture has findings in split runs, a list, the table, the footnote and the text box', () => {
    const at = (needle: string) => text.indexOf(needle);
    const inside = (from: number, to: number) => result.findings.some((f) => f.start >= from && f.end <= to);
    const line = (needle: string): [number, number] => { const a = at(needle); return [a, text.indexOf('\n', a)]; };
    assert.ok(result.findings.some((f) => f.rule.startsWith('regie/') && squash(text.slice(f.start, f.end)).includes('regie')), 'regie split mid-word');
    assert.ok(inside(...line(REVIEW_TEXT.moneySplit[0].slice(0, 20))), 'money split over three runs');
    assert.ok(inside(...line('- Bewoners worden betrokken')), 'a list item');
    assert.ok(inside(at('| Onderdeel'), at(REVIEW_TEXT.commented)), 'the table');
    assert.ok(inside(at('[^1]:'), text.length), 'the footnote');
    assert.ok(inside(...line('Kader:')), 'the text box');
  });

  it('the Word text and the analysed text agree character for character', async () => {
    const p = await parts(original);
    const doc = scanPart('word/document.xml', str(p.get('word/document.xml')), 'document');
    const notes = scanPart('word/footnotes.xml', str(p.get('word/footnotes.xml')), 'notes');
    const range = notes.notes.get('1')!;
    const texts = [...doc.atoms.map((a) => a.text), ...notes.atoms.slice(range[0], range[1]).map((a) => a.text)];
    const r = readerContent(text), w = atomContent(texts);
    assert.equal(r.chars, w.chars);
    assert.deepEqual(outcome.alignment, { unmatchedReader: 0, unmatchedWord: 0 });
    const al = align(r.chars, w.chars);
    assert.ok(al.map.every((x, i) => x === i));
  });

  it('puts one comment per finding on exactly the flagged words; a footnote\'s finding on the footnote mark', async () => {
    const { comments, anchored } = await ourComments(copy);
    assert.equal(outcome.placed, result.findings.length - 1);
    assert.equal(comments.length, result.findings.length);
    assertAnchored(result, text, anchored, comments, outcome.unplaced.map((u) => u.finding));
  });

  it('a finding in a text box (no place for a comment) is in the summary with its location', async () => {
    assert.deepEqual(outcome.unplaced.map((u) => [u.finding.rule, squash(u.finding.text), u.location, u.reason]),
      [['geld/vaag', 'binnen bestaande middelen', 'alinea 11', 'not-commentable']]);
    assert.ok(text.includes(REVIEW_TEXT.textbox));
    const { comments } = await ourComments(copy);
    assert.ok(comments[0].text.includes('Bevindingen zonder eigen opmerking'), comments[0].text);
    assert.ok(comments[0].text.includes('alinea 11: geld/vaag'), comments[0].text);
  });

  it('comments carry author, initials, date and the rule texts; the summary sits on the title', async () => {
    const { comments, anchored, parts: p } = await ourComments(copy);
    const xml = str(p.get('word/comments.xml'));
    assert.match(xml, /w:author="Regiecheck" w:date="2026-05-04T12:00:00Z" w:initials="RC"/);
    const summary = comments[0];
    assert.equal(squash(anchored.get(summary.id)!), REVIEW_TEXT.title);
    for (const want of ['Regiecheck · samenvatting', 'Scores op de vier sleutels', 'K1 · Focus maken', 'Checklistpunten die ontbreken', 'Open vragen voor de fase']) {
      assert.ok(summary.text.includes(want), `${want} in the summary`);
    }
    const hol = comments[1 + result.findings.findIndex((f) => f.rule === 'regie/hol')];
    for (const want of ['Regiecheck · Holle regie', 'regie/hol', 'Waarom: ', 'Beter: ', 'Boek: ']) assert.ok(hol.text.includes(want), `${want} in ${hol.text}`);
  });

  it('leaves every other part byte for byte as it was, and the existing comment in place', async () => {
    const before = await parts(original);
    const after = await parts(copy);
    const changed = [...after.keys()].filter((k) => !before.has(k) || Buffer.compare(Buffer.from(before.get(k)!), Buffer.from(after.get(k)!)) !== 0);
    assert.deepEqual(changed.sort(), ['word/comments.xml', 'word/document.xml'].sort());
    assert.deepEqual([...before.keys()].filter((k) => !after.has(k)), []);
    // header, footer, picture, styles, numbering: unchanged (they are not in `changed`); the old comment is kept whole.
    const oldComments = str(before.get('word/comments.xml'));
    const oldComment = /<w:comment [\s\S]*?<\/w:comment>/.exec(oldComments)![0];
    assert.ok(str(after.get('word/comments.xml')).includes(oldComment));
    assert.ok(str(after.get('word/comments.xml')).startsWith(oldComments.slice(0, oldComments.lastIndexOf('</w:comments>'))));
  });

  it('changes document.xml by insertion only, and nothing but our marks', async () => {
    const before = await parts(original);
    const { ids } = await ourComments(copy);
    for (const part of ['word/document.xml']) {
      const a = str(before.get(part)), b = str((await parts(copy)).get(part));
      assert.ok(b.length > a.length);
      assert.ok(isSubsequence(a, b), `${part}: the original is a subsequence of the copy`);
      assert.deepEqual(documentTokens(b, ids), documentTokens(a), `${part}: same elements, runs, properties and text`);
    }
  });

  it('reads back with the project\'s reader to the same text and the same findings', async () => {
    const again = await analyseDocx(copy);
    assert.equal(again.doc.text, text);
    assert.deepEqual(again.result.findings.map((f) => [f.rule, f.start, f.end, f.message]), result.findings.map((f) => [f.rule, f.start, f.end, f.message]));
  });

  it('a second review of the review copy keeps the first one\'s comments and adds new ids', async () => {
    const again = await analyseDocx(copy);
    const second = await makeReviewCopy({ bytes: copy, kind: 'docx', name: 'nota-review.docx', text: again.doc.text, result: again.result }, { date: DATE });
    const { comments } = await ourComments(second.bytes);
    assert.equal(comments.length, 2 * result.findings.length); // each time: the summary and one per finding but the text box's
    assert.equal(new Set(comments.map((c) => c.id)).size, comments.length);
  });

  it('the project\'s own fixtures (lists, nested lists, a table, a footnote, a link, tabs and a picture) agree too', async () => {
    for (const make of [makeDocx, makeDocxExtras]) {
      const bytes = await make();
      const { doc, result: r } = await analyseDocx(bytes);
      const out = await makeReviewCopy({ bytes, kind: 'docx', name: 'x.docx', text: doc.text, result: r }, { date: DATE });
      assert.deepEqual(out.alignment, { unmatchedReader: 0, unmatchedWord: 0 });
      assert.equal(out.unplaced.length, 0);
      const again = await extractDocument(out.bytes, 'docx', 'x.docx');
      assert.equal(again.text, doc.text);
    }
  });
});

describe('review copy: a document.xml with WordprocessingML as its default namespace', function () {
  this.timeout(60000);
  it('marks get the part\'s own (empty) prefix and a namespaced id; the reader reads the copy the same', async () => {
    const zip = await JSZip.loadAsync(await makeReviewDocx());
    const xml = await zip.file('word/document.xml')!.async('string');
    const ns = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    zip.file('word/document.xml', xml.replace('<w:document ', `<w:document xmlns="${ns}" `).replace(/<(\/?)w:/g, '<$1'));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const { doc, result } = await analyseDocx(bytes);
    const out = await makeReviewCopy({ bytes, kind: 'docx', name: 'nota.docx', text: doc.text, result }, { date: DATE });
    assert.deepEqual(out.alignment, { unmatchedReader: 0, unmatchedWord: 0 });
    const copyXml = str((await parts(out.bytes)).get('word/document.xml'));
    assert.match(copyXml, /<commentRangeStart xmlns:w="[^"]+" w:id="\d+"\/>/);
    const again = await analyseDocx(out.bytes);
    assert.equal(again.doc.text, doc.text);
    const anchored = anchoredTexts(copyXml);
    assert.ok([...anchored.values()].some((t) => squash(t) === 'binnen bestaande middelen'));
  });
});

describe('review copy: a 200-page document', function () {
  this.timeout(180000);
  it('anchors every finding and stays fast', async () => {
    const bytes = await makeLongDocx();
    const { doc, result } = await analyseDocx(bytes, 'programma.docx');
    assert.ok(doc.text.split(/\s+/).length > 90000, 'about 200 pages of text');
    const started = Date.now();
    const out = await makeReviewCopy({ bytes, kind: 'docx', name: 'programma.docx', text: doc.text, result }, { date: DATE });
    const ms = Date.now() - started;
    assert.ok(ms < 20000, `review copy took ${ms} ms`);
    assert.deepEqual(out.alignment, { unmatchedReader: 0, unmatchedWord: 0 });
    assert.equal(out.placed, result.findings.length);
    const { comments, anchored } = await ourComments(out.bytes);
    assertAnchored(result, doc.text, anchored, comments);
    assert.ok(result.findings.filter((f) => f.rule === 'geld/vaag').length >= 200);
  });
});

describe('review copy: input that is refused', function () {
  this.timeout(30000);
  const result = analyze('# Leeg\n\nDe gemeente neemt de regie.\n', { file: 'x', format: 'markdown' });
  const cases: Array<[string, () => Promise<Uint8Array> | Uint8Array, string, RegExp, string?]> = [
    ['encrypted', makeEncryptedDocx, 'encrypted', /versleuteld/],
    ['truncated zip', makeTruncatedDocx, 'corrupt', /beschadigd/],
    ['a zip that is no Word document', makeZipNotDocx, 'corrupt', /document\.xml ontbreekt|geen Word-document/],
    ['broken XML', makeBrokenXmlDocx, 'corrupt', /XML is ongeldig/],
    ['macro-enabled (vbaProject.bin)', makeMacroDocx, 'macro', /macro/],
    ['a .docm by name', makeReviewDocx, 'macro', /\.docm/, 'nota.docm'],
    ['not a zip', () => new TextEncoder().encode('gewone tekst'), 'corrupt', /geen zip-archief/],
  ];
  for (const [what, make, code, message, name] of cases) {
    it(`${what}: a clear error (${code}), no bytes`, async () => {
      const bytes = await make();
      await assert.rejects(makeReviewCopy({ bytes, kind: 'docx', name: name ?? 'nota.docx', text: '', result }), (e: unknown) => {
        assert.ok(isReviewError(e), String(e));
        assert.equal(e.code, code);
        assert.match(e.message, message);
        assert.ok(e.message.startsWith(name ?? 'nota.docx'));
        return true;
      });
    });
  }
});

describe('review copy of Markdown and plain text', function () {
  this.timeout(30000);
  const md = [
    '# Nota Jeugd in Oost',
    '',
    'De gemeente **neemt de regie** over het jongerenwerk. Dit gebeurt *binnen bestaande middelen*.',
    '',
    '## Aanpak',
    '',
    '- Er wordt gezorgd voor een [integrale aanpak](https://example.org).',
    '  - Bewoners worden betrokken waar mogelijk.',
    '1. De partners werken samen aan de leefbaarheid.',
    '',
    '| Partij | Bijdrage |',
    '| --- | --- |',
    '| Gemeente | Dekking volgt. |',
    '',
    '> Wij streven naar een veilige wijk 🚀 voor café’s en crèches.',
    '',
  ].join('\n');

  it('Markdown: a new .docx with headings, lists, a table and the same comments on the same words', async () => {
    const result = analyze(md, { file: 'nota.md', format: 'markdown' });
    assert.ok(result.findings.length >= 5, result.findings.map((f) => f.rule).join(', '));
    const out = await makeReviewCopy({ kind: 'markdown', name: 'nota.md', text: md, result }, { date: DATE });
    assert.equal(out.unplaced.length, 0);
    assert.equal(out.placed, result.findings.length);
    const { comments, anchored, parts: p } = await ourComments(out.bytes);
    const strip = (s: string) => s.replace(/\*\*|\*|\[|\]\([^)]*\)/g, '');
    const findingIds = comments.slice(1).map((c) => c.id);
    result.findings.forEach((f, i) => assert.equal(squash(anchored.get(findingIds[i])!), squash(strip(md.slice(f.start, f.end))), f.rule));
    assert.equal(squash(anchored.get(comments[0].id)!), 'Nota Jeugd in Oost');
    const doc = str(p.get('word/document.xml'));
    for (const want of ['w:val="Heading1"', 'w:val="Heading2"', '<w:numId w:val="1"/>', '<w:tbl>', 'w:val="Quote"', '<w:b/>']) assert.ok(doc.includes(want), want);
    // The project's reader reads the generated document: headings, lists and the table come back as Markdown.
    const back = await extractDocument(out.bytes, 'docx', 'nota-review.docx');
    for (const want of ['# Nota Jeugd in Oost', '## Aanpak', '- Er wordt gezorgd voor een integrale aanpak.', '  - Bewoners worden', '1. De partners', '| Gemeente | Dekking volgt. |']) {
      assert.ok(back.text.includes(want), `${want} in\n${back.text}`);
    }
    const again = analyze(back.text, { file: 'x.docx', format: 'markdown' });
    assert.deepEqual(again.findings.map((f) => `${f.rule}:${squash(f.text)}`).sort(), result.findings.map((f) => `${f.rule}:${squash(strip(f.text))}`).sort());
  });

  it('plain text: paragraphs and line breaks, a title, the comments', async () => {
    const txt = 'Brief aan de raad\n\nDe gemeente neemt de regie.\nDit gebeurt binnen bestaande middelen.\n\nMet vriendelijke groet,\nhet college\n';
    const result = analyze(txt, { file: 'brief.txt', format: 'plaintext' });
    const out = await makeReviewCopy({ kind: 'plaintext', name: 'brief.txt', text: txt, result }, { date: DATE });
    const { comments, anchored, parts: p } = await ourComments(out.bytes);
    assert.equal(squash(anchored.get(comments[0].id)!), 'Brief aan de raad');
    result.findings.forEach((f, i) => assert.equal(squash(anchored.get(comments[1 + i].id)!), squash(txt.slice(f.start, f.end))));
    assert.match(str(p.get('word/document.xml')), /<w:br\/>/);
    assert.equal(REVIEW_AUTHOR, 'Regiecheck');
  });

  it('English comments with locale en', async () => {
    const result = analyze(md, { file: 'nota.md', format: 'markdown', locale: 'en' });
    const out = await makeReviewCopy({ kind: 'markdown', name: 'nota.md', text: md, result }, { date: DATE, locale: 'en' });
    const { comments } = await ourComments(out.bytes);
    assert.ok(comments[0].text.includes('Regiecheck · summary'));
    assert.ok(comments[0].text.includes('Scores on the four keys'));
    assert.ok(comments.slice(1).some((c) => c.text.includes('Why: ')));
  });
});
