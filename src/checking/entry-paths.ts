/**
 * Paths authors write (attachments, recordings, covers, images in the body) are
 * published next to the entry's page. Each must name a file inside the content
 * folder — after following symlinks — that is not itself a content file and not
 * a kind of file a browser would run as a document on the site's own origin.
 * Anything else is refused here, by name, before the build copies it.
 */
import { realpathSync, statSync } from 'node:fs';
import { dirname, extname, resolve, sep } from 'node:path';
import { CONTENT_EXTENSIONS } from '../content-model/kinds';

/**
 * Files a browser opens as a document or runs as a script: served from this site they
 * would run script on its origin, whatever the pages' own policy says.
 */
export const ACTIVE_EXTENSIONS = ['html', 'htm', 'shtml', 'xhtml', 'xht', 'svg', 'svgz', 'xml', 'xsl', 'xslt', 'js', 'mjs', 'cjs'];

/** Images in a Markdown body: `![alt](src)`, `![alt](<src with spaces>)`, with an optional title. */
export function bodyImages(body: string): Array<{ alt: string; src: string }> {
  const images: Array<{ alt: string; src: string }> = [];
  for (const match of body.matchAll(/!\[([^\]]*)\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)/g)) {
    const src = match[2] ?? match[3];
    if (src) images.push({ alt: match[1] ?? '', src });
  }
  return images;
}

const extensionOf = (path: string) => extname(path).slice(1).toLowerCase();

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** The content folder as the file system names it, once per folder. */
const realRoots = new Map<string, string>();
function realRoot(contentDir: string): string {
  let root = realRoots.get(contentDir);
  if (!root) {
    try {
      root = realpathSync(contentDir);
    } catch {
      root = resolve(contentDir);
    }
    realRoots.set(contentDir, root);
  }
  return root;
}

/**
 * What is wrong with a path an entry names, or undefined when it may be published (or is missing:
 * that is reported where the file is read). `what` names the field for the author, e.g. 附件.
 */
export function entryPathProblem(contentDir: string, entryFile: string, written: string, what: string): string | undefined {
  const target = resolve(dirname(entryFile), written);
  if (!inside(resolve(contentDir), target)) return `「${written}」在内容文件夹以外：${what}只能放在 content 文件夹里，路径相对于本文件，例如 ./files/清单.pdf`;
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return undefined;
  }
  if (!inside(realRoot(contentDir), real)) return `「${written}」是一个链接，指向内容文件夹以外的文件；请把文件本身复制到 content 文件夹里`;
  if (statSync(real).isDirectory()) return `「${written}」是文件夹，不是文件；请写出文件名，例如 ./files/清单.pdf`;
  for (const ext of new Set([extensionOf(written), extensionOf(real)])) {
    if (CONTENT_EXTENSIONS.has(ext)) return `「${written}」是内容文件（.${ext}），内容文件从不作为附件发布；草稿和其他条目的原文不会因此公开`;
    if (ACTIVE_EXTENSIONS.includes(ext)) {
      return `「${written}」是 .${ext} 文件：浏览器会把它当作网页或脚本，在本站网址下运行其中的代码，所以不能发布；请改成 PDF、图片或 Office 文件`;
    }
  }
  return undefined;
}
