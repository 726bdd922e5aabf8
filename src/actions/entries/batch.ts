import { run } from '../batch.js';

await run();
