/**
 * The query side of search synonyms (src/search/synonyms.ts). A page
 * that uses any word of a group is indexed with the group's first word as well
 * (search-text.ts), and a query has each word of a group put as that first
 * word here, so `发烧`, `高烧` and `发热` all search for `发热`. Only whole words
 * the query was cut into are replaced (`老人院` is `老人` + `院`, and
 * becomes `老年人 院`), never a piece of one.
 */
import { SEARCH_SYNONYMS } from './synonyms';
import { cutQuery } from './word-spacing';

/**
 * `cut` is a query as cutQuery leaves it (`发烧 门诊`); each run of its words
 * that spells a synonym, longest first, becomes its group's first word, cut
 * the same way (`发热 门诊`).
 */
export function withSynonymsAsOne(cut: string, groups: readonly (readonly string[])[] = SEARCH_SYNONYMS): string {
  const words = cut.split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let best: { length: number; words: number; first: string } | undefined;
    for (const group of groups) {
      for (const word of group) {
        let spelled = '';
        for (let j = i; j < words.length && spelled.length < word.length; j++) {
          spelled += words[j];
          if (spelled === word && (!best || word.length > best.length)) best = { length: word.length, words: j - i + 1, first: group[0]! };
        }
      }
    }
    if (best) {
      out.push(cutQuery(best.first));
      i += best.words;
    } else {
      out.push(words[i]!);
      i += 1;
    }
  }
  return out.join(' ');
}
