/**
 * The printed posters (src/posters/poster-page.ts): written into the built site
 * after Astro's pages, and served by the dev server from the content as it is
 * now. Listed before the published-URL check, which must find them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { ui } from '../i18n/ui';
import { checkContentFolder, checkContentFolderOnce } from '../checking/content-check';
import { cspHash } from '../security/page-csp';
import { posterDocument, posterFile, posterSources, type PosterFrame, type PosterSource } from './poster-page';
import { qrSvg } from './qr-code';
import { KeyedFiles } from '../page-reuse/keyed-files';
import { entryUrl } from '../site/urls';
import { buildNow, settings as siteSettings } from '../site.config';

export interface PosterSettings {
  contentDir: string;
  /** The project root: where `src/styles/poster.css` is, and what paths in content messages are relative to. */
  root: string;
  /** Who issues the posters, printed under the QR code. */
  authority: string;
  /** Sample content: the issuer line says so. */
  sampleData: boolean;
  /** The live publisher's builds: unchanged posters are linked from the release before (src/page-reuse/keyed-files.ts). */
  reuse?: { from: string | undefined; code: () => string | undefined };
}

/** Beside the release's pages: each poster's key, for the next build. */
const POSTER_KEYS_FILE = '.poster-keys.json';

/** The stylesheet as one line, comments dropped (it is inlined into every poster). */
function posterStyle(root: string): string {
  return readFileSync(join(root, 'src/styles/poster.css'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The site's policy for a poster: the configured directives and script sources (a poster runs none), and its one stylesheet. */
function posterFrame(config: AstroConfig, settings: PosterSettings): PosterFrame {
  const csp = config.security?.csp;
  const scriptSources = (typeof csp === 'object' && csp.scriptDirective?.resources) || ["'self'"];
  // The site's other directives (default-src, frame-src…) hold on posters as on every page.
  const directives = (typeof csp === 'object' && csp.directives) || [];
  const style = posterStyle(settings.root);
  const issuer = settings.sampleData ? `${settings.authority}　${ui.sampleDataShort}` : settings.authority;
  return { site: config.site ?? 'http://localhost/', issuer, style, policy: [...directives, `script-src ${scriptSources.join(' ')}`, `style-src 'self' ${cspHash(style)}`].join('; ') };
}

/** A URL path segment, or undefined when it is not valid percent-encoding (Astro then answers 404). */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

const render = (source: PosterSource, frame: PosterFrame) => posterDocument(source, frame, qrSvg(new URL(entryUrl(source.kind, source.id), frame.site).href));

export function posterPages(settings: PosterSettings): AstroIntegration {
  let config: AstroConfig;
  return {
    name: 'poster-pages',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const match = /^\/(notices|rhymes)\/([^/?#]+)\/poster\/(?:index\.html)?(?:[?#].*)?$/.exec(request.url ?? '');
          const id = match && decodeSegment(match[2]!);
          if (!match || id === undefined) return next();
          // Authors preview drafts here, as on every other page of the dev server (PREVIEW_DRAFTS=0 turns it off).
          // The whole folder is checked again, so the poster shows the files as they are now.
          const { entries } = checkContentFolder(settings.contentDir, settings.root);
          const source = posterSources(entries, buildNow(), siteSettings.PREVIEW_DRAFTS !== false).find((s) => s.kind === match[1] && s.id === id);
          if (!source) return next();
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(render(source, posterFrame(config, settings)));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const frame = posterFrame(config, settings);
        // The same check the build started with (the content-check integration stopped it on any problem).
        const sources = posterSources(checkContentFolderOnce(settings.contentDir, settings.root).entries, buildNow());
        const files = new KeyedFiles(outDir, POSTER_KEYS_FILE, settings.reuse?.code(), settings.reuse?.from);
        // A poster is its source and frame, and nothing else (render): those are its key. The frame
        // (the whole stylesheet among it) is the same for every poster: hashed once, not 3000 times.
        const frameKey = createHash('sha256').update(JSON.stringify(frame)).digest('base64url');
        for (const source of sources) files.write(posterFile(source), [source, frameKey], () => render(source, frame));
        files.finish();
        logger.info(`张贴版：${sources.length} 张${files.reused ? `（沿用上一版 ${files.reused} 张）` : ''}`);
      },
    },
  };
}
