/**
 * File names (entry ids) for new entries: ASCII kebab-case pinyin of the
 * title, so URLs stay readable and safe to type, e.g.
 * 「关于暂停松林集市的通知」→ `2026-11-25-zan-ting-song-lin-ji-shi`.
 */
import { pinyin } from 'pinyin-pro';

/** Syllables kept from a title: enough to recognise it, short enough to read. */
export const MAX_SLUG_SYLLABLES = 6;

const HAN = /\p{Script=Han}/u;
const ASCII_WORD = /[A-Za-z0-9]/;

/** Pinyin (no tones, ü as v) and ASCII words of `text`, in order; everything else is a break. */
function slugWords(text: string): string[] {
  const words: string[] = [];
  let ascii = '';
  const flush = () => {
    if (ascii) words.push(ascii.toLowerCase());
    ascii = '';
  };
  const chars = [...text.normalize('NFKC')];
  // Whole runs of Chinese go to pinyin-pro together, so it can pick the reading from context (长沙 chang, 行长 zhang).
  for (let i = 0; i < chars.length; ) {
    const char = chars[i]!;
    if (HAN.test(char)) {
      flush();
      let end = i;
      while (end < chars.length && HAN.test(chars[end]!)) end++;
      const syllables = pinyin(chars.slice(i, end).join(''), { toneType: 'none', type: 'array', v: true });
      words.push(...syllables.map((s) => s.toLowerCase()).filter((s) => /^[a-z]+$/.test(s)));
      i = end;
    } else {
      if (ASCII_WORD.test(char)) ascii += char;
      else flush();
      i++;
    }
  }
  flush();
  return words;
}

/** `防疫三字经（长沙话版）` → `fang-yi-san-zi-jing-chang`: at most `max` syllables, punctuation dropped. */
export function pinyinSlug(text: string, max = MAX_SLUG_SYLLABLES): string {
  return slugWords(text).slice(0, max).join('-');
}

const NOTICE_ENDING = /(的)?(紧急)?(通告|公告|通知|调度令)$/;
const SERIES_NUMBER = /[（(〔［[]?\s*第\s*[0-9０-９一二三四五六七八九十百]+\s*号\s*[）)〕］\]]?/g;

/**
 * The part of a notice title that tells it apart. Titles open with the issuing
 * body and 关于 and end with the 文种 and 第N号, which every notice of the series
 * shares: `岚溪区疫情防控指挥部关于加强防控的通告（第3号）` → `加强防控`.
 * When nothing is left (`…调度令（第2号）`), the 文种 is kept: `调度令`.
 */
export function noticeSlugText(title: string, authority: readonly string[]): string {
  let withoutIssuer = title.replace(SERIES_NUMBER, '').trim();
  for (const body of [...authority].sort((a, b) => b.length - a.length)) {
    if (withoutIssuer.startsWith(body)) withoutIssuer = withoutIssuer.slice(body.length);
  }
  const topic = withoutIssuer.replace(/^(关于|关於)/, '').replace(NOTICE_ENDING, '').trim();
  return [topic, withoutIssuer, title].find((text) => pinyinSlug(text)) ?? title;
}

/** `base`, or `base-2`, `base-3` … — the first that is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** `2026-11-25` + `zan-ting-ji-shi` → `2026-11-25-zan-ting-ji-shi` (notices, articles and rhymes are named by date). */
export function datedId(day: string, slug: string): string {
  return slug ? `${day}-${slug}` : day;
}

/** True for an id an author may choose: lowercase ASCII letters, digits and single hyphens. */
export function isKebabId(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}
