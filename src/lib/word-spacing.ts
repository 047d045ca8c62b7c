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
 * residents have them taken out again (`unspaceWords`).
 */

/** A Chinese character, or CJK / full-width punctuation: the places a cut gets a space. */
const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
const CJK_CHAR = new RegExp(CJK, 'u');
const HAS_HAN = /\p{Script=Han}/u;

let segmenter: Intl.Segmenter | undefined;

/** `发热门诊开放` → `发热 门诊 开放`; text without Chinese characters is left as it is. */
export function spaceWords(text: string): string {
  if (!HAS_HAN.test(text)) return text;
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  let spaced = '';
  let previous = '';
  for (const { segment } of segmenter.segment(text)) {
    const cut = previous && !/\s$/.test(previous) && !/^\s/.test(segment) && (CJK_CHAR.test(previous.at(-1)!) || CJK_CHAR.test(segment[0]!));
    spaced += cut ? ` ${segment}` : segment;
    previous = segment;
  }
  return spaced;
}

/** Text between tags, or a whole script/style element (left alone). */
const TEXT_OR_RAW = /(<(script|style)\b[\s\S]*?<\/\2\s*>)|>([^<]+)</gi;

/**
 * A built page with the words of its searchable part spaced: text from the
 * `data-pagefind-body` element on, never attributes (filters and meta are
 * written as `key:value` attributes, so they stay exact), scripts or styles.
 * The indexer joins the text of neighbouring elements
 * (`<dt>发布机关</dt><dd>岚溪区</dd>`), so a text node that meets Chinese at its
 * start gets a space there too, or `机关岚` would be one word.
 */
export function spaceWordsInHtml(html: string): string {
  const from = html.indexOf('data-pagefind-body');
  if (from < 0) return html;
  let lastChar = ' ';
  const rest = html.slice(from).replace(TEXT_OR_RAW, (whole, raw: string | undefined, _tag, text: string) => {
    if (raw) return raw;
    const spaced = spaceWords(text);
    const first = spaced[0]!;
    const joins = !/\s/.test(first) && !/\s/.test(lastChar) && (CJK_CHAR.test(first) || CJK_CHAR.test(lastChar));
    lastChar = spaced.at(-1)!;
    return `>${joins ? ' ' : ''}${spaced}<`;
  });
  return html.slice(0, from) + rest;
}

const MARK = '(</?mark>)?';
const AFTER_CJK = new RegExp(`(${CJK})${MARK} ${MARK}(?=\\S)`, 'gu');
const BEFORE_CJK = new RegExp(`(\\S)${MARK} ${MARK}(?=${CJK})`, 'gu');

/**
 * Takes the index's spaces out of a result title or excerpt (HTML with
 * `<mark>` around the matches): a space next to a Chinese character goes.
 * No lookbehind, so older phones' browsers can parse it.
 */
export function unspaceWords(text: string): string {
  return text.replace(AFTER_CJK, '$1$2$3').replace(BEFORE_CJK, '$1$2$3');
}
