// One cache-cold analysis in this process (for instruction counting under valgrind): warm on an unrelated text as
// inproc.mjs coldOnce does, then analyze FILE once. Usage: node once.mjs <core-bundle.cjs> FILE [warmOnly]
import { warmCore } from './cold.mjs';
const [bundlePath, file, warmOnly] = process.argv.slice(2);
const { core, text, format } = warmCore(bundlePath, file);
if (!warmOnly) console.log(core.analyze(text, { file, format }).findings.length);
