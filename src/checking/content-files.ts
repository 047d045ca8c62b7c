/**
 * Which files of a kind's folder are content, and their text — so that the check
 * reads exactly what Astro's glob loads (src/content-model/kinds.ts, contentPattern),
 * and a file Astro would load differently, or silently skip, is refused by name:
 * - a link (symlink) to a file or folder outside the content folder: its text would be
 *   published without being checked, or not be the author's at all;
 * - a link to a folder: the glob follows it and would load files the check never saw;
 * - an upper-case extension (`.MD`): the glob's extensions are lower case, so the entry
 *   would be dropped with no word;
 * - text that is not UTF-8 (a GBK file from an old editor): it would publish as mojibake.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { ContentProblem } from './content-problems';

export interface ContentFiles {
  /** Paths relative to the kind's folder, sorted. */
  files: string[];
  problems: ContentProblem[];
}

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The content files under `dir` with one of `extensions` (lower case), and a problem for each
 * file or link that cannot be read as one. `display` turns an absolute path into what authors see.
 */
export function listContentFiles(dir: string, extensions: readonly string[], contentDir: string, display: (absPath: string) => string): ContentFiles {
  const result: ContentFiles = { files: [], problems: [] };
  if (!existsSync(dir)) return result;
  const root = realOrUndefined(contentDir) ?? resolve(contentDir);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.name.startsWith('_') || !(entry.isFile() || entry.isSymbolicLink())) continue;
    const absPath = join(entry.parentPath, entry.name);
    const file = display(absPath);
    if (entry.isSymbolicLink()) {
      const real = realOrUndefined(absPath);
      if (!real) {
        result.problems.push({ file, message: '这是一个链接（symlink），指向的文件不存在；请删除它，或换成文件本身' });
        continue;
      }
      if (real !== root && !real.startsWith(root + sep)) {
        result.problems.push({ file, message: '这是一个链接（symlink），指向内容文件夹以外的文件；网站不发布 content 文件夹以外的东西，请把文件本身复制进来' });
        continue;
      }
      if (statSync(real).isDirectory()) {
        result.problems.push({ file, message: '这是指向文件夹的链接（symlink）；请把文件本身放进 content 文件夹，不要用链接' });
        continue;
      }
    }
    const extension = entry.name.includes('.') ? (entry.name.split('.').pop() ?? '') : '';
    if (!extensions.includes(extension.toLowerCase())) continue;
    if (extension !== extension.toLowerCase()) {
      result.problems.push({ file, message: `扩展名 .${extension} 要写成小写 .${extension.toLowerCase()}，否则网站不会读这个文件；请改名` });
      continue;
    }
    result.files.push(relative(dir, absPath));
  }
  result.files.sort();
  return result;
}

// ignoreBOM keeps a leading BOM in the text, as readFileSync(…, 'utf8') does in the loaders: both must see the same text.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A content file's text, or a problem naming it when it is not UTF-8. */
export function readContentText(absPath: string, file: string): { text: string } | { problem: ContentProblem } {
  try {
    return { text: utf8.decode(readFileSync(absPath)) };
  } catch {
    return { problem: { file, message: '文件不是 UTF-8 编码（可能是 GBK），网站会显示成乱码；请在编辑器里用“UTF-8”编码另存一次' } };
  }
}
