import { describe, expect, it } from 'vitest';
import { INDEX_CHUNK_ENTRIES, INDEX_CHUNK_SETTING, withIndexChunkSize } from '../../src/search/search-chunks';

describe('the environment Pagefind runs in', () => {
  it('asks for our chunk size and keeps everything else', () => {
    const env = withIndexChunkSize({ PATH: '/usr/bin', LANG: 'C' });
    expect(env).toEqual({ PATH: '/usr/bin', LANG: 'C', [INDEX_CHUNK_SETTING]: String(INDEX_CHUNK_ENTRIES) });
  });

  it('treats a blank setting as not set', () => {
    expect(withIndexChunkSize({ [INDEX_CHUNK_SETTING]: ' ' })[INDEX_CHUNK_SETTING]).toBe(String(INDEX_CHUNK_ENTRIES));
  });

  it('leaves a size the caller chose (an experiment, a smaller machine) as it is', () => {
    expect(withIndexChunkSize({ [INDEX_CHUNK_SETTING]: '20000' })[INDEX_CHUNK_SETTING]).toBe('20000');
  });
});
