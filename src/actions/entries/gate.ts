import { run } from '../gate.js';

await run();
