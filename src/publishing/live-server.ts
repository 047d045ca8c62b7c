/**
 * Serves the live release (`OUT/current`) on localhost, with the same cache
 * rules and security headers an office's nginx uses, plus the publisher's
 * status page. Every request
 * resolves `current` anew, so a publish switches readers atomically: a reader
 * gets a file of the old release or of the new one, never an error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import serveStatic from 'serve-static';
import { cacheControlFor } from './cache-rules';
import { securityHeadersFor } from './header-policy';
import type { PublisherState } from './publisher';
import { CURRENT_LINK } from './releases';
import { publisherStatus, statusPage } from './status-page';

const STATUS_PATH = '/_publisher/';

function send(response: ServerResponse, status: number, type: string, body: string, cache = 'no-store'): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': cache });
  response.end(body);
}

/** Before the first release there is nothing to serve yet: say so, and look again shortly. */
const NOT_YET = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5"><title>网站正在生成</title></head><body><p>网站正在生成，请稍候……</p><p><a href="${STATUS_PATH}">发布状态</a></p></body></html>`;

export function liveServer(outDir: string, state: PublisherState): Server {
  const root = join(outDir, CURRENT_LINK);
  const files = serveStatic(root, {
    index: ['index.html'],
    // Dotfiles are the publisher's own notes (which assets a release carries), not pages.
    dotfiles: 'ignore',
    setHeaders: (response, path) => {
      const url = path.slice(root.length).split('\\').join('/');
      response.setHeader('cache-control', cacheControlFor(url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url));
      for (const [name, value] of Object.entries(securityHeadersFor(url))) response.setHeader(name, value);
    },
  });
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === `${STATUS_PATH}status.json`) return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(publisherStatus(state), null, 2));
    if (path === STATUS_PATH) return send(response, 200, 'text/html; charset=utf-8', statusPage(state));
    if (!existsSync(join(root, 'index.html'))) return send(response, 503, 'text/html; charset=utf-8', NOT_YET);
    files(request, response, () => {
      const notFound = join(root, '404.html');
      send(response, 404, 'text/html; charset=utf-8', existsSync(notFound) ? readFileSync(notFound, 'utf8') : 'Not found', 'no-cache');
    });
  });
}
