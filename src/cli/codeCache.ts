/**
 * The CLI's V8 code cache (branch speed22). A command-line run on the book spends ≈ 90 ms of its ≈ 1.3 s compiling
 * JavaScript: parsing the 1 MB `dist/cli-main.js` and compiling to bytecode every function the analysis calls for the
 * first time. V8 can serialise that bytecode (`vm.Script#createCachedData`) and take it back in the next process
 * (`cachedData`), which then skips the parse and those compiles; what the code computes cannot differ (the same
 * bytecode, from the same source). Node 22 does this for every module with `module.enableCompileCache()`; Node 20,
 * which the extension and CLI support, has only the V8 API, so the launcher (./main.ts) loads the command line through
 * `requireWithCodeCache` when it is the process's entry point.
 *
 * - The cache is one file per source, keyed by a SHA-1 of the source, the Node version, the architecture and the
 *   run's V8 tier (`tag`: a short run sets `--max-opt=1`, and V8 rejects a cache made under other flags), in a
 *   directory of the user's own (`$XDG_CACHE_HOME/regiecheck` or `~/.cache/regiecheck`, made with mode 0700; on
 *   Windows `%LOCALAPPDATA%\regiecheck`). A directory that another user owns or that others may write is not used:
 *   bytecode read from it would run as this user.
 * - Written at the end of a run (so it holds the functions the run compiled) when there was none or V8 rejected it;
 *   to a temporary name first, then renamed, so a run in parallel reads a whole file or none. After a write the
 *   directory keeps the `CODE_CACHE_KEEP` newest files of that source and drops older ones (`pruneCodeCache`).
 * - Any failure (no home directory, a read-only disk, a full disk) leaves the run as it was: the source is compiled
 *   as without a cache. `REGIECHECK_NO_CODE_CACHE=1` turns the cache off.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as crypto from 'node:crypto';
import Module from 'node:module';

/** The cache directory of this user, made if needed; undefined when there is none we may trust. */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.REGIECHECK_NO_CODE_CACHE === '1') return undefined;
  const base = process.platform === 'win32'
    ? env.LOCALAPPDATA
    : env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  if (!base) return undefined;
  const dir = path.join(base, 'regiecheck');
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.statSync(dir);
    if (!st.isDirectory()) return undefined;
    if (process.platform !== 'win32' && (st.uid !== process.getuid?.() || (st.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/** How many cache files of one source the directory keeps (a few versions, Node versions and V8 tiers side by side). */
export const CODE_CACHE_KEEP = 4;
const HOUR = 3_600_000;

/**
 * Keeps the `keep` newest cache files of the source `name` (other builds of the CLI, other Node versions or tiers leave
 * theirs behind: without this the directory only grows, ≈ 2 MB per build) and removes the older ones, and the
 * temporary files of runs that stopped before their rename, an hour old or more. Best effort: a failure leaves the
 * directory as it was. A run that reads a file being removed reads it whole or finds none (and compiles as without).
 */
export function pruneCodeCache(dir: string, name: string, keep = CODE_CACHE_KEEP, now = Date.now()): void {
  try {
    const caches: Array<{ file: string; time: number }> = [];
    for (const f of fs.readdirSync(dir)) {
      if (!f.startsWith(`${name}-`)) continue;
      const file = path.join(dir, f);
      const time = fs.statSync(file).mtimeMs;
      if (f.endsWith('.tmp')) { if (now - time >= HOUR) fs.rmSync(file, { force: true }); }
      else if (f.endsWith('.v8cache')) caches.push({ file, time });
    }
    caches.sort((a, b) => b.time - a.time);
    for (const c of caches.slice(keep)) fs.rmSync(c.file, { force: true });
  } catch { /* pruning is best effort */ }
}

interface ModuleInternals {
  filename: string; paths: string[]; loaded: boolean; exports: unknown;
}
type ModuleStatics = typeof Module & { _nodeModulePaths(dir: string): string[]; _cache: Record<string, unknown>; wrap(src: string): string };

/**
 * `require(file)` for a CommonJS bundle, compiled with the code cache of `dir` (see above). Returns the module's
 * exports; the cache is (re)written when the process exits, if it was missing or rejected.
 */
export function requireWithCodeCache(file: string, tag: string, dir: string | undefined = codeCacheDir()): unknown {
  const source = fs.readFileSync(file, 'utf8');
  let cacheFile: string | undefined;
  let cached: Buffer | undefined;
  if (dir) {
    const key = crypto.createHash('sha1').update(source).update(`\0${process.version}\0${process.arch}\0${tag}`).digest('hex').slice(0, 20);
    cacheFile = path.join(dir, `${path.basename(file, '.js')}-${key}.v8cache`);
    try { cached = fs.readFileSync(cacheFile); } catch { cached = undefined; }
  }
  const M = Module as ModuleStatics;
  const script = new vm.Script(M.wrap(source), { filename: file, cachedData: cached });
  if (cacheFile && (cached === undefined || script.cachedDataRejected === true)) {
    const target = cacheFile;
    process.once('exit', () => {
      try {
        const tmp = `${target}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(tmp, target);
        pruneCodeCache(path.dirname(target), path.basename(file, '.js'));
      } catch { /* no cache this time */ }
    });
  }
  const mod = new Module(file, module) as unknown as ModuleInternals;
  mod.filename = file;
  mod.paths = M._nodeModulePaths(path.dirname(file));
  M._cache[file] = mod;
  const fn = script.runInThisContext() as (exports: unknown, require: (id: string) => unknown, module: unknown, filename: string, dirname: string) => void;
  try {
    // `createRequire` gives the module's `require` what Node's own has (`resolve`, `cache`, `main`).
    fn.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  } catch (e) {
    delete M._cache[file];
    throw e;
  }
  mod.loaded = true;
  return mod.exports;
}
