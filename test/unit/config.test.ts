import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { validateConfig, mergeConfig, RULES, conceptIds } from '../../src/core';
import { loadConfigFor } from '../../src/node/config';

const ids = new Set(RULES.map((r) => r.id));
const fams = new Set(conceptIds());

describe('config', () => {
  it('keeps the valid parts and names each problem', () => {
    const { config, errors } = validateConfig({ rules: { 'regie/hol': 'error', 'bestaat/niet': 'off', 'geld/vaag': 'loud' }, locale: 'fr', extra: 1 }, ids, fams);
    assert.deepEqual(config.rules, { 'regie/hol': 'error' });
    assert.deepEqual(errors.map((e) => e.path).sort(), ['$.extra', '$.locale', '$.rules.bestaat/niet', '$.rules.geld/vaag']);
    assert.match(errors.find((e) => e.path === '$.rules.geld/vaag')!.message, /ongeldige waarde "loud"/);
  });

  it('merges later sources over earlier ones and adds phrases', () => {
    const m = mergeConfig({ rules: { 'regie/hol': 'error' }, phrases: { geldVaag: ['a'] } }, { rules: { 'regie/hol': 'off' }, phrases: { geldVaag: ['b'] } });
    assert.equal(m.rules!['regie/hol'], 'off');
    assert.deepEqual(m.phrases!.geldVaag, ['a', 'b']);
  });

  it('finds .regiecheck.json up the folder tree and reports a broken one by name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rc-config-'));
    const sub = path.join(dir, 'a', 'b');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(dir, '.regiecheck.json'), '{"rules": {"taal/voorbehoud": "off"}}');
    const ok = loadConfigFor(path.join(sub, 'nota.md'));
    assert.equal(ok.source, path.join(dir, '.regiecheck.json'));
    assert.deepEqual(ok.config.rules, { 'taal/voorbehoud': 'off' });
    fs.writeFileSync(path.join(dir, 'a', '.regiecheck.json'), '{"rules": {');
    const broken = loadConfigFor(path.join(sub, 'nota.md'));
    assert.deepEqual(broken.config, {});
    assert.equal(broken.errors.length, 1);
    assert.ok(broken.errors[0].message.includes(path.join(dir, 'a', '.regiecheck.json')));
    assert.match(broken.errors[0].message, /geen geldige JSON/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
