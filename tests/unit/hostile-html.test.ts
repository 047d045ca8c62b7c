/**
 * Issue 27: raw HTML in a Markdown body that would run code, send readers to
 * another site, collect their input or embed another page is refused by the
 * check, naming the file and the body; ordinary formatting passes.
 */
import { describe, expect, it } from 'vitest';
import { bodyHtmlMessages } from '../../src/checking/body-html';
import { checkContentFolder } from '../../src/checking/content-check';
import { hostileFolder, notice } from '../helpers/hostile-folder';

describe('raw HTML in Markdown bodies', () => {
  it.each([
    ['<meta http-equiv="refresh" content="0;url=https://example.com">', '<meta>'],
    ['<iframe src="https://example.com"></iframe>', '<iframe>'],
    ['<form action="https://example.com"><input name="id"></form>', '<form>'],
    ['<object data="x.swf"></object>', '<object>'],
    ['<base href="https://example.com/">', '<base>'],
    ['<script src="./files/app.txt"></script>', '<script>'],
    ['<style>body{display:none}</style>', '<style>'],
    ['<SCRIPT>alert(1)</SCRIPT>', '<script>'],
    ['<svg><circle/></svg>', '<svg>'],
  ])('refuses %s', (html, tag) => {
    expect(bodyHtmlMessages(`第一段\n\n${html}\n`)).toEqual(expect.arrayContaining([expect.stringContaining(`不能用 ${tag} 标签`)]));
  });

  it('refuses event handlers, inline too', () => {
    expect(bodyHtmlMessages('请看 <b onclick="steal()">这里</b>。\n')).toEqual([expect.stringContaining('带有 onclick 属性')]);
    expect(bodyHtmlMessages('<img src="./a.jpg" alt="图" onerror="x()">\n')).toEqual([expect.stringContaining('带有 onerror 属性')]);
  });

  it.each([
    '[点此](javascript:alert(1))',
    '[点此](JaVaScRiPt:alert(1))',
    '<a href="java&#x09;script:alert(1)">点此</a>',
    '[点此][r]\n\n[r]: data:text/html;base64,PHNjcmlwdD4=',
    '![图](data:image/png;base64,iVBORw0KGgo=)',
  ])('refuses the active link in %s', (markdown) => {
    expect(bodyHtmlMessages(`${markdown}\n`)).toEqual(expect.arrayContaining([expect.stringMatching(/以 (javascript|data): 开头/)]));
  });

  it('lets ordinary formatting, https links and code through', () => {
    const body = '请<b>务必</b>佩戴口罩。<br>详见 [通知](https://example.gov.cn/a) 和 <a href="./files/a.pdf">附件</a>。\n\n`<script>` 只是文字。\n\n```\n<iframe>\n```\n';
    expect(bodyHtmlMessages(body)).toEqual([]);
  });

  it('reports through the check, naming the file and the body', () => {
    const f = hostileFolder();
    f.write('content/notices/refresh.md', notice('', '<meta http-equiv=refresh content="0;url=https://example.com">\n'));
    f.write('content/notices/ok.md', notice());
    const { problems } = checkContentFolder(f.content);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/notices/refresh.md', field: 'body', message: expect.stringContaining('<meta>') })]);
  });
});
