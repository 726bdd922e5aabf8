import { run } from '../version.js';

await run();
