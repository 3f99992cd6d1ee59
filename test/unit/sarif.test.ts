/**
 * SARIF output (src/report/sarif.ts) validated against the SARIF 2.1.0 JSON schema kept as a fixture.
 *
 * About the fixture: no copy of the official schema was on this machine and there is no network at build or
 * test time, so `test/fixtures/sarif-schema-2.1.0.json` holds the definitions of every SARIF object Regiecheck
 * emits, transcribed from a stored public copy of the official OASIS schema with all validation keywords kept
 * (its `$comment` says exactly what). Objects Regiecheck never emits are the `false` schema there, so the
 * fixture is stricter than the official schema. Formats (`uri`, `uri-reference`, `date-time`) are checked with
 * RFC 3986 / RFC 3339 shapes (test/fixtures/sarifValidator.ts), since ajv-formats is not installed.
 */
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, RULES, ruleDocFile, type AnalysisResult } from '../../src/core/index';
import { artifactUri, sarifLevel, toSarif } from '../../src/report/index';
import { formatResults } from '../../src/cli/formatters';
import { sarifValidator } from '../fixtures/sarifValidator';

const ROOT = path.join(__dirname, '../..');
const TEXT = fs.readFileSync(path.join(ROOT, 'test/golden/convenant-wijkaanpak.md'), 'utf8');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('SARIF 2.1.0 output', () => {
  const validate = sarifValidator();
  const cwd = '/repo/beleid';
  const wijk = analyze(TEXT, { file: `${cwd}/convenanten/Wijkaanpak Oost – définitief.md` });
  const converted: AnalysisResult = { ...wijk, file: `${cwd}/stukken/convenant.docx`, findings: wijk.findings.map((f) => ({ ...f, location: 'alinea 4' })) };
  const english = analyze('This memo describes how the partners will work together on housing and care in the coming years.', { file: 'memo.md' });
  const log = toSarif([wijk, converted, english], { cwd, docsBaseUri: 'file:///opt/regiecheck/docs/rules/', toolVersion: '0.1.0' }) as Json;
  const run = log.runs[0];

  it('validates against the SARIF 2.1.0 schema (with files, a converted document and a notice)', () => {
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    assert.equal(log.version, '2.1.0');
    assert.ok(run.results.length > 0);
  });

  it('the validator is live: it rejects logs that break the schema', () => {
    const broken = JSON.parse(JSON.stringify(log));
    broken.runs[0].results[0].level = 'fatal';
    delete broken.runs[0].results[0].message;
    broken.runs[0].tool.driver.rules[0].helpUri = 'docs/rules/regie-hol.md'; // relative: not a "uri"
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.equal(validate(broken), false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    assert.ok(paths.some((p) => p.endsWith('/level')), 'level');
    assert.ok(paths.some((p) => p.endsWith('/helpUri')), 'helpUri');
    assert.ok(paths.some((p) => p.endsWith('/startLine')), 'startLine');
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'x' }, codeFlows: [{}] }] }] }), false,
      'objects Regiecheck never emits are refused by the subset');
  });

  it('lists every registered rule with full metadata and a help link to its doc page', () => {
    const rules: Json[] = run.tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), RULES.map((r) => r.id));
    for (const [i, rule] of RULES.entries()) {
      const d = rules[i];
      assert.equal(d.name, rule.id.split(/[/-]/).map((p) => p[0].toUpperCase() + p.slice(1)).join(''));
      assert.equal(d.shortDescription.text, rule.title.nl);
      assert.equal(d.fullDescription.text, rule.explanation.nl);
      assert.ok(d.help.text.includes(rule.fix.nl) && d.help.markdown.includes(rule.book));
      assert.equal(d.helpUri, `file:///opt/regiecheck/docs/rules/${ruleDocFile(rule.id)}`);
      assert.equal(d.defaultConfiguration.level, sarifLevel(rule.defaultSeverity));
      assert.equal(d.properties.key, rule.key);
      assert.equal(d.properties.book, rule.book);
      assert.equal(d.properties.docs, `docs/rules/${ruleDocFile(rule.id)}`);
    }
  });

  it('results carry rule, level, message, region, offsets and the finding fingerprint', () => {
    const first: Json[] = run.results.filter((r: Json) => r.locations[0].physicalLocation.artifactLocation.index === 0);
    assert.equal(first.length, wijk.findings.length);
    first.forEach((res, i) => {
      const f = wijk.findings[i];
      assert.equal(res.ruleId, f.rule);
      assert.equal(run.tool.driver.rules[res.ruleIndex].id, f.rule);
      assert.equal(res.level, sarifLevel(f.severity));
      assert.equal(res.message.text, f.message);
      const { artifactLocation, region } = res.locations[0].physicalLocation;
      assert.equal(artifactLocation.uri, 'convenanten/Wijkaanpak%20Oost%20%E2%80%93%20d%C3%A9finitief.md');
      assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
      assert.deepEqual(
        [region.startLine, region.startColumn, region.endLine, region.endColumn, region.charOffset, region.charLength],
        [f.line, f.column, f.endLine, f.endColumn, f.start, f.end - f.start]);
      assert.equal(region.snippet.text, f.text);
      assert.deepEqual(res.partialFingerprints, { 'regiecheck/v1': f.fingerprint });
      assert.equal(res.properties.key, f.key);
    });
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///repo/beleid/');
    assert.equal(run.columnKind, 'utf16CodeUnits');
  });

  it('documents are artifacts with profile and scores; .docx/.pdf locations and notices are kept', () => {
    assert.equal(run.artifacts.length, 3);
    assert.deepEqual(run.artifacts[0].properties.scores, wijk.scores);
    assert.equal(run.artifacts[0].properties.profile.fase, wijk.profile.fase);
    const docx = run.results.find((r: Json) => r.locations[0].physicalLocation.artifactLocation.index === 1);
    assert.equal(docx.properties.location, 'alinea 4');
    const notes: Json[] = run.invocations[0].toolExecutionNotifications;
    assert.equal(notes.length, 1);
    assert.equal(notes[0].descriptor.id, 'notice/not-dutch');
    assert.equal(notes[0].locations[0].physicalLocation.artifactLocation.uri, 'memo.md');
  });

  it('a file given twice is one artifact with its results once, and still validates', () => {
    const twice = toSarif([wijk, wijk], { cwd }) as Json;
    assert.ok(validate(twice), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(twice.runs[0].artifacts.length, 1);
    assert.equal(twice.runs[0].results.length, wijk.findings.length);
  });

  it('maps severities to SARIF levels', () => {
    assert.deepEqual((['error', 'warning', 'info', 'hint'] as const).map(sarifLevel), ['error', 'warning', 'note', 'note']);
  });

  it('makes artifact URIs relative to the cwd and percent-encoded; outside the cwd they are file URIs', () => {
    assert.deepEqual(artifactUri('/a/b/c d.md', '/a'), { uri: 'b/c%20d.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(artifactUri('/x/y.md', '/a'), { uri: 'file:///x/y.md' });
    assert.deepEqual(artifactUri('C:\\werk\\nota #1.md', 'C:\\werk'), { uri: 'nota%20%231.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(artifactUri('./docs/a.md', '/a'), { uri: 'docs/a.md', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(artifactUri('docs/a.md'), { uri: 'docs/a.md' });
  });

  it('the CLI formatter writes valid SARIF with help links to the installed rule docs', () => {
    const out = JSON.parse(formatResults([analyze(TEXT, { file: 'test/golden/convenant-wijkaanpak.md' })], { format: 'sarif', locale: 'nl', cwd: ROOT })) as Json;
    assert.ok(validate(out), JSON.stringify(validate.errors?.slice(0, 3)));
    const helpUri: string = out.runs[0].tool.driver.rules[0].helpUri;
    assert.match(helpUri, /^file:\/\/.*\/docs\/rules\/[a-z-]+\.md$/);
    assert.equal(out.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'test/golden/convenant-wijkaanpak.md');
  });

  it('English locale: rule texts in English', () => {
    const en = toSarif([wijk], { locale: 'en' }) as Json;
    assert.ok(validate(en), JSON.stringify(validate.errors?.slice(0, 3)));
    assert.equal(en.runs[0].tool.driver.rules[0].shortDescription.text, RULES[0].title.en);
    assert.equal(en.runs[0].tool.driver.language, 'en');
  });
});
