import { run } from '../chatops.js';

await run();
