/**
 * The nginx config offices deploy (docs/deploy/nginx.conf), run by the real
 * nginx over the built sample site laid out as the publisher lays it out:
 * DIR/releases/<id>/ and DIR/current, a symlink to the newest. Checks what
 * each kind of file is sent with (cache rules, policies, compression), that
 * authors' active attachments are only ever downloaded, and that swapping the
 * symlink serves the new release without a reload.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { deployConfigPath, freePort, nginxAvailable, siteConfig, startNginx, type RunningNginx } from '../helpers/nginx';

const dist = inject('sampleDist');
/** The first entry of a section that has a page. */
const firstEntry = (section: string) => readdirSync(join(dist, section)).sort().find((id) => id !== 'archive' && existsSync(join(dist, section, id, 'index.html')))!;
const noticeId = firstEntry('notices');
const articleId = firstEntry('articles');
const rhymeId = firstEntry('rhymes');
const notice = `/notices/${noticeId}/`;
const firstFile = (dir: string, test: (name: string) => boolean) => {
  const name = readdirSync(join(dist, dir)).find(test);
  if (!name) throw new Error(`No file in ${dir}/ of the sample dist passes ${test}`);
  return `/${dir}/${name}`;
};
const REVALIDATE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const PRECOMPRESSED = '<!-- the precompressed twin -->';
const SECOND_RELEASE = '<!-- the second release -->';

/** A release: the sample dist plus what the publisher and authors may add next to pages. */
function makeRelease(dir: string, id: string): string {
  const release = join(dir, 'releases', id);
  cpSync(dist, release, { recursive: true });
  const entry = join(release, 'notices', noticeId);
  writeFileSync(join(entry, 'status.json'), JSON.stringify({ status: 'in-force', release: id }));
  // The build writes status/site.json itself (src/lifecycle/status-files.ts); this one marks the release.
  mkdirSync(join(release, 'status'), { recursive: true });
  writeFileSync(join(release, 'status', 'site.json'), JSON.stringify({ release: id }));
  writeFileSync(join(entry, 'evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
  writeFileSync(join(entry, 'evil.html'), '<!doctype html><script>alert(document.cookie)</script>');
  // The publisher's records beside the pages (src/page-reuse/, src/publishing/carry-forward.ts).
  writeFileSync(join(release, '.page-reads.json'), '{}');
  writeFileSync(join(release, '.carried.json'), '[]');
  // A twin that differs from its page, so the test can tell it was sent rather than compressed on the fly.
  const page = join(release, 'articles', articleId, 'index.html');
  writeFileSync(`${page}.gz`, gzipSync(readFileSync(page, 'utf8').replace('</body>', `${PRECOMPRESSED}</body>`)));
  return release;
}

/** Points DIR/current at a release the way the publisher does: a new link renamed over the old one. */
function makeCurrent(dir: string, id: string) {
  symlinkSync(join('releases', id), join(dir, 'current.next'));
  renameSync(join(dir, 'current.next'), join(dir, 'current'));
}

describe.skipIf(!nginxAvailable)('nginx serving DIR/current (docs/deploy/nginx.conf)', () => {
  let dir: string;
  let nginx: RunningNginx | undefined;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${nginx!.origin}${path}`, { headers: { 'accept-encoding': 'identity', ...headers }, redirect: 'manual' });
  const header = async (path: string, name: string) => {
    const response = await get(path);
    await response.arrayBuffer();
    expect(response.status, path).toBe(200);
    return response.headers.get(name);
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nginx-'));
    makeRelease(dir, 'r1');
    makeCurrent(dir, 'r1');
    const port = await freePort();
    const conf = siteConfig(readFileSync(deployConfigPath, 'utf8'), { root: join(dir, 'current'), port });
    nginx = await startNginx(conf, dir, port);
  });

  afterAll(async () => {
    await nginx?.stop();
  });

  it('serves a page revalidated, with a header policy that leaves scripts and styles to the page’s own', async () => {
    const response = await get(notice);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe(REVALIDATE);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBeTruthy();
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    // Both policies apply: any of these in the header would block the page's hashed inline elements.
    expect(csp).not.toMatch(/\b(script-src|style-src|default-src)\b/);
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src [^"]*; style-src [^"]*'sha256-/);
  });

  it('serves poster pages, feeds, sitemaps and open data as they are, revalidated', async () => {
    for (const path of [`${notice}poster/`, `/rhymes/${rhymeId}/poster/`]) {
      expect(await header(path, 'content-type'), path).toBe('text/html; charset=utf-8');
      expect(await header(path, 'content-disposition'), path).toBeNull();
    }
    for (const path of ['/notices/rss.xml', '/rss.xml', '/sitemap-index.xml']) {
      expect(await header(path, 'content-type'), path).toMatch(/^(text|application)\/(rss\+)?xml\b/);
      expect(await header(path, 'cache-control'), path).toBe(REVALIDATE);
      expect(await header(path, 'content-disposition'), path).toBeNull();
    }
    expect(await header('/data/clinics.json', 'cache-control')).toBe(REVALIDATE);
  });

  it('redirects a folder without its slash to the page, by path only', async () => {
    const response = await get(notice.slice(0, -1));
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(notice);
  });

  it('keeps content-named assets for a year and revalidates the rest', async () => {
    expect(await header(firstFile('_astro', (name) => name.endsWith('.js')), 'cache-control')).toBe(IMMUTABLE);
    expect(await header(firstFile('_astro', (name) => name.endsWith('.jpg')), 'cache-control')).toBe(IMMUTABLE);
    expect(await header(firstFile('pagefind/fragment', (name) => name.endsWith('.pf_fragment')), 'cache-control')).toBe(IMMUTABLE);
    expect(await header(firstFile('pagefind/index', (name) => name.endsWith('.pf_index')), 'cache-control')).toBe(IMMUTABLE);
    expect(await header(firstFile('pagefind', (name) => name.endsWith('.pf_meta')), 'cache-control')).toBe(IMMUTABLE);
    for (const path of ['/pagefind/pagefind-entry.json', '/pagefind/pagefind.js', firstFile('pagefind', (name) => name.startsWith('wasm.'))]) {
      expect(await header(path, 'cache-control'), path).toBe(REVALIDATE);
    }
    const audio = firstFile(`rhymes/${rhymeId}`, (name) => name.endsWith('.mp3'));
    expect(await header(audio, 'cache-control')).toBe('max-age=600, must-revalidate');
    expect(await header(audio, 'content-disposition')).toBeNull();
  });

  it('serves the service worker and its registration script revalidated, the manifest with its type, the icons as files', async () => {
    for (const path of ['/sw.js', '/sw-register.js']) expect(await header(path, 'cache-control'), path).toBe(REVALIDATE);
    expect(await header('/manifest.webmanifest', 'content-type')).toBe('application/manifest+json');
    // The page headers hold in the manifest's own location too.
    expect(await header('/manifest.webmanifest', 'x-content-type-options')).toBe('nosniff');
    for (const path of ['/favicon.ico', '/apple-touch-icon.png', '/icons/icon-192.png']) expect(await header(path, 'cache-control'), path).toBe('max-age=600, must-revalidate');
  });

  it('serves the web editor revalidated, with its own policy and the header adding only frame-ancestors and the like', async () => {
    for (const path of ['/admin/', '/admin/config.yml', '/admin/decap-cms.js', '/admin/editor-setup.js']) {
      expect(await header(path, 'cache-control'), path).toBe(REVALIDATE);
    }
    const response = await get('/admin/');
    const html = await response.text();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'unsafe-eval'/);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/\b(script-src|style-src|default-src|connect-src)\b/);
  });

  it('never lets a cache keep a status file', async () => {
    expect(await header(`${notice}status.json`, 'cache-control')).toBe('no-store');
    expect(await header('/status/site.json', 'cache-control')).toBe('no-store');
  });

  it('answers a missing page with the site’s 404 page and status 404', async () => {
    const notFound = readFileSync(join(dist, '404.html'), 'utf8');
    for (const path of ['/no-such-page/', '/_astro/no-such-file.js', '/404.html', '/_astro/', '/.page-reads.json', '/.carried.json']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe(notFound);
      expect(response.headers.get('cache-control'), path).toBe(REVALIDATE);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });

  it('sends a precompressed twin when there is one, and compresses other text on the fly', async () => {
    const twin = await get(`/articles/${articleId}/`, { 'accept-encoding': 'gzip' });
    expect(twin.headers.get('content-encoding')).toBe('gzip');
    expect(twin.headers.get('vary')).toBe('Accept-Encoding');
    expect(await twin.text()).toContain(PRECOMPRESSED);
    const plain = await get(`/articles/${articleId}/`);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).not.toContain(PRECOMPRESSED);
    const onTheFly = await get(notice, { 'accept-encoding': 'gzip' });
    expect(onTheFly.headers.get('content-encoding')).toBe('gzip');
    expect(await onTheFly.text()).toContain('</html>');
    const feed = await get('/notices/rss.xml', { 'accept-encoding': 'gzip' });
    await feed.arrayBuffer();
    expect(feed.headers.get('content-encoding')).toBe('gzip');
  });

  it.each(['evil.svg', 'evil.html'])('only ever downloads an author’s active attachment (%s)', async (file) => {
    const response = await get(`${notice}${file}`);
    await response.arrayBuffer();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/(^|; )sandbox(;|$)/);
  });

  it('serves the new release as soon as current points at it, without a reload', async () => {
    const release = makeRelease(dir, 'r2');
    const home = join(release, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('</body>', `${SECOND_RELEASE}</body>`));
    expect(await (await get('/')).text()).not.toContain(SECOND_RELEASE);
    makeCurrent(dir, 'r2');
    expect(await (await get('/')).text()).toContain(SECOND_RELEASE);
    expect(await (await get(`${notice}status.json`)).json()).toEqual({ status: 'in-force', release: 'r2' });
  });
});
