/**
 * Build side of 简繁 search: the table the search page uses to read a
 * Traditional query as Simplified. Only characters whose Simplified form the
 * site actually uses are kept, so the table stays a few KB however large
 * OpenCC's dictionary is. The client half is `query-fold.ts`.
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import * as OpenCC from 'opencc-js';

/** The first character of each `from to|from to|…` entry of an OpenCC dictionary. */
function dictionaryKeys(dictionary: string): string[] {
  return dictionary.split('|').map((entry) => entry.split(' ')[0]!).filter((key) => [...key].length === 1);
}

/**
 * `繁简繁简…`: each Traditional (or Taiwan/Hong Kong variant) character
 * followed by the Simplified one, for every Simplified character the index
 * holds. `simplifiedText` is what the index holds in Simplified: zh-Hans
 * pages and the Simplified copies of zh-Hant pages. A character that is also
 * ordinary Simplified on the site (著 in 显著, 乾 in 乾隆) is left as typed.
 * Sorted, so the same content always gives the same file.
 */
export function traditionalFoldTable(simplifiedText: Iterable<string>): string {
  const used = charactersUsed(simplifiedText);
  const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const pairs = new Map<string, string>();
  const candidates = new Set([...dictionaryKeys(TSCharacters), ...dictionaryKeys(TWVariantsRev), ...dictionaryKeys(HKVariantsRev)]);
  for (const traditional of candidates) {
    const simplified = [fromTaiwan(traditional), fromHongKong(traditional)].find((s) => s !== traditional && used.has(s));
    if (simplified && !used.has(traditional)) pairs.set(traditional, simplified);
  }
  return [...pairs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, s]) => t + s).join('');
}

/**
 * Which characters the texts use: a flag per Unicode code point. A site of
 * 5000 entries is millions of characters; a `Set` of one-character strings
 * took 0.3 s of the build.
 */
function charactersUsed(texts: Iterable<string>): { has(char: string): boolean } {
  const seen = new Uint8Array(0x110000);
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      seen[code] = 1;
      if (code > 0xffff) i++;
    }
  }
  return { has: (char) => char.length > 0 && String.fromCodePoint(char.codePointAt(0)!) === char && seen[char.codePointAt(0)!] === 1 };
}
