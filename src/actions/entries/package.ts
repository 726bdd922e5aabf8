import { run } from '../package.js';

await run();
