import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { fragmentsNameEachPageOnce, nameMatchesPayload, namesIn, pagefindUrl, staleBundleFiles } from '../../src/search/search-bundle';

// The shape of a Pagefind 1.6 metadata file, decoded: version, pages [hash, words], word chunks [from, to, hash], filters [name, hash].
const meta = ['1.6.0', [['cmn_aaaaaaa', 120, ''], ['cmn_bbbbbbb', 80, '']], [['发', '门', 'cmn_1111111']], [['地区', 'cmn_f000000']], [], ['date']];
const entry = { languages: { cmn: { hash: 'cmn_0123456789a' } } };

describe('a kept search bundle', () => {
  it('finds every name its metadata mentions, however deep', () => {
    expect(namesIn(meta)).toEqual(new Set(['1.6.0', 'cmn_aaaaaaa', 'cmn_bbbbbbb', '', '发', '门', 'cmn_1111111', '地区', 'cmn_f000000', 'date']));
    expect(namesIn({ pages: [{ hash: 'x' }] })).toEqual(new Set(['x']));
  });

  it('drops the fragments, chunks, filters and metadata of earlier indexes, and keeps what the index uses', () => {
    const files = [
      'pagefind.js',
      'pagefind-entry.json',
      'wasm.unknown.pagefind',
      'pagefind.cmn_0123456789a.pf_meta',
      'pagefind.cmn_99999999999.pf_meta',
      'fragment/cmn_aaaaaaa.pf_fragment',
      'fragment/cmn_bbbbbbb.pf_fragment',
      'fragment/cmn_ccccccc.pf_fragment',
      'index/cmn_1111111.pf_index',
      'index/cmn_2222222.pf_index',
      'filter/cmn_f000000.pf_filter',
      'filter/cmn_f111111.pf_filter',
    ];
    expect(staleBundleFiles(files, entry, [meta])).toEqual([
      'pagefind.cmn_99999999999.pf_meta',
      'fragment/cmn_ccccccc.pf_fragment',
      'index/cmn_2222222.pf_index',
      'filter/cmn_f111111.pf_filter',
    ]);
  });

  it('keeps nothing in the subfolders of an index with no pages', () => {
    const empty = { languages: { unknown: { hash: 'unknown_5' } } };
    expect(staleBundleFiles(['pagefind.unknown_5.pf_meta', 'fragment/cmn_aaaaaaa.pf_fragment'], empty, [['1.6.0', [], [], [], []]])).toEqual(['fragment/cmn_aaaaaaa.pf_fragment']);
  });

  it('notices when two pages ended up sharing a fragment', () => {
    expect(fragmentsNameEachPageOnce(['/a/', '/b/'], 2)).toBe(true);
    expect(fragmentsNameEachPageOnce(['/a/', '/a/'], 2)).toBe(false);
    expect(fragmentsNameEachPageOnce(['/a/'], 2)).toBe(false);
  });

  it('tells a file that still holds what its name says from one edited or cut short', () => {
    const payload = '{"url":"/notices/a/","content":"发热 门诊"}';
    const digest = createHash('sha1').update(payload).digest();
    const name = `cmn_${Array.from(digest, (byte) => byte.toString(16)).join('').slice(0, 7)}.pf_fragment`;
    expect(nameMatchesPayload(name, digest)).toBe(true);
    expect(nameMatchesPayload(name, createHash('sha1').update(payload.slice(0, -5)).digest())).toBe(false);
    expect(nameMatchesPayload('cmn_.pf_fragment', digest)).toBe(false);
  });

  it('gives pages the URLs Pagefind gives them', () => {
    expect(pagefindUrl('notices/a/index.html')).toBe('/notices/a/');
    expect(pagefindUrl('notices\\a\\index.html')).toBe('/notices/a/');
    expect(pagefindUrl('index.html')).toBe('/');
  });
});
