/**
 * Names that become parts of addresses: an entry's id (`/notices/<id>/`), the
 * file name of an attachment or recording (published next to its page) and a
 * dialect (`/rhymes/dialects/<dialect>/rss.xml`). A name that breaks an address
 * (`#`, `?`, `%`, `/`), takes the place of a page the site writes itself
 * (`index.html`, `status.json`, `poster`, `rss.xml`), or that two files of one
 * entry share would lose a file or a page silently: each is refused by name.
 */
import type { ContentProblem } from './content-problems';
import type { CheckedEntry } from './content-rules';
import { fileName } from '../site/urls';

/** Characters that end or change a URL path segment. */
const BREAKS_ADDRESS = /[#?%/\\]/;
/** Names the site itself writes next to an entry's page. */
const SITE_NAMES = new Set(['index.html', 'status.json', 'poster', 'rss.xml']);
/** Ids the site's own addresses use in a kind's folder. */
const SITE_IDS = new Set(['archive', 'rss.xml', 'dialects', 'index.html', 'status.json']);

function idProblem(entry: CheckedEntry): string | undefined {
  if (/^\.|^\.+$/.test(entry.id)) return `文件名「${entry.id}」以点开头，网址里会被当成上一级或隐藏文件；请改成拼音短语，例如 2026-11-25-caiyang-tiaozheng`;
  if (BREAKS_ADDRESS.test(entry.id)) return `文件名「${entry.id}」里有 # ? % 之类的符号，网址会断开；请只用小写拼音、数字和连字符`;
  if (SITE_IDS.has(entry.id.toLowerCase())) return `文件名「${entry.id}」和网站自己的网页重名（/${entry.kind}/${entry.id}/），这篇内容会盖住它或被它盖住；请换一个文件名`;
  return undefined;
}

/** The files an entry publishes next to its page, with the field each comes from. */
function publishedFiles(entry: CheckedEntry): Array<{ field: Array<string | number>; file: string }> {
  const attachments = (entry.data.attachments ?? []) as Array<{ file?: unknown }>;
  const audio = entry.data.audio as { file?: unknown } | undefined;
  return [
    ...attachments.map((a, index) => ({ field: ['attachments', index, 'file'], file: String(a.file ?? '') })),
    ...(typeof audio?.file === 'string' ? [{ field: ['audio', 'file'], file: audio.file }] : []),
  ];
}

export function publishedNameProblems(entries: readonly CheckedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const push = (entry: CheckedEntry, field: Array<string | number>, message: string) =>
    problems.push({ file: entry.file, field: field.length ? field.join('.') : undefined, line: field.length ? entry.lineOf(field) : undefined, message });
  for (const entry of entries) {
    const id = idProblem(entry);
    if (id) push(entry, [], id);
    const seen = new Map<string, string>();
    for (const { field, file } of publishedFiles(entry)) {
      const name = fileName(file);
      if (BREAKS_ADDRESS.test(name.replace(/\//g, ''))) push(entry, field, `文件名「${name}」里有 # ? % 之类的符号，发布后的网址会断开，读者下载不到；请把文件改名，只用汉字、字母、数字、连字符和点`);
      else if (SITE_NAMES.has(name.toLowerCase())) push(entry, field, `文件名「${name}」和网站在这篇内容旁边自己写的文件重名，会被盖住；请把文件改名`);
      const earlier = seen.get(name.toLowerCase());
      if (earlier) push(entry, field, `「${file}」和「${earlier}」的文件名相同，发布后放在同一个网址，只能留下一个；请把其中一个改名`);
      else seen.set(name.toLowerCase(), file);
    }
    const dialect = entry.kind === 'rhymes' ? entry.data.dialect : undefined;
    if (typeof dialect === 'string' && BREAKS_ADDRESS.test(dialect)) push(entry, ['dialect'], `方言名「${dialect}」里有 / # ? % 之类的符号，它的订阅网址会断开；请只写方言的名字，例如 长沙话`);
  }
  return problems;
}
