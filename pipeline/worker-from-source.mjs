// Development only: when newsmark runs from its TypeScript sources (tests, tsx scripts), worker
// threads do not inherit the TypeScript loader, so this plain module registers tsx and then
// loads the real worker. The published package runs dist/pipeline/worker.js directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const worker = await import(workerData.workerModule);
export default worker.default;
