/**
 * Chinese has no spaces between words, so a search index must cut the text
 * into words somewhere. We cut it once, before Pagefind sees it, with the
 * word breaker every browser and Node already have (ICU, through
 * Intl.Segmenter), and put a space at each cut. The search page's Pagefind
 * cuts a typed query with the same breaker, so the index and the query agree
 * on what a word is, and Pagefind's own (slower, much hungrier) dictionary
 * segmenter is not needed (docs/performance.md).
 *
 * The spaces exist only in the copies the indexer reads; results shown to
 * residents have them taken out again (`unspaceTitle`, `unspaceExcerpt`).
 */

/** A Chinese character, or CJK / full-width punctuation: the places a cut gets a space. */
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
const STARTS_CJK = new RegExp(`^${CJK}`, 'u');
const ENDS_CJK = new RegExp(`${CJK}$`, 'u');
const HAS_HAN = /\p{Script=Han}/u;

let segmenter: Intl.Segmenter | undefined;

/** Whether a cut between two pieces of text gets a space: neither side is a space, one side is Chinese. */
const needsSpace = (before: string, after: string) =>
  !/\s$/.test(before) && !/^\s/.test(after) && (ENDS_CJK.test(before) || STARTS_CJK.test(after));

/**
 * Short texts cut before: labels, names, status words and the footer come back on
 * every page (a fifth of the text at N = 5000), and cutting is the index step's
 * main cost. Long texts are not kept: they rarely repeat, and would fill memory.
 */
const cutBefore = new Map<string, string>();
const SHORT = 32;
const KEEP_AT_MOST = 50_000;

/** `发热门诊开放` → `发热 门诊 开放`; text without Chinese characters is left as it is. */
export function spaceWords(text: string): string {
  if (!HAS_HAN.test(text)) return text;
  if (text.length > SHORT) return cut(text);
  let spaced = cutBefore.get(text);
  if (spaced === undefined) {
    if (cutBefore.size >= KEEP_AT_MOST) cutBefore.clear();
    spaced = cut(text);
    // Copies: a piece of a page kept as it is would keep the whole page in memory (V8 slices strings).
    cutBefore.set(copyOf(text), copyOf(spaced));
  }
  return spaced;
}

const copyOf = (text: string) => [...text].join('');

function cut(text: string): string {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  let spaced = '';
  let previous = '';
  for (const { segment } of segmenter.segment(text)) {
    spaced += previous && needsSpace(previous, segment) ? ` ${segment}` : segment;
    previous = segment;
  }
  return spaced;
}

/** A whole script/style element (left alone), or the text before the next tag. */
const RAW_OR_TEXT = /(<(script|style)\b[\s\S]*?<\/\2\s*>)|>([^<]+)(?=<)/gi;

/**
 * A built page with the words of its searchable part spaced: text from the
 * `data-pagefind-body` element on, never attributes (filters and meta are
 * written as `key:value` attributes, so they stay exact), scripts or styles.
 * The indexer joins the text of neighbouring inline elements
 * (`<dt>发布机关</dt><dd>岚溪区</dd>`), so a text node that meets Chinese at its
 * start gets a space there too, or `机关岚` would be one word.
 */
export function spaceWordsInHtml(html: string): string {
  const from = html.indexOf('data-pagefind-body');
  if (from < 0) return html;
  let before = ' ';
  const rest = html.slice(from).replace(RAW_OR_TEXT, (_whole, raw: string | undefined, _tag, text: string) => {
    if (raw) return raw;
    const spaced = spaceWords(text);
    const joined = needsSpace(before, spaced) ? ` ${spaced}` : spaced;
    before = spaced;
    return `>${joined}`;
  });
  return html.slice(0, from) + rest;
}

const MARK = '(</?mark>)?';
/** Full-width punctuation (and forms), which carries its own spacing. */
const WIDE = '[\\u3000-\\u303f\\uff00-\\uffef]';
/** A space (maybe with <mark> tags around it) between two Chinese characters, or next to wide punctuation. */
const BETWEEN_CJK = new RegExp(`(${CJK})${MARK} ${MARK}(?=${CJK})`, 'gu');
const AFTER_WIDE = new RegExp(`(${WIDE})${MARK} ${MARK}(?=\\S)`, 'gu');
const BEFORE_WIDE = new RegExp(`(\\S)${MARK} ${MARK}(?=${WIDE})`, 'gu');
const AFTER_CJK = new RegExp(`(${CJK})${MARK} ${MARK}(?=\\S)`, 'gu');
const BEFORE_CJK = new RegExp(`(\\S)${MARK} ${MARK}(?=${CJK})`, 'gu');

/**
 * An excerpt (HTML with `<mark>` around the matches) as written: spaces
 * between Chinese characters and next to full-width punctuation go; a space
 * between a Chinese character and digits or Latin letters stays, since the
 * page may have one there (`每天 08:00`, `热线 0700-…`) — at worst a cut shows
 * as `2026 年`. No lookbehind, for older phones' browsers.
 */
export function unspaceExcerpt(text: string): string {
  return text.replace(BETWEEN_CJK, '$1$2$3').replace(AFTER_WIDE, '$1$2$3').replace(BEFORE_WIDE, '$1$2$3');
}

/** A title as written: every space next to a Chinese character goes (`第 3 号 通告` → `第3号通告`). */
export function unspaceTitle(text: string): string {
  return text.replace(AFTER_CJK, '$1$2$3').replace(BEFORE_CJK, '$1$2$3');
}

/**
 * A typed query cut into words as Pagefind cuts one on a `zh-CN` page (every
 * word the breaker finds, space-separated: `发热门诊` → `发热 门诊`). The
 * search runs in a worker, where Pagefind cannot see the page's language and
 * would take the query as one word; cut here, the query meets the index's
 * words either way.
 */
export function cutQuery(query: string): string {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return Array.from(segmenter.segment(query), ({ segment }) => segment.trim())
    .filter(Boolean)
    .join(' ');
}
