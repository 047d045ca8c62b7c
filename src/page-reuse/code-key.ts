/**
 * What every page depends on besides the content: the project's code, its
 * packages and the settings. Pages are reused only between builds with the
 * same key, so an edit to a component or a new SITE_NAME renders every page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Project files and folders whose every byte goes into the key. */
const CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
/**
 * Settings that do not change what a page says: the instant (a read of its own, `now`), where pages
 * are reused from, the check handed over (the same content checked), the cache's folder, the port the
 * publisher serves on.
 */
const NOT_PAGE_INPUTS = new Set(['SITE_NOW', 'REUSE_PAGES_FROM', 'CHECKED_CONTENT', 'ASTRO_CACHE_DIR', 'PORT']);

export function codeKey(root: string, settings: Record<string, unknown>): string {
  const hash = createHash('sha256');
  for (const top of CODE) {
    const path = join(root, top);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name))
      : [path];
    for (const file of files.sort()) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  }
  const pageSettings = Object.entries(settings).filter(([name]) => !NOT_PAGE_INPUTS.has(name)).sort(([a], [b]) => (a < b ? -1 : 1));
  hash.update(JSON.stringify(pageSettings));
  return hash.digest('base64url').slice(0, 22);
}
