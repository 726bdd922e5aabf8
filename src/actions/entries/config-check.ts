import { configCheckAction } from '../config-check.js';
import { runActionSpec } from '../runtime/main.js';

await runActionSpec(configCheckAction);
