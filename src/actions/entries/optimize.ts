import { run } from '../optimize.js';

await run();
