/**
 * Every page of the built sample site is valid HTML by html-validate's
 * `recommended` preset (strict: WCAG-minded rules, deprecated markup, broken
 * nesting, duplicate ids, missing alt text, …).
 */
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, listFiles, readText } from '../helpers/dist-files';

const dist = inject('sampleDist');

/** Class that PhoneLink puts on every tel: link; its CSS keeps the number on one line. */
const PHONE_CLASS = 'phone';

const htmlvalidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The rule wants U+2011 in place of "-" so a number never wraps. Our phone
    // links get `white-space: nowrap` from the `.phone` class instead (the CSP
    // forbids inline styles, which is all the rule can see by itself), and a
    // plain ASCII hyphen keeps the number copyable into dialers and chat apps.
    // The rule still applies to any tel: link without that class; the test
    // below checks that the class really does set nowrap.
    'tel-non-breaking': ['error', { ignoreClasses: [PHONE_CLASS] }],
  },
});

function describeMessage(file: string, m: Message): string {
  return `${file}:${m.line}:${m.column}  ${m.ruleId}  ${m.message}${m.selector ? `  [${m.selector}]` : ''}`;
}

describe('HTML validity of the sample site', () => {
  const files = htmlFiles(dist);

  it('has pages to check', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
    expect(files.length).toBeGreaterThan(10);
  });

  it('every .html file passes html-validate:recommended with no errors', async () => {
    const problems: string[] = [];
    for (const file of files) {
      const report = await htmlvalidate.validateString(readText(dist, file), file);
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity === 2) problems.push(describeMessage(file, m));
        }
      }
    }
    expect(problems.length, `${problems.length} HTML error(s):\n${problems.join('\n')}\n`).toBe(0);
  });

  it(`the .${PHONE_CLASS} class exempted from tel-non-breaking does keep numbers on one line`, () => {
    const css = listFiles(dist)
      .filter((file) => file.endsWith('.css') || file.endsWith('.html'))
      .map((file) => readText(dist, file))
      .join('\n');
    const usesClass = files.some((file) => /<a\b[^>]*\bclass="[^"]*\bphone\b[^"]*"[^>]*href="tel:/.test(readText(dist, file)));
    if (!usesClass) return;
    // A rule whose selector list starts with `.phone` (Astro may add a scoping attribute) and sets nowrap.
    const rule = new RegExp(String.raw`(^|[}\s,])\.${PHONE_CLASS}(\[[^\]]*\])?\s*\{[^}]*white-space\s*:\s*nowrap`);
    expect(rule.test(css), `no CSS rule for .${PHONE_CLASS} sets white-space: nowrap`).toBe(true);
  });
});
