/** Runs every recogniser over one text; used by recognize.test.ts in a child process with a hard bound. */
import { findMoney } from '../../src/core/recognize/money';
import { findTimes } from '../../src/core/recognize/time';
import { findQuantities } from '../../src/core/recognize/quantity';
import { findActors } from '../../src/core/recognize/actors';
import { readClauses } from '../../src/core/read/clause';
import { flatten } from '../../src/core/recognize/flat';
import { tokenize } from '../../src/core/text/tokens';

export function runAll(t: string): void {
  findMoney(t); findTimes(t); findQuantities(t); findActors(tokenize(t)); readClauses(tokenize(t)); flatten(t.toLowerCase(), t);
}
