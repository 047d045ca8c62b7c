/** A URL the site has published never disappears: the build fails naming it. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, fixture } from '../helpers/build-site';

const content = mkdtempSync(join(tmpdir(), 'urls-content-'));
cpSync(fixture('site-basic'), content, { recursive: true });

describe('published URL list', () => {
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  it('fails the build when a listed URL is no longer built, and names it', () => {
    writeFileSync(join(content, 'published-urls.txt'), '# test\n/\n/notices/\n/notices/2026-01-01-removed-notice/\n');
    const build = buildSite(content);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('/notices/2026-01-01-removed-notice/');
    expect(build.output).toContain('redirects');
    rmSync(join(build.outDir, '..'), { recursive: true, force: true });
  });
});
