import { describe, expect, it } from 'vitest';
import { builtPageFile } from '../../src/integrations/search-prestage';

describe('the build cutting pages for the search index as it renders them', () => {
  it('finds the file a rendered page is written to, so the index step recognises its copy', () => {
    expect(builtPageFile('/')).toBe('index.html');
    expect(builtPageFile('/notices/2026-11-12-fangkong-tonggao-3/')).toBe('notices/2026-11-12-fangkong-tonggao-3/index.html');
    expect(builtPageFile('/404')).toBe('404.html');
    expect(builtPageFile('/regions/%E5%B2%9A%E6%BA%AA/')).toBe('regions/岚溪/index.html');
  });
});
