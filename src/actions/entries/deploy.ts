import { deployAction } from '../deploy.js';
import { runActionSpec } from '../runtime/main.js';

await runActionSpec(deployAction);
