import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkTree } from '../../src/publishing/link-tree';

describe('linking a release into another', () => {
  it('hard-links every file the filter takes, folders and all, and nothing else', async () => {
    const root = mkdtempSync(join(tmpdir(), 'link-tree-'));
    const from = join(root, 'a');
    const files = ['index.html', 'notices/x/index.html', 'notices/x/poster/index.html', 'pagefind/fragment/f1.pf_fragment', ...Array.from({ length: 150 }, (_, i) => `notices/n${i}/index.html`)];
    for (const file of files) {
      mkdirSync(dirname(join(from, file)), { recursive: true });
      writeFileSync(join(from, file), file);
    }
    const to = join(root, 'b');
    const linked = await linkTree(from, to, (path) => !path.startsWith('pagefind/'));
    expect(linked).toBe(files.length - 1);
    for (const file of files.filter((path) => !path.startsWith('pagefind/'))) expect(statSync(join(to, file)).ino).toBe(statSync(join(from, file)).ino);
    expect(existsSync(join(to, 'pagefind'))).toBe(false);
  });
});
