/** Issue 27: control characters in an author's title must not make a feed not well-formed. */
import { describe, expect, it } from 'vitest';
import { withoutXmlForbidden } from '../../src/feeds/xml-chars';

describe('withoutXmlForbidden', () => {
  it('removes every character XML 1.0 forbids', () => {
    const forbidden = [...Array(32).keys()].filter((c) => ![9, 10, 13].includes(c)).map((c) => String.fromCharCode(c)).join('') + '\uFFFE\uFFFF';
    expect(withoutXmlForbidden(`关于${forbidden}停业的通告`)).toBe('关于停业的通告');
  });

  it('keeps tab, line breaks, Chinese text, emoji and markup', () => {
    const text = '<title>第1号\t通告\r\n</title>😷\u3000\uFFFD';
    expect(withoutXmlForbidden(text)).toBe(text);
  });
});
