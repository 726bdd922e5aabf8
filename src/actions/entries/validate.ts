import { validateAction } from '../validate.js';
import { runActionSpec } from '../runtime/main.js';

await runActionSpec(validateAction);
