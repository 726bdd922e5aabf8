import { run } from '../monitor.js';

await run();
