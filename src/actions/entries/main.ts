import { umbrellaAction } from '../umbrella.js';
import { runActionSpec } from '../runtime/main.js';

await runActionSpec(umbrellaAction);
