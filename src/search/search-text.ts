/**
 * Extra text indexed with each page so residents find it however they type:
 * a Traditional page also in Simplified (OpenCC at build time), the synonyms
 * of words it uses, notice numbers in the forms people say them, and phone
 * numbers as bare digits. Simplified pages are indexed once: the search page
 * reads a Traditional query as Simplified instead (query-fold.ts), which keeps
 * the index half the size.
 */
import * as OpenCC from 'opencc-js';
import { SEARCH_SYNONYMS } from './synonyms';
import { phoneDigits } from '../services/phone';

let toSimplified: ((text: string) => string) | undefined;

/** Traditional text in Simplified (phrase-aware, OpenCC's Taiwan → mainland). */
export function simplifiedText(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return toSimplified(text);
}

/**
 * The first word of each synonym group the text uses another word of and not
 * that one: the search page reads every word of a group as its first
 * (synonym-query.ts), so one hidden word per group finds the page.
 */
export function synonymsFor(text: string, groups: readonly (readonly string[])[] = SEARCH_SYNONYMS): string[] {
  const found: string[] = [];
  for (const [first, ...others] of groups) {
    if (first && !text.includes(first) && others.some((word) => text.includes(word))) found.push(first);
  }
  return found;
}

/** 第3号 → `第3号 3号 3号通告 第三号`; 文号 also without its brackets. */
export function noticeNumberForms(notice: { seriesNo?: number; docType: string; docNumber?: string }): string[] {
  const forms: string[] = [];
  if (notice.seriesNo) {
    const n = notice.seriesNo;
    forms.push(`第${n}号`, `${n}号`, `${n}号${notice.docType}`, `第${n}号${notice.docType}`, `${notice.docType}第${n}号`);
  }
  if (notice.docNumber) forms.push(notice.docNumber, notice.docNumber.replace(/[〔〕［］\[\]()（）]/g, ' '));
  return forms;
}

export interface SearchExtrasInput {
  text: string;
  lang?: 'zh-Hans' | 'zh-Hant';
  notice?: { seriesNo?: number; docType: string; docNumber?: string };
  phones?: readonly string[];
  /** What a directory entry is (name, category): matched strongly, like numbers. */
  keywords?: readonly string[];
}

/**
 * Extra text for the index: `simplified` (a Traditional page in Simplified, as
 * strong as the page itself), `words` (synonyms) and `keys` (numbers people type exactly).
 */
export function searchExtras({ text, lang = 'zh-Hans', notice, phones = [], keywords = [] }: SearchExtrasInput): { simplified: string; words: string; keys: string } {
  const simplified = lang === 'zh-Hant' ? simplifiedText(text) : text;
  return {
    simplified: simplified === text ? '' : simplified,
    words: synonymsFor(simplified).join(' '),
    keys: [...keywords, ...(notice ? noticeNumberForms(notice) : []), ...phones.map(phoneDigits)].join(' '),
  };
}
