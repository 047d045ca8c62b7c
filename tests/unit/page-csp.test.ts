import { describe, expect, it } from 'vitest';
import { cspHash, inlineElements, narrowedPolicy, withNarrowedPolicy } from '../../src/security/page-csp';

/** SHA-256 of "abc" (FIPS 180-2 test vector), in base64. */
const ABC = "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='";
const OTHER_STYLE = cspHash('a{color:red}');
const OTHER_SCRIPT = cspHash('console.log(1)');

/** A policy as Astro writes it: every hash of the site, on every page. */
const SITE_POLICY = `script-src 'self' 'wasm-unsafe-eval' ${ABC} ${OTHER_SCRIPT}; style-src 'self' ${OTHER_STYLE} ${ABC}`;

const page = (head: string, body = '', policy = SITE_POLICY) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}">${head}</head><body>${body}</body></html>`;

const narrowed = (html: string) => withNarrowedPolicy(Buffer.from(html)).toString('utf8');
const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)?.[1];

describe('a page’s Content-Security-Policy, narrowed to what it uses', () => {
  it('hashes an inline element’s exact text', () => {
    expect(cspHash('abc')).toBe(ABC);
  });

  it('keeps only the hash of the page’s own inline style', () => {
    const html = narrowed(page('<style>abc</style>', '<p>岚溪区第3号通告</p><script type="application/ld+json">{"@type":"GovernmentService"}</script>'));
    expect(policyOf(html)).toBe(`script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${ABC}`);
  });

  it('changes nothing else in the page', () => {
    const original = page('<title>热线</title><style>abc</style>', '<h1>热线电话</h1><script type="module">console.log(1)</script>');
    const html = narrowed(original);
    expect(html.replace(/content="[^"]*"/, '')).toBe(original.replace(/content="[^"]*"/, ''));
    expect(policyOf(html)).toBe(`script-src 'self' 'wasm-unsafe-eval' ${OTHER_SCRIPT}; style-src 'self' ${ABC}`);
  });

  it('never lets through a script Astro did not list, such as one pasted into a notice', () => {
    const html = narrowed(page('<style>abc</style>', '<script>alert("注意")</script><script>console.log(1)</script>'));
    expect(policyOf(html)).not.toContain(cspHash('alert("注意")'));
    expect(policyOf(html)).toContain(OTHER_SCRIPT);
  });

  it('finds styles inside an inline SVG and scripts written with attributes or on several lines', () => {
    const texts = [...inlineElements(Buffer.from(page('', '<svg><style>abc</style></svg><script type="module">\nconsole.log(1)\n</script><scripts>no</scripts>')))];
    expect(texts.map(({ kind, text }) => `${kind}: ${text}`)).toEqual(['script: \nconsole.log(1)\n', 'style: abc']);
  });

  it('works on UTF-8 bytes: a Chinese style text hashes as the browser hashes it', () => {
    const style = '.badge::before{content:"有效"}';
    const html = narrowed(page(`<style>${style}</style>`, '', `style-src 'self' ${cspHash(style)} ${ABC}`));
    expect(policyOf(html)).toBe(`style-src 'self' ${cspHash(style)}`);
  });

  it('keeps every source that is not a hash, and directives left without hashes', () => {
    const none = { script: new Set<string>(), style: new Set<string>() };
    expect(narrowedPolicy(`script-src 'self' 'wasm-unsafe-eval' ${ABC}; style-src 'self' ${ABC}; img-src 'self' data:`, none)).toBe(
      "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:",
    );
  });

  it('follows the policy’s hash algorithm', () => {
    const sha384 = cspHash('abc', 'sha384');
    const html = narrowed(page('<style>abc</style>', '', `style-src 'self' ${sha384} ${cspHash('x', 'sha384')}`));
    expect(policyOf(html)).toBe(`style-src 'self' ${sha384}`);
  });

  it('gives pages of the same site their own lists, one after the other', () => {
    const notice = narrowed(page('<style>abc</style>'));
    const hotlines = narrowed(page('<style>a{color:red}</style>', '<script type="module">console.log(1)</script>'));
    const again = narrowed(page('<style>abc</style>'));
    expect(policyOf(notice)).toBe(`script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${ABC}`);
    expect(policyOf(hotlines)).toBe(`script-src 'self' 'wasm-unsafe-eval' ${OTHER_SCRIPT}; style-src 'self' ${OTHER_STYLE}`);
    expect(again).toBe(notice);
  });

  it('leaves a page without a policy as it is', () => {
    const html = '<!DOCTYPE html><html><head><style>abc</style></head></html>';
    expect(narrowed(html)).toBe(html);
  });
});
