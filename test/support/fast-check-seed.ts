/**
 * Property tests run with one fixed seed so that CI is deterministic: a failure found once is found again
 * on every run. Set FC_SEED to another number (or `random`) to explore further on your own machine.
 */
import fc from 'fast-check';

const requested = process.env.FC_SEED;
if (requested !== 'random') {
  const seed = requested === undefined ? 20261129 : Number(requested);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got "${requested}"`);
  fc.configureGlobal({ seed });
}
