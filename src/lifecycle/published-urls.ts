import { statSync } from 'node:fs';
import { join } from 'node:path';
import { urlOfFile } from '../site/urls';
/**
 * The list of URLs a site has published (`content/published-urls.txt`). A
 * published URL never disappears: a build that no longer produces one, and
 * has no redirect for it, fails.
 */

/**
 * Build assets whose names carry content hashes are not addresses people keep;
 * nor are the month pages of the archives, which are navigation and go away
 * with their last entry (a draft set back, a date corrected).
 */
const NOT_ADDRESSES = /^(_astro|pagefind)\/|^(notices|articles)\/archive\/\d{4}-\d{2}\/index\.html$/;

/** The public URL of each built file: `notices/x/index.html` → `/notices/x/`. */
export function urlsOfFiles(relativeFiles: readonly string[]): string[] {
  return relativeFiles
    .map((file) => file.split('\\').join('/'))
    .filter((file) => !NOT_ADDRESSES.test(file) && file !== '404.html')
    .map(urlOfFile)
    .sort();
}

/** The built file a URL is served from (urlOfFile's inverse): `/notices/x/` → `notices/x/index.html`. */
export function fileOfUrl(url: string): string {
  const path = url.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * Listed URLs the site built into `outDir` no longer produces, as `vanishedUrls` finds them among
 * every built file's URL — but each looked up by itself, without listing the whole site.
 */
export function vanishedFrom(outDir: string, listed: readonly string[]): string[] {
  return listed.filter((url) => {
    const file = fileOfUrl(url);
    // A built file's URL never climbs out of the site: such a listed URL was never one of its pages.
    if (file.split('/').includes('..')) return true;
    return urlsOfFiles([file])[0] !== url || !statSync(join(outDir, file), { throwIfNoEntry: false })?.isFile();
  });
}

/** URLs in the list file; blank lines and `#` comments are ignored. */
export function parseUrlList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** Listed URLs the build no longer produces. */
export function vanishedUrls(listed: readonly string[], built: readonly string[]): string[] {
  const present = new Set(built);
  return listed.filter((url) => !present.has(url));
}

/** The list file's new text: everything listed before plus everything built now. */
export function mergedUrlList(listed: readonly string[], built: readonly string[]): string {
  const all = [...new Set([...listed, ...built])].sort();
  return `# 本站已经发布过的网址（每行一个）。发布过的网址不能消失：删除或改名前，请在 src/site.config.ts 的 redirects 里设置跳转。\n# 由 npm run urls:update 更新。\n${all.join('\n')}\n`;
}
