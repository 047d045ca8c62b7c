/**
 * Gives every built page a Content-Security-Policy of its own (src/lib/page-csp.ts),
 * in place of Astro's, which lists the whole site's inline scripts and styles on
 * every page. Only `astro build`: in `astro dev`, Vite adds inline styles and
 * scripts of its own, which a strict policy would block.
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
