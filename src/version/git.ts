/** Shim for src/version/demo-step.ts (moving to src/demo/steps/ in a parallel branch): git lives in src/core/git/. */
export { Git } from '../core/git/index.js';
