import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/checking/content-check';
import { mdxReferences } from '../../src/checking/mdx-references';

describe('MDX components that name an entry', () => {
  it('finds every id an author wrote', () => {
    expect(mdxReferences('<HotlineCard id="a" /> 文字 <NoticeRef id=\'b\'/> <Callout>x</Callout>')).toEqual([
      { component: 'HotlineCard', kind: 'hotlines', id: 'a' },
      { component: 'NoticeRef', kind: 'notices', id: 'b' },
    ]);
  });
  it('stops the build naming the file when an id does not exist', () => {
    const { problems } = checkContentFolder(join(import.meta.dirname, '../fixtures/check-mdx-refs'));
    expect(problems.map((p) => [p.file, p.field, p.message.includes('no-such-line') || p.message.includes('no-such-clinic')])).toEqual([
      ['check-mdx-refs/notices/2026-11-01-test.mdx', 'body', true],
      ['check-mdx-refs/notices/2026-11-01-test.mdx', 'body', true],
    ]);
  });
});
