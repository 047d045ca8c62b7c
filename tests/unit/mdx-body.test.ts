/**
 * .mdx bodies are checked like everything else (syntax as the build reads it,
 * in Chinese, with the line in the file) and are data, never code.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/checking/content-check';
import { mdxBodyProblems } from '../../src/checking/mdx-body';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const problemsIn = (folder: string) =>
  checkContentFolder(join(FIXTURES, folder)).problems.map((p) => ({ file: p.file.split('/').pop(), line: p.line, field: p.field, message: p.message }));
/** Problems of a body that starts on line 1. */
const bodyProblems = (body: string) => mdxBodyProblems('x.mdx', body, 1).map((p) => `${p.line} ${p.message}`);

describe('MDX syntax, in Chinese with what to write instead', () => {
  const problems = problemsIn('check-mdx-syntax');
  const of = (file: string) => problems.filter((p) => p.file === file);

  it('an unclosed component: close it', () => {
    expect(of('a-unclosed.mdx')).toEqual([{ file: 'a-unclosed.mdx', line: 11, field: 'body', message: expect.stringContaining('请在它的内容后面补上 </Callout>') }]);
  });
  it('a bare <: write ＜ or &lt;', () => {
    expect(of('b-bare-lt.mdx')).toEqual([{ file: 'b-bare-lt.mdx', line: 11, field: 'body', message: expect.stringContaining('请写全角 ＜ 或 &lt;') }]);
  });
  it('a misspelt component: did you mean…', () => {
    expect(of('c-misspelt.mdx')).toEqual([{ file: 'c-misspelt.mdx', line: 11, field: 'body', message: '没有叫 HotlineCrad 的组件，是不是想写 HotlineCard？（组件名要大小写一字不差）' }]);
  });
  it('a closing tag that does not match, with the opening tag’s line in the file', () => {
    expect(of('d-mismatched.mdx').map((p) => [p.line, p.message])).toEqual([[11, '结尾标签 </Calout> 和第 9 行开头的 <Callout> 对不上：请写成 </Callout>']]);
  });
  it('an HTML comment', () => {
    expect(of('e-html-comment.mdx').map((p) => [p.line, p.message])).toEqual([[11, expect.stringContaining('{/* 注释 */}')]]);
  });
  it('other slips', () => {
    expect(bodyProblems('<HotlineCard id=“abc” />\n')).toEqual([expect.stringMatching(/^1 组件里的引号要用英文半角双引号/)]);
    expect(bodyProblems('见 <https://example.org>\n')).toEqual([expect.stringMatching(/^1 尖括号里的网址/)]);
    expect(bodyProblems('正文\n\n<Callout type=警告>x</Callout>\n')).toEqual([expect.stringMatching(/^3 组件的标签没有写完整/)]);
    expect(bodyProblems('多了</Callout>\n')).toEqual([expect.stringMatching(/^1 多了一个结尾标签 <\/Callout>/)]);
    expect(bodyProblems('a {b\n')).toEqual([expect.stringMatching(/^1 英文花括号/)]);
    expect(bodyProblems('<Calout>\n\n内容\n')).toEqual(['1 没有叫 Calout 的组件，是不是想写 Callout？（组件名要大小写一字不差）']);
  });
  it('lets Markdown, the documented components and comments through', () => {
    const body = '# 标题\n\n体温 < 37.3℃ 时 **照常** 上班。\n\n<Callout type="警告" title="注意">\n\n- 一\n- 二\n\n</Callout>\n\n{/* 注释 */}\n\n见<NoticeRef id="a" />，电话 <HotlineCard id=\'b\' />\n';
    expect(bodyProblems(body)).toEqual([]);
  });
});

describe('MDX is data, not code', () => {
  const problems = problemsIn('check-mdx-code');
  const of = (file: string) => problems.filter((p) => p.file === file).map((p) => [p.line, p.message]);
  const RUNS_CODE = '不运行作者文件里的代码';

  it('refuses import and export, saying why', () => {
    expect(of('a-import.mdx')).toEqual([[9, expect.stringMatching(new RegExp(`^正文里不能写 import（这里是「import fs from 'node:fs'」）.*${RUNS_CODE}`))]]);
    expect(of('b-export.mdx')).toEqual([[11, expect.stringMatching(new RegExp(`^正文里不能写 export.*${RUNS_CODE}`))]]);
    expect(bodyProblems("import a from 'a'\nexport const b = 1\n").map((p) => p.slice(0, 15))).toEqual(['1 正文里不能写 import', '2 正文里不能写 export']);
  });
  it('refuses {…} expressions, but not a comment', () => {
    expect(of('c-expression.mdx')).toEqual([
      [9, expect.stringMatching(/^正文里不能写 \{new Date\(\)\.getFullYear\(\)\}：/)],
      [11, expect.stringMatching(/^正文里不能写 \{\(\(\) => \{ return 1 \}\)\(\)\}：/)],
    ]);
    expect(bodyProblems('{/* a */ process.exit() /* b */}\n')).toHaveLength(1);
  });
  it('allows only plain text attributes the component documents', () => {
    expect(of('d-attribute-expression.mdx')).toEqual([
      [9, expect.stringMatching(/^<Callout> 的 type=\{…\} 用了花括号/)],
      [9, expect.stringMatching(/^<Callout> 里不能写 \{\.\.\.props\}/)],
      [13, '<Callout> 的 type 只能是「提示」或「警告」，现在是「紧急」'],
      [13, '<Callout> 里不能写 onClick：它会在读者的浏览器里运行代码；请删掉'],
    ]);
    expect(bodyProblems('<Callout titel="x">y</Callout>\n')).toEqual(['1 <Callout> 没有 titel 这个属性；它能写的属性：type、title']);
    expect(bodyProblems('<Callout title="javascript:alert(1)">y</Callout>\n')).toEqual([expect.stringMatching(/javascript: 或 data:/)]);
    expect(bodyProblems('<ClinicCard />\n')).toEqual(['1 <ClinicCard> 缺少 id：请写成 <ClinicCard id="…" />']);
  });
  it('refuses <script>, <iframe> and any HTML tag', () => {
    expect(of('e-script.mdx')).toEqual([
      [11, expect.stringMatching(/^正文里不能写 <script>：/)],
      [13, expect.stringMatching(/^正文里不能写 <iframe>：/)],
      [15, '正文里不能写 HTML 标签 <a>：请用 Markdown 的写法：[链接文字](网址)'],
    ]);
    expect(bodyProblems('<br/>\n\n<span>x</span>\n\n<>x</>\n')).toEqual([
      '1 正文里不能写 HTML 标签 <br>：请用 Markdown 的写法：两行之间空一行（另起一段）',
      '3 正文里不能写 HTML 标签 <span>：只能用 Markdown 和写作指南里的组件',
      '5 正文里不能写空标签 <>…</>：请删掉 <> 和 </>',
    ]);
  });
});

describe('one run, every problem', () => {
  it('reports a broken .mdx file with the other broken files, front matter, body and references alike', () => {
    const problems = problemsIn('check-mdx-mixed');
    expect(problems.map((p) => `${p.file}:${p.line ?? ''} ${p.field}`).sort()).toEqual([
      'a-broken.mdx:3 docType',
      'a-broken.mdx:9 body',
      'b-code.mdx: body',
      'b-code.mdx:11 body',
      'b-code.mdx:9 body',
      'c-article.md:3 published',
      'd-bad-phone.yaml:2 phones.0',
    ]);
  });
});
