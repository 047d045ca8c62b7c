// Worker threads of search-staging.ts start here: TypeScript support (tsx), then the worker itself.
// The build's own process (astro build) has no TypeScript loader of its own for worker threads.
import { register } from 'tsx/esm/api';

register();
await import('./search-staging-worker.ts');
