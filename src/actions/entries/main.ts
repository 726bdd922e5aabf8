import { run } from '../umbrella.js';

await run();
