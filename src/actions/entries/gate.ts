import { gateAction } from '../gate.js';
import { runActionSpec } from '../runtime/main.js';

await runActionSpec(gateAction);
