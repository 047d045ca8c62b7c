/** The publisher's own server sends the security headers the shipped nginx configuration sends. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_POLICY, PAGE_HEADER_POLICY, securityHeadersFor } from '../../src/publishing/header-policy';

describe('security headers of the live server', () => {
  it('downloads an author’s HTML, SVG or script attachment in a sandbox, never showing it on the site', () => {
    for (const path of ['/notices/a/files/x.html', '/notices/a/files/x.SVG', '/rhymes/b/audio/x.js']) {
      expect(securityHeadersFor(path), path).toMatchObject({ 'content-disposition': 'attachment', 'content-security-policy': ATTACHMENT_POLICY });
    }
  });

  it('serves pages, feeds and other files with the page policy, framed by no one', () => {
    for (const path of ['/notices/a/index.html', '/notices/a/poster/index.html', '/notices/rss.xml', '/admin/index.html', '/notices/a/files/x.pdf']) {
      const headers = securityHeadersFor(path);
      expect(headers['content-disposition'], path).toBeUndefined();
      expect(headers['content-security-policy'], path).toBe(PAGE_HEADER_POLICY);
      expect(headers['x-frame-options']).toBe('DENY');
    }
  });

  it('says what docs/deploy/nginx.conf says', () => {
    const nginx = readFileSync(join(import.meta.dirname, '../../docs/deploy/nginx.conf'), 'utf8');
    expect(nginx).toContain(`"${PAGE_HEADER_POLICY}"`);
    expect(nginx).toContain(`"${ATTACHMENT_POLICY}"`);
    for (const [name, value] of Object.entries(securityHeadersFor('/'))) if (name.startsWith('x-') || name === 'referrer-policy') expect(nginx.toLowerCase()).toContain(`${name} "${value}"`.toLowerCase());
  });
});
