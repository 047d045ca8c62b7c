/**
 * .mdx bodies are data (src/entry-bodies/): components become markers in
 * Markdown, the Markdown is rendered like any .md body, and the HTML is cut at
 * the markers into what the page renders. Here the Markdown goes through
 * satteri's own Markdown renderer, the one the site's pipeline is built on.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyParts, type BodyPart } from '../../src/entry-bodies/body-parts';
import { mdxAsMarkdown } from '../../src/entry-bodies/mdx-as-markdown';

function parts(body: string): BodyPart[] {
  const { markdown, components } = mdxAsMarkdown(body);
  return bodyParts(markdownToHtml(markdown).html, components);
}

/** Parts with HTML whitespace squeezed, for readable expectations. */
function squeezed(list: BodyPart[]): unknown[] {
  return list
    .map((part) => (typeof part === 'string' ? part.replace(/\s+/g, '') : { ...part, children: squeezed(part.children) }))
    .filter((part) => part !== '');
}

describe('an .mdx body as data', () => {
  it('keeps an inline component in its sentence', () => {
    expect(squeezed(parts('详见<NoticeRef id="tonggao-2" />，请遵照执行。'))).toEqual([
      '<p>详见',
      { name: 'NoticeRef', props: { id: 'tonggao-2' }, children: [] },
      '，请遵照执行。</p>',
    ]);
  });

  it('puts a block component with paragraphs around its own children, Markdown rendered inside', () => {
    const body = '前言。\n\n<Callout type="警告" title="注意">\n请带好**身份证**。\n\n第二段。\n</Callout>\n\n结尾。';
    expect(squeezed(parts(body))).toEqual([
      '<p>前言。</p>',
      { name: 'Callout', props: { type: '警告', title: '注意' }, children: ['<p>请带好<strong>身份证</strong>。</p><p>第二段。</p>'] },
      '<p>结尾。</p>',
    ]);
  });

  it('gives a one-line block component its text as a paragraph, never a block inside a <p>', () => {
    expect(squeezed(parts('<Callout type="警告">高烧不退请立即就医。</Callout>'))).toEqual([
      { name: 'Callout', props: { type: '警告' }, children: ['<p>高烧不退请立即就医。</p>'] },
    ]);
  });

  it('keeps a card in a list item inside the list', () => {
    expect(squeezed(parts('- <HotlineCard id="yingji" />\n- 第二项'))).toEqual([
      '<ul><li>',
      { name: 'HotlineCard', props: { id: 'yingji' }, children: [] },
      '</li><li>第二项</li></ul>',
    ]);
  });

  it('reads text indented four spaces inside a component as text, as MDX does, never as code', () => {
    const body = '    <Callout title="提示">\n        请带好身份证。\n        第二行。\n\n        - 一\n        - 二\n    </Callout>';
    expect(squeezed(parts(body))).toEqual([
      { name: 'Callout', props: { title: '提示' }, children: ['<p>请带好身份证。第二行。</p><ul><li>一</li><li>二</li></ul>'] },
    ]);
  });

  it('keeps a component inside a numbered step, a quote or a table cell where it was written', () => {
    expect(squeezed(parts('1. 第一步\n\n   <Callout>\n   缩进的提示\n   </Callout>\n\n2. 第二步'))).toEqual([
      '<ol><li><p>第一步</p>',
      { name: 'Callout', props: {}, children: ['<p>缩进的提示</p>'] },
      '</li><li><p>第二步</p></li></ol>',
    ]);
    expect(squeezed(parts('> <Callout>\n> 引用里的提示\n> </Callout>'))).toEqual([
      '<blockquote>',
      { name: 'Callout', props: {}, children: ['<p>引用里的提示</p>'] },
      '</blockquote>',
    ]);
    expect(squeezed(parts('| 通告 |\n| --- |\n| <NoticeRef id="b" /> |')).at(1)).toEqual({ name: 'NoticeRef', props: { id: 'b' }, children: [] });
  });

  it('nests components and keeps their order', () => {
    const body = '<Callout title="就诊">\n先打电话：\n\n<HotlineCard id="a" />\n\n<ClinicCard id="b" />\n</Callout>';
    const [callout] = parts(body) as [Extract<BodyPart, object>];
    expect(callout.name).toBe('Callout');
    expect(squeezed(callout.children)).toEqual([
      '<p>先打电话：</p>',
      { name: 'HotlineCard', props: { id: 'a' }, children: [] },
      { name: 'ClinicCard', props: { id: 'b' }, children: [] },
    ]);
  });

  it('drops {/* notes */}, shows nothing of them', () => {
    expect(squeezed(parts('第一段。\n\n{/* 编辑备注：周五前复核 */}\n\n第二段。'))).toEqual(['<p>第一段。</p><p>第二段。</p>']);
  });

  it('reads a > inside a quoted attribute as text, not the end of the tag', () => {
    const [callout] = parts('<Callout title="体温>37.3℃">\n请就医。\n</Callout>') as [Extract<BodyPart, object>];
    expect(callout.props).toEqual({ title: '体温>37.3℃' });
    expect(squeezed(callout.children)).toEqual(['<p>请就医。</p>']);
  });

  it('refuses what the content check refuses, rather than rendering it', () => {
    expect(() => mdxAsMarkdown('<Script />')).toThrow(/npm run check/);
    expect(() => mdxAsMarkdown('import X from "x"\n\n正文')).toThrow(/import/);
    expect(() => mdxAsMarkdown('<Callout title={x}>正文</Callout>')).toThrow(/属性不是文字/);
  });

  it('refuses HTML whose markers do not pair up', () => {
    const { components } = mdxAsMarkdown('<Callout>\n正文\n</Callout>');
    expect(() => bodyParts('<p>\uE0020\uE001</p><p>正文</p>', components)).toThrow(/没有结尾/);
    expect(() => bodyParts('<p>\uE0030\uE001</p>', components)).toThrow(/没有成对/);
  });
});
