import { describe, expect, it } from 'vitest';
import { cspHash, pagePolicy, withPagePolicy } from '../../src/lib/page-csp';

/** SHA-256 of "abc" (FIPS 180-2 test vector), in base64. */
const ABC = "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='";

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1];

describe('a page’s own Content-Security-Policy', () => {
  it('hashes an inline element’s exact text', () => {
    expect(cspHash('abc')).toBe(ABC);
  });

  it('lists the page’s inline style and nothing else a notice page has', () => {
    const html = page('<style>abc</style><script type="application/ld+json">{"@type":"GovernmentService"}</script>', '<p>通告</p>');
    expect(pagePolicy(html)).toBe(`script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${ABC}`);
  });

  it('lists inline scripts the browser runs, but not script files or data blocks', () => {
    const html = page(
      '<script type="module" src="/_astro/search.js"></script><script type="application/json">abc</script>',
      '<script type="module">abc</script><script>abc</script>',
    );
    // The module and the classic script have the same text: one hash.
    expect(pagePolicy(html)).toBe(`script-src 'self' 'wasm-unsafe-eval' ${ABC}; style-src 'self'`);
  });

  it('covers a style inside an inline SVG, and several styles each once', () => {
    const html = page('<style>a{color:red}</style><style>abc</style>', '<svg><style>abc</style></svg>');
    const policy = pagePolicy(html);
    expect(policy).toContain(ABC);
    expect(policy).toContain(cspHash('a{color:red}'));
    expect(policy.split(ABC)).toHaveLength(2);
  });

  it('puts the policy right after the charset, before anything it governs', () => {
    const html = withPagePolicy(page('<title>热线</title><style>abc</style>'));
    expect(policyOf(html)).toBe(`script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${ABC}`);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]*"><title>/);
  });

  it('puts it first in a head without a charset, and leaves text without a head alone', () => {
    expect(withPagePolicy('<html><head><style>abc</style></head></html>')).toMatch(/^<html><head><meta http-equiv="content-security-policy" content="[^"]*"><style>/);
    expect(withPagePolicy('<?xml version="1.0"?><rss></rss>')).toBe('<?xml version="1.0"?><rss></rss>');
  });

  it('never allows inline code or eval by a blanket keyword', () => {
    expect(pagePolicy(page('<style>abc</style>', '<script>abc</script>'))).not.toMatch(/'unsafe-(inline|eval|hashes)'/);
  });
});
