'use strict';
// Loaded only with FORCE_FAIL=1: proves that a failing in-host test makes the whole E2E run fail.
const assert = require('assert');
describe('forced failure', () => { it('fails on purpose', () => assert.strictEqual(1, 2)); });
