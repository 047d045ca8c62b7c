/**
 * The markers an .mdx body's components become in its Markdown
 * (mdx-as-markdown.ts) and are found by in its HTML (body-parts.ts). Private-use
 * characters: no author types them, Markdown leaves them as text, and the
 * content check's text rules never see them.
 */
const WHOLE = '\uE000';
const OPEN = '\uE002';
const CLOSE = '\uE003';
const END = '\uE001';

export const wholeMarker = (index: number) => `${WHOLE}${index}${END}`;
export const openMarker = (index: number) => `${OPEN}${index}${END}`;
export const closeMarker = (index: number) => `${CLOSE}${index}${END}`;

export type MarkerKind = 'whole' | 'open' | 'close';

/**
 * A marker in the HTML, with the paragraph Markdown wrapped it in when it
 * stood alone (a block component): `<p>◆3◇</p>` is the component itself.
 */
export const MARKER_IN_HTML = new RegExp(`(<p>)?([${WHOLE}${OPEN}${CLOSE}])(\\d+)${END}(</p>)?`, 'g');

export function markerKind(character: string): MarkerKind {
  return character === WHOLE ? 'whole' : character === OPEN ? 'open' : 'close';
}
