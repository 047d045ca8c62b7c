/** Numbers you can tap: phone numbers written in bodies are tel: links in the built pages and feeds. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('sampleDist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('phone numbers in bodies', () => {
  it('are links on a notice page, and the document number and dates are not', () => {
    const html = read('notices/2026-11-15-dongpo-daigou-songyao/index.html');
    expect(html).toContain('<a href="tel:070005120101" class="phone">0700-05120101</a>');
    expect(html).not.toMatch(/href="tel:2026/);
  });

  it('are links in an article', () => {
    expect(read('articles/2026-11-16-xinli-rexian-lingchen/index.html')).toContain('href="tel:070001230301"');
  });

  it('stay links in the full-text feed', () => {
    // Item bodies are escaped HTML inside the XML.
    expect(read('notices/rss.xml')).toContain('href=&quot;tel:070005120101&quot;');
  });
});
