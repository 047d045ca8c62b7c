import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheControlFor } from '../../src/publishing/cache-rules';

describe('cache rules of the live server', () => {
  it.each([
    ['/notices/a/', 'no-cache'],
    ['/notices/rss.xml', 'no-cache'],
    ['/data/clinics.json', 'no-cache'],
    ['/notices/a/status.json', 'no-store'],
    ['/status/site.json', 'no-store'],
    ['/_astro/app.Bx1.js', 'public, max-age=31536000, immutable'],
    ['/pagefind/fragment/en_1a2b.pf_fragment', 'public, max-age=31536000, immutable'],
    ['/pagefind/pagefind-entry.json', 'no-cache'],
    ['/pagefind/pagefind.js', 'no-cache'],
    // A live release's delta search index (src/search/delta-index.ts): same names, same rules.
    ['/pagefind/delta/fragment/cmn_1a2b.pf_fragment', 'public, max-age=31536000, immutable'],
    ['/pagefind/delta/pagefind.cmn_1a2b3c.pf_meta', 'public, max-age=31536000, immutable'],
    ['/pagefind/delta/pagefind-entry.json', 'no-cache'],
    ['/pagefind/delta/replaced.json', 'no-cache'],
    ['/rhymes/a/song.mp3', 'public, max-age=600, must-revalidate'],
    ['/sw.js', 'no-cache'],
    ['/sw-register.js', 'no-cache'],
    ['/manifest.webmanifest', 'public, max-age=600, must-revalidate'],
    ['/notices/a/sw.js', 'public, max-age=600, must-revalidate'],
    ['/admin/config.yml', 'no-cache'],
    ['/admin/decap-cms.js', 'no-cache'],
  ])('%s → %s', (path, expected) => {
    expect(cacheControlFor(path)).toBe(expected);
  });

  it('match what the shipped nginx configuration says for the same files', () => {
    const nginx = readFileSync(join(import.meta.dirname, '../../docs/deploy/nginx.conf'), 'utf8');
    for (const value of ['no-store', 'no-cache', 'max-age=31536000, immutable', 'max-age=600, must-revalidate']) expect(nginx).toContain(value);
    // The service worker's rule, with the same pattern: a worker cached for ten minutes would keep an old precache list.
    expect(nginx).toMatch(/~\^\/sw\(-register\)\?\\\.js\$\s+"no-cache";/);
    // Pagefind's files, the delta's among them: content-named ones kept, the rest (entry, replaced.json) revalidated.
    expect(nginx).toMatch(/~\^\/pagefind\/\.\*\\\.pf_\(fragment\|index\|filter\|meta\)\$\s+"public, max-age=31536000, immutable";/);
    expect(nginx).toMatch(/~\^\/pagefind\/\s+"no-cache";/);
    // The editor's configuration changes with each release under the same name.
    expect(nginx).toMatch(/~\^\/admin\/\s+"no-cache";/);
  });
});
