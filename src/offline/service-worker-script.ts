/** The service worker's script, with the precache list and the runtime caches' limits written in (tests pass smaller limits). */
import { bundleBrowserScript } from '../site/browser-bundle';
import { RUNTIME_CACHE_LIMITS } from './runtime-cache-limits';

export function serviceWorkerScript(manifest: ReadonlyArray<{ url: string; revision: string | null }>, limits = RUNTIME_CACHE_LIMITS): Promise<string> {
  return bundleBrowserScript(new URL('./browser/service-worker.ts', import.meta.url), { __PRECACHE_MANIFEST__: manifest, __RUNTIME_CACHE_LIMITS__: limits });
}
