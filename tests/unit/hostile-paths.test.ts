/**
 * Issue 27: every path an author writes stays inside the content folder, links
 * included; a content file is never an attachment; files a browser would run on
 * the site's origin are refused. Each refusal names the file and the field.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder, type ContentCheck } from '../../src/checking/content-check';
import { hostileFolder, notice } from '../helpers/hostile-folder';

let check: ContentCheck;
const problemsOf = (file: string) => check.problems.filter((p) => p.file === `content/${file}`);

const attach = (file: string) => `attachments:\n  - title: 附件\n    file: ${file}\n`;
const RHYME = (audio: string) => `---\ntitle: 顺口溜\nform: 顺口溜\ndialect: 长沙话\npublished: 2026-11-01\naudio:\n  file: ${audio}\n---\n\n出门戴口罩\n`;
const ARTICLE = (cover: string, body = '正文。\n') =>
  `---\ntitle: 文章\npublished: 2026-11-01\nauthor: 谢朝阳\ncover:\n  image: ${cover}\n  alt: 图片说明\n---\n\n${body}`;

beforeAll(() => {
  const f = hostileFolder();
  f.write('outside/x.jpg', 'not really a jpeg');
  f.write('outside/secret.md', notice());
  f.write('content/notices/files/ok.pdf', '%PDF-1.4');
  f.write('content/notices/ok.md', notice(attach('./files/ok.pdf')));
  f.write('content/notices/passwd.md', notice(attach('../../../../etc/passwd')));
  f.link('content/notices/files/linked.pdf', '/etc/passwd');
  f.write('content/notices/linked-attachment.md', notice(attach('./files/linked.pdf')));
  f.write('content/notices/secret-draft.md', notice('draft: true\n'));
  f.write('content/notices/own-source.md', notice(attach('./secret-draft.md')));
  f.write('content/notices/folder.md', notice(attach('./files')));
  for (const ext of ['html', 'svg', 'xhtml', 'js', 'mjs', 'xml', 'HTM']) {
    f.write(`content/notices/files/active.${ext}`, '<script>alert(1)</script>');
    f.write(`content/notices/active-${ext.toLowerCase()}.md`, notice(attach(`./files/active.${ext}`)));
  }
  f.write('content/rhymes/audio-outside.md', RHYME('../../outside/x.mp3'));
  f.write('content/articles/cover-outside.md', ARTICLE('../../../outside/x.jpg'));
  f.write('content/articles/cover-svg.md', ARTICLE('./images/cover.svg'));
  f.write('content/articles/images/ok.jpg', 'jpeg');
  f.write('content/articles/body-outside.md', ARTICLE('./images/ok.jpg', '![说明](../../outside/x.jpg)\n'));
  f.write('content/articles/images/body.svg', '<svg onload="alert(1)"/>');
  f.write('content/articles/body-svg.md', ARTICLE('./images/ok.jpg', '![说明](./images/body.svg)\n'));
  f.link('content/notices/linked-notice.md', join(f.root, 'outside/secret.md'));
  f.link('content/notices/linked-folder', join(f.root, 'outside'));
  f.link('content/notices/dangling.md', join(f.root, 'nowhere.md'));
  check = checkContentFolder(f.content);
});

describe('paths an author writes', () => {
  it('accept an attachment inside the folder', () => {
    expect(problemsOf('notices/ok.md')).toEqual([]);
  });

  it('refuse an attachment outside the content folder, naming the field', () => {
    expect(problemsOf('notices/passwd.md')).toEqual([
      expect.objectContaining({ field: 'attachments.0.file', message: expect.stringContaining('在内容文件夹以外') }),
    ]);
  });

  it('refuse an attachment that is a link to a file outside', () => {
    expect(problemsOf('notices/linked-attachment.md')).toEqual([
      expect.objectContaining({ field: 'attachments.0.file', message: expect.stringContaining('指向内容文件夹以外') }),
    ]);
  });

  it('refuse a content file as an attachment (a draft’s own text)', () => {
    expect(problemsOf('notices/own-source.md')).toEqual([
      expect.objectContaining({ field: 'attachments.0.file', message: expect.stringContaining('内容文件从不作为附件发布') }),
    ]);
  });

  it('refuse a folder as an attachment', () => {
    expect(problemsOf('notices/folder.md')).toEqual([expect.objectContaining({ message: expect.stringContaining('是文件夹，不是文件') })]);
  });

  it.each(['html', 'svg', 'xhtml', 'js', 'mjs', 'xml', 'htm'])('refuse an active .%s attachment and say why', (ext) => {
    expect(problemsOf(`notices/active-${ext}.md`)).toEqual([
      expect.objectContaining({ field: 'attachments.0.file', message: expect.stringContaining('在本站网址下运行其中的代码') }),
    ]);
  });

  it('refuse a recording outside the folder without opening it', () => {
    expect(problemsOf('rhymes/audio-outside.md')).toEqual([
      expect.objectContaining({ field: 'audio.file', message: expect.stringContaining('在内容文件夹以外') }),
    ]);
  });

  it('refuse a cover image outside the folder, and an SVG cover', () => {
    expect(problemsOf('articles/cover-outside.md')).toEqual([
      expect.objectContaining({ field: 'cover.image', message: expect.stringContaining('在内容文件夹以外') }),
    ]);
    expect(problemsOf('articles/cover-svg.md')).toEqual([expect.objectContaining({ field: 'cover.image', message: expect.stringContaining('SVG 图片里可以藏有脚本') })]);
  });

  it('refuse body images outside the folder or in SVG', () => {
    expect(problemsOf('articles/body-outside.md')).toEqual([expect.objectContaining({ field: 'body', message: expect.stringContaining('在内容文件夹以外') })]);
    expect(problemsOf('articles/body-svg.md')).toEqual([expect.objectContaining({ field: 'body', message: expect.stringContaining('.svg 文件') })]);
  });
});

describe('content files that are links', () => {
  it('refuse a notice that links to a file outside the folder, and never read it', () => {
    expect(problemsOf('notices/linked-notice.md')).toEqual([expect.objectContaining({ message: expect.stringContaining('指向内容文件夹以外的文件') })]);
    expect(check.entries.map((e) => e.id)).not.toContain('linked-notice');
  });

  it('refuse a link to a folder (Astro would load what is in it) and a dangling link', () => {
    expect(problemsOf('notices/linked-folder')).toEqual([expect.objectContaining({ message: expect.stringContaining('链接（symlink）') })]);
    expect(problemsOf('notices/dangling.md')).toEqual([expect.objectContaining({ message: expect.stringContaining('指向的文件不存在') })]);
  });
});
