import { testScoreAction } from '../test-score.js';
import { runActionSpec } from '../runtime/main.js';

await runActionSpec(testScoreAction);
