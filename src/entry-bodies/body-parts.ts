/**
 * An .mdx body's rendered HTML cut at its component markers into what the page
 * renders: HTML as written, and the components (with what they wrap) in
 * between. Runs while a page renders, on HTML the site's Markdown pipeline made.
 */
import { MARKER_IN_HTML, markerKind } from './body-markers';
import type { ComponentCall } from './mdx-as-markdown';

export interface ComponentPart extends ComponentCall {
  children: BodyPart[];
}

export type BodyPart = string | ComponentPart;

export function bodyParts(html: string, components: readonly ComponentCall[]): BodyPart[] {
  const root: BodyPart[] = [];
  const open: Array<{ index: number; part: ComponentPart }> = [];
  const current = () => open.at(-1)?.part.children ?? root;
  const component = (index: number): ComponentPart => {
    const call = components[index];
    if (!call) throw new Error(`.mdx 正文的第 ${index + 1} 个组件找不到：网站生成出错，请报告给维护网站的同事`);
    return { ...call, children: [] };
  };
  let at = 0;
  for (const match of html.matchAll(MARKER_IN_HTML)) {
    const [whole, before, character, number, after] = match;
    const index = Number(number);
    // A paragraph around the marker alone belongs to the marker; around more, it stays.
    const alone = before !== undefined && after !== undefined;
    const text = html.slice(at, match.index) + (alone ? '' : (before ?? ''));
    if (text) current().push(text);
    at = match.index + whole.length - (alone ? 0 : (after ?? '').length);
    const kind = markerKind(character!);
    if (kind === 'whole') current().push(component(index));
    else if (kind === 'open') {
      const part = component(index);
      current().push(part);
      open.push({ index, part });
    } else if (open.pop()?.index !== index) throw new Error('.mdx 正文的组件没有成对结束：网站生成出错，请报告给维护网站的同事');
  }
  const rest = html.slice(at);
  if (rest) current().push(rest);
  if (open.length) throw new Error('.mdx 正文的组件没有结尾：网站生成出错，请报告给维护网站的同事');
  return root;
}
