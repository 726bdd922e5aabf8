import { versionAction } from '../version.js';
import { runActionSpec } from '../runtime/main.js';

await runActionSpec(versionAction);
