/**
 * Parses an .mdx body with satteri, the MDX parser Astro 7 builds .mdx files
 * with (through @astrojs/markdown-satteri), so the check and the build read a
 * body alike. Only the tree is made, never code. Its English syntax errors are
 * reworded here, in Chinese, with what to write instead.
 */
import { mdxToMdast } from 'satteri';
import { closestWord } from './edit-distance';
import { MDX_COMPONENT_NAMES } from './mdx-components';

/** The parts of an mdast node the rules read. */
export interface MdxNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: MdxNode[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

export type Parsed = { tree: MdxNode } | { error: { line: number; message: string } };

/** A component name as an author may have meant it: the documented one, or "one of these". */
export function componentHint(name: string): string {
  const guess = closestWord(name, MDX_COMPONENT_NAMES, 3);
  return guess ? `是不是想写 ${guess}？（组件名要大小写一字不差）` : `可以用的组件只有：${MDX_COMPONENT_NAMES.join('、')}`;
}

/** `<` followed by something that cannot start a tag name: meant as "less than". */
function bareLessThan(after: string): boolean {
  return !/^[A-Za-z_$/]/.test(after);
}

/** The Chinese message for one of satteri's errors, `line` already in the file. */
function reword(english: string, sourceAt: string, lineOffset: number): string {
  const fileLine = (bodyLine: string) => Number(bodyLine) + lineOffset;
  let m: RegExpExecArray | null;
  if (/^Unexpected character after `<`/.test(english)) {
    const after = sourceAt.slice(1);
    if (bareLessThan(after)) return '正文里的 < 会被当成组件的开头：表示“小于”请写全角 ＜ 或 &lt;（例如 体温＜37.3℃），或者写“低于”';
    if (/^<(?:https?:|www\.)/i.test(sourceAt)) return '尖括号里的网址在 .mdx 里写不了：请写成 [网址](网址)';
    if (/^<[^>\n]*[“”‘’]/.test(sourceAt)) return '组件里的引号要用英文半角双引号：请写成 id="…"，不要写 id=“…”';
    return '组件的标签没有写完整：属性值要用英文双引号包起来（例如 type="警告"），标签要以 > 结束（或者以 /> 结束，如 <HotlineCard id="…" />）';
  }
  if ((m = /^Expected a closing tag for `<([^>`]*)>`/.exec(english))) {
    const name = m[1]!;
    if (!MDX_COMPONENT_NAMES.includes(name)) return `没有叫 ${name} 的组件，${componentHint(name)}`;
    return `<${name}> 没有结尾：请在它的内容后面补上 </${name}>（不带内容的组件可以写成 <${name} … /> 这样自带结尾）`;
  }
  if ((m = /^Unexpected closing tag `<\/([^>`]*)>`, expected corresponding closing tag for `<([^>`]*)>` \((\d+):\d+\)/.exec(english))) {
    return `结尾标签 </${m[1]}> 和第 ${fileLine(m[3]!)} 行开头的 <${m[2]}> 对不上：请写成 </${m[2]}>`;
  }
  if ((m = /^Unexpected closing tag `<\/([^>`]*)>`, expected an open tag first/.exec(english))) {
    return `多了一个结尾标签 </${m[1]}>：前面没有和它成对的 <${m[1]}>，请删掉它或补上开头`;
  }
  if (/to create a comment in MDX/.test(english)) return '.mdx 文件里不能写 HTML 注释 <!-- -->：请删掉，或者写成 {/* 注释 */}';
  if (/expression|brace/i.test(english)) return '英文花括号 { } 在 .mdx 里是程序代码的开头：请改用中文括号（）或全角｛｝';
  return `.mdx 正文的写法有误，网站生成不了（${english}）：请对照写作指南第六部分检查这一行`;
}

/**
 * The body's tree, or its first syntax error (the parser stops there) with the
 * line in the file: `firstLine` is the file line the body starts on.
 */
export function parseMdxBody(body: string, firstLine: number): Parsed {
  try {
    return { tree: mdxToMdast(body) as unknown as MdxNode };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(text);
    const bodyLine = Number(m?.[1] ?? 1);
    const column = Number(m?.[2] ?? 1);
    const sourceAt = (body.split('\n')[bodyLine - 1] ?? '').slice(column - 1);
    return { error: { line: bodyLine + firstLine - 1, message: reword(m?.[3] ?? text, sourceAt, firstLine - 1) } };
  }
}
