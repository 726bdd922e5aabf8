import { chatopsAction } from '../chatops.js';
import { runActionSpec } from '../runtime/main.js';

await runActionSpec(chatopsAction);
