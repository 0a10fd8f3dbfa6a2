// A worker thread of runArticleJobs. The publisher runs from its TypeScript sources, and
// a worker does not inherit the main thread's loader: register it, then run the worker.
import { register } from 'tsx/esm/api';

register();
await import('./article-worker.ts');
