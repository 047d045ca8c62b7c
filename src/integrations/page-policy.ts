/**
 * Narrows the Content-Security-Policy Astro writes into every built page
 * (`security.csp`, which lists the hashes of the whole site's inline scripts
 * and styles) to the hashes of that page's own (src/lib/page-csp.ts).
 * `astro build` only: `astro dev` writes no policy.
 */
import type { AstroIntegration } from 'astro';

export function pagePolicy(): AstroIntegration {
  return {
    name: 'page-policy',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./page-policy-middleware.ts', import.meta.url), order: 'post' });
      },
    },
  };
}
