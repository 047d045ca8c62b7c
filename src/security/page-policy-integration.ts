/**
 * Narrows the Content-Security-Policy Astro writes into every built page
 * (`security.csp`, which lists the hashes of the whole site's inline scripts
 * and styles) to the hashes of that page's own (src/security/page-csp.ts).
 *
 * It wraps Astro's prerenderer, the step that renders each page of
 * `astro build`, and edits the page's bytes as they come out: no middleware
 * in every request, and nothing in `astro dev`, which writes no policy.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { withNarrowedPolicy } from './page-csp';

type Rendered = Awaited<ReturnType<AstroPrerenderer['render']>>;

async function narrowed(rendered: Rendered): Promise<Rendered> {
  const response = rendered instanceof Response ? rendered : rendered.response;
  if (!response.body || !response.headers.get('content-type')?.includes('text/html')) return rendered;
  const page = withNarrowedPolicy(Buffer.from(await response.arrayBuffer()));
  const edited = new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
  return rendered instanceof Response ? edited : { ...rendered, response: edited };
}

type Wrapper = (prerenderer: AstroPrerenderer) => AstroPrerenderer;

/**
 * Astro keeps one prerenderer (the last `setPrerenderer` wins), so another
 * wrapper of page rendering comes in here as `around`: it sees the pages with
 * their policy already narrowed (src/page-reuse/ reuses them as they are).
 */
export function pagePolicy({ around = (prerenderer) => prerenderer }: { around?: Wrapper } = {}): AstroIntegration {
  return {
    name: 'page-policy',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((prerenderer) =>
          around({
            ...prerenderer,
            render: async (request, options) => narrowed(await prerenderer.render(request, options)),
          }),
        );
      },
    },
  };
}
