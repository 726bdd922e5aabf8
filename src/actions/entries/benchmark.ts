import { benchmarkAction } from '../benchmark.js';
import { runActionSpec } from '../runtime/main.js';

await runActionSpec(benchmarkAction);
