import { describe, expect, it } from 'vitest';
import { SEARCH_SYNONYMS } from '../../src/search/synonyms';
import { synonymsFor } from '../../src/search/search-text';
import { withSynonymsAsOne } from '../../src/search/synonym-query';
import { cutQuery, spaceWords } from '../../src/search/word-spacing';

/** The words Pagefind indexes for a page: its text and its hidden synonyms, cut as the index step cuts them. */
const indexedWords = (text: string) => new Set(spaceWords([text, ...synonymsFor(text)].join(' ')).split(/\s+/));
/** The words the search page asks Pagefind for (it finds pages holding all of them). */
const queryWords = (query: string) => withSynonymsAsOne(cutQuery(query)).split(' ');

describe('synonyms residents use', () => {
  it.each(SEARCH_SYNONYMS.map((group) => [group.join(' / '), group] as const))('%s: a page using any word is found by every word', (_, group) => {
    for (const used of group) {
      const page = indexedWords(`本页写的是${used}。`);
      for (const typed of group) expect(queryWords(typed).filter((word) => !page.has(word)), `page says ${used}, resident types ${typed}`).toEqual([]);
    }
  });

  it('adds one word per group to a page, and nothing to a page that uses the group’s first word or none of it', () => {
    expect(synonymsFor('请到发烧门诊就诊，高烧不退要打120。')).toEqual(['发热', '急救', '发热门诊']);
    expect(synonymsFor('发热门诊今天开放。')).toEqual([]);
    expect(synonymsFor('今天天气晴。')).toEqual([]);
  });

  it('replaces whole words of the query only, the longest synonym first', () => {
    expect(withSynonymsAsOne(cutQuery('发烧门诊'))).toBe(cutQuery('发热门诊'));
    expect(withSynonymsAsOne(cutQuery('高烧'))).toBe('发热');
    expect(withSynonymsAsOne(cutQuery('老人院'))).toBe(`${cutQuery('老年人')} 院`);
    expect(withSynonymsAsOne(cutQuery('松林集市'))).toBe(cutQuery('松林集市'));
  });
});
