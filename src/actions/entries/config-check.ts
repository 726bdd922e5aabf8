import { run } from '../config-check.js';

await run();
