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

/**
 * What continues a block on the element's line: blockquote `>` kept, list
 * markers and indentation as spaces, so a blank line added inside a quote or
 * list item stays inside it.
 */
function continuation(source: string, from: number): string {
  const lineStart = source.lastIndexOf('\n', from - 1) + 1;
  return source.slice(lineStart, from).replace(/[^>\s]/g, ' ');
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

/** The edits for one component: the whole element, or its two tags around children kept as written. */
function componentEdits(source: string, node: Positioned, index: number, flow: boolean): Edit[] {
  const { from, to } = offsets(node);
  if (!node.children?.length) return [{ from, to, text: wholeMarker(index) }];
  const openEnd = openingTagEnd(source, from);
  const closeStart = source.lastIndexOf('</', to - 1);
  if (!flow) return [{ from, to: openEnd, text: openMarker(index) }, { from: closeStart, to, text: closeMarker(index) }];
  // A block component's markers stand as paragraphs of their own, apart from its children.
  const blank = `\n${continuation(source, from).trimEnd()}\n${continuation(source, from)}`;
  return [
    { from, to: openEnd, text: `${openMarker(index)}${blank}` },
    { from: closeStart, to, text: `${blank}${closeMarker(index)}` },
  ];
}

/** The body as Markdown with a marker for each component, and the components in marker order. */
export function mdxAsMarkdown(body: string): MdxAsMarkdown {
  const components: ComponentCall[] = [];
  const edits: Edit[] = [];
  const visit = (node: Positioned) => {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // Only `{/* … */}` notes pass the check: they show nothing.
      const { from, to } = offsets(node);
      edits.push({ from, to, text: '' });
      return;
    }
    if (node.type === 'mdxjsEsm') throw new Error('.mdx 正文里有 import/export：请先运行 npm run check');
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const index = components.push(componentCall(node)) - 1;
      edits.push(...componentEdits(body, node, index, node.type === 'mdxJsxFlowElement'));
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(mdxToMdast(body) as Positioned);
  edits.sort((a, b) => a.from - b.from);
  let markdown = '';
  let at = 0;
  for (const edit of edits) {
    markdown += body.slice(at, edit.from) + edit.text;
    at = edit.to;
  }
  return { markdown: markdown + body.slice(at), components };
}
