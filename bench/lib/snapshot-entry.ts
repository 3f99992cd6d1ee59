// Entry of the measured V8 start-up snapshot of the CLI (bench/lib/startup.mjs builds it with
// `node --snapshot-blob … --build-snapshot`): the CLI bundle's modules loaded, the lexicon parsed and the vocabulary's
// combined index built at snapshot time — no look-up and no analysis, so a run from the snapshot starts in the same
// state as a fresh process and gives the same results. Nothing here opens a file or starts a worker at build time.
import * as v8 from 'node:v8';
import { run } from '../../src/cli/main';
import { lexicon } from '../../src/core/read/lexicon';
import { registeredMatchers } from '../../src/core/vocab/phrase';

lexicon();
registeredMatchers();

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // `node --snapshot-blob blob -- ARGS…`: process.argv is [node, ARGS…].
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  run(process.argv.slice(1)).then((code) => { process.exitCode = code; }, (e: unknown) => {
    process.stderr.write(`regiecheck: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    process.exitCode = 2;
  });
});
