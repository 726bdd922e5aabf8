import { batchAction } from '../batch.js';
import { runActionSpec } from '../runtime/main.js';

await runActionSpec(batchAction);
