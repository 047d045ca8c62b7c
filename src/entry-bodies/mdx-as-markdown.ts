/**
 * An .mdx body read as data, never compiled into code: the documented
 * components become numbered markers in plain Markdown, which the site's
 * Markdown pipeline renders like any .md body (phone links, heading ids,
 * images), and the page puts the real components where the markers are
 * (body-parts.ts, components/EntryBody.astro). A .mdx notice then costs the
 * build what a .md one does: no module per file to bundle (docs/performance.md).
 *
 * The body has passed the content check (src/checking/mdx-body-rules.ts): no
 * import/export, no {…} but comments, no HTML tags, only the documented
 * components with text attributes. Anything else found here stops the build.
 */
import { mdxToMdast } from 'satteri';
import { MDX_COMPONENTS } from '../checking/mdx-components';
import type { MdxNode } from '../checking/mdx-syntax';
import { closeMarker, openMarker, wholeMarker } from './body-markers';

/** One component as the author wrote it: its name and its text attributes. */
export interface ComponentCall {
  name: string;
  props: Record<string, string>;
}

export interface MdxAsMarkdown {
  markdown: string;
  /** Marker k stands for components[k]. */
  components: ComponentCall[];
}

interface Positioned extends MdxNode {
  position?: { start: { line: number; offset?: number; column?: number }; end?: { offset?: number } };
  children?: Positioned[];
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

function offsets(node: Positioned): { from: number; to: number } {
  const from = node.position?.start.offset;
  const to = node.position?.end?.offset;
  if (from === undefined || to === undefined) throw new Error('satteri gave no offsets for an .mdx node');
  return { from, to };
}

/** Where the opening tag ends: the first `>` outside an attribute's quotes. */
function openingTagEnd(source: string, from: number): number {
  let quote = '';
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  throw new Error('an .mdx component tag has no end');
}

const lineStartOf = (source: string, at: number) => source.lastIndexOf('\n', at - 1) + 1;

/**
 * What continues a block on the element's line: blockquote `>` kept, list
 * markers and indentation as spaces, so a blank line added inside a quote or
 * list item stays inside it.
 */
function continuation(source: string, from: number): string {
  return source.slice(lineStartOf(source, from), from).replace(/[^>\s]/g, ' ');
}

/** The spaces before `at` on its line, when nothing else is there. */
function indentBefore(source: string, at: number): string | undefined {
  const indent = source.slice(lineStartOf(source, at), at);
  return /^[ \t]*$/.test(indent) ? indent : undefined;
}

/**
 * MDX has no indented code: a paragraph an author indents by four spaces
 * inside a <Callout> is text. Markdown would make it code, so such a block
 * (outside lists and quotes, where indentation means something) loses that
 * indentation on each of its lines.
 */
const CODE_INDENT = 4;

function dedentEdits(source: string, from: number, to: number): Edit[] {
  const indent = indentBefore(source, from);
  if (indent === undefined || indent.replace(/\t/g, '    ').length < CODE_INDENT) return [];
  const edits: Edit[] = [];
  for (let line = lineStartOf(source, from); line < to; line = source.indexOf('\n', line) + 1 || to) {
    const spaces = /^[ \t]*/.exec(source.slice(line, line + indent.length))![0].length;
    if (spaces) edits.push({ from: line, to: line + spaces, text: '' });
  }
  return edits;
}

function componentCall(node: Positioned): ComponentCall {
  const name = node.name ?? '';
  if (!(name in MDX_COMPONENTS)) throw new Error(`.mdx 正文里有未经检查的标签 <${name}>：请先运行 npm run check`);
  const props: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !attribute.name) {
      throw new Error(`.mdx 正文里 <${name}> 的属性不是文字：请先运行 npm run check`);
    }
    props[attribute.name] = attribute.value;
  }
  return { name, props };
}

/**
 * The edits for one component: the whole element, or its two tags around
 * children kept as written. A block component outside lists and quotes
 * (`topLevel`) starts its line, whatever its indentation.
 */
function componentEdits(source: string, node: Positioned, index: number, flow: boolean, topLevel: boolean): Edit[] {
  const { from, to } = offsets(node);
  const lineStart = (at: number) => (topLevel && indentBefore(source, at) !== undefined ? lineStartOf(source, at) : at);
  if (!node.children?.length) return [{ from: flow ? lineStart(from) : from, to, text: wholeMarker(index) }];
  const openEnd = openingTagEnd(source, from);
  const closeStart = source.lastIndexOf('</', to - 1);
  if (!flow) return [{ from, to: openEnd, text: openMarker(index) }, { from: closeStart, to, text: closeMarker(index) }];
  // A block component's markers stand as paragraphs of their own, apart from its children.
  const prefix = topLevel ? '' : continuation(source, from);
  const blank = `\n${prefix.trimEnd()}\n${prefix}`;
  return [
    { from: lineStart(from), to: openEnd, text: `${openMarker(index)}${blank}` },
    { from: lineStart(closeStart), to, text: `${blank}${closeMarker(index)}` },
  ];
}

/** The body as Markdown with a marker for each component, and the components in marker order. */
export function mdxAsMarkdown(body: string): MdxAsMarkdown {
  const components: ComponentCall[] = [];
  const edits: Edit[] = [];
  // `topLevel`: every container above is the body or a block component (no list, no quote).
  const visit = (node: Positioned, topLevel: boolean) => {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // Only `{/* … */}` notes pass the check: they show nothing.
      const { from, to } = offsets(node);
      edits.push({ from, to, text: '' });
      return;
    }
    if (node.type === 'mdxjsEsm') throw new Error('.mdx 正文里有 import/export：请先运行 npm run check');
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const index = components.push(componentCall(node)) - 1;
      edits.push(...componentEdits(body, node, index, node.type === 'mdxJsxFlowElement', topLevel));
    } else if (topLevel && node.type !== 'root') {
      const { from, to } = offsets(node);
      edits.push(...dedentEdits(body, from, to));
    }
    const childrenTopLevel = topLevel && (node.type === 'root' || node.type === 'mdxJsxFlowElement');
    for (const child of node.children ?? []) visit(child, childrenTopLevel);
  };
  visit(mdxToMdast(body) as Positioned, true);
  edits.sort((a, b) => a.from - b.from);
  let markdown = '';
  let at = 0;
  for (const edit of edits) {
    markdown += body.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return { markdown: markdown + body.slice(at), components };
}
