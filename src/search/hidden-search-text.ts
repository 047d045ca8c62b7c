/**
 * Where a page's hidden search text (search-text.ts, SearchExtras.astro) starts
 * and ends. Pagefind builds a result's excerpt from all the text it indexed, so
 * on a short page (a clinic, a hotline) the excerpt ran on into the hidden
 * keys: `…夜间请按门铃。岚溪区中医医院发热门诊发热门诊 070001232001`. The search
 * page takes out of each excerpt what lies between the marks. They are
 * punctuation, so Pagefind indexes no word for them.
 */
export const HIDDEN_TEXT_START = '⁂';
export const HIDDEN_TEXT_END = '⁑';

const HIDDEN_RUN = new RegExp(`${HIDDEN_TEXT_START}[^${HIDDEN_TEXT_END}]*(?:${HIDDEN_TEXT_END}|$)`, 'g');

/**
 * An excerpt (escaped text with <mark>s) with the hidden search text taken out,
 * including a run the excerpt starts inside (an end mark before any start
 * mark); empty if that was all it had.
 */
export function visibleExcerpt(excerpt: string): string {
  const end = excerpt.indexOf(HIDDEN_TEXT_END);
  const start = excerpt.indexOf(HIDDEN_TEXT_START);
  const rest = end >= 0 && (start < 0 || end < start) ? excerpt.slice(end + 1) : excerpt;
  return rest.replace(HIDDEN_RUN, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The page's opening words, for a result whose excerpt was all hidden text (a phone number typed as digits). */
export function openingText(content: string, length = 60): string {
  const chars = [...visibleExcerpt(content)];
  return chars.length > length ? `${chars.slice(0, length).join('').trimEnd()}…` : chars.join('');
}
