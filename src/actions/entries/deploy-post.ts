import { run } from '../deploy-post.js';

await run();
