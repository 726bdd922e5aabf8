import { run } from '../test-score.js';

await run();
