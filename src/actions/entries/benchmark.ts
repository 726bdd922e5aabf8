import { run } from '../benchmark.js';

await run();
