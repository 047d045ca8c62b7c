/**
 * Checks a whole content folder against CONTENT-MODEL.md before anything is
 * built, and reports every problem in every file at once (Astro's own loader
 * stops at the first).
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bodyHtmlProblems } from './body-html';
import { listContentFiles, readContentText } from './content-files';
import { unfinishedProblems } from './unfinished-rules';
import { ENTRY_KIND_NAMES, ENTRY_SCHEMAS, KINDS, REGIONS, entryIdFromPath, type EntryKind } from '../content-model/kinds';
import type { ContentProblem } from './content-problems';
import { mdxBodyProblems } from './mdx-body';
import { crossReferenceProblems, type CheckedEntry, type CheckedRegion } from './content-rules';
import { parseContentSource, rememberChecked, type ParsedSource } from './content-source';
import { supersedeCycleProblems } from './supersede-cycles';
import { publishedNameProblems } from './published-names';
import { zodIssuesToProblems } from './zod-problems';

export interface ContentCheck {
  problems: ContentProblem[];
  entries: CheckedEntry[];
  regions: CheckedRegion[];
}

function validate(kind: EntryKind, absPath: string, file: string, source: ParsedSource, problems: ContentProblem[]) {
  if (source.syntaxError) {
    problems.push({ file, line: source.syntaxError.line, message: `这里的写法有误，文件读不出来：${source.syntaxError.message}` });
    return undefined;
  }
  const result = ENTRY_SCHEMAS[kind].safeParse(source.data ?? {}, { reportInput: true });
  if (!result.success) {
    problems.push(...zodIssuesToProblems(result.error.issues, file, source));
    return undefined;
  }
  return { kind, id: entryIdFromPath(absPath), file, absPath, data: result.data as Record<string, unknown>, body: source.body, lineOf: source.lineOf };
}

/** One file's own check, kept with the text it was made from. */
interface FileCheck {
  text: string;
  file: string;
  entry?: CheckedEntry;
  problems: ContentProblem[];
}

/**
 * The last check of each file, by path: the publisher checks the folder before
 * every publish, and a file whose text did not change gives the same result
 * (its parse, schema and .mdx body depend on the text alone). What crosses
 * files is checked every time.
 */
const fileChecks = new Map<string, FileCheck>();

function checkFile(kind: EntryKind, absPath: string, file: string, text: string): FileCheck {
  const known = fileChecks.get(absPath);
  if (known?.text === text && known.file === file) return known;
  const problems: ContentProblem[] = [];
  const source = parseContentSource(absPath, text);
  const entry = validate(kind, absPath, file, source, problems);
  // The body is checked even when the front matter is wrong: all problems in one run.
  if (/\.mdx$/i.test(absPath) && source.bodyLine) problems.push(...mdxBodyProblems(file, source.body, source.bodyLine));
  if (entry) rememberChecked(absPath, text, entry.data);
  const checked = { text, file, entry, problems };
  fileChecks.set(absPath, checked);
  return checked;
}

function checkRegions(contentDir: string, display: (p: string) => string, problems: ContentProblem[]): CheckedRegion[] {
  const absPath = join(contentDir, REGIONS.file);
  const file = display(absPath);
  if (!existsSync(absPath)) {
    problems.push({ file, message: '缺少地区列表 regions.yaml：至少要写出本站服务的整个地区（没有 parent 的那一项）' });
    return [];
  }
  const read = readContentText(absPath, file);
  if ('problem' in read) {
    problems.push(read.problem);
    return [];
  }
  const source = parseContentSource(absPath, read.text);
  if (source.syntaxError) {
    problems.push({ file, line: source.syntaxError.line, message: `这里的写法有误，文件读不出来：${source.syntaxError.message}` });
    return [];
  }
  const result = REGIONS.listSchema.safeParse(source.data, { reportInput: true });
  if (!result.success) {
    problems.push(...zodIssuesToProblems(result.error.issues, file, source));
    return [];
  }
  if (result.data.length === 0) {
    problems.push({ file, message: 'regions.yaml 里一个地区也没有：至少要写出本站服务的整个地区，例如 - { id: shifan-xian, name: 示范县 }' });
  }
  return result.data.map((region, index) => ({ ...region, file, line: source.lineOf([index]) }));
}

/** A file's path as messages show it: relative to `displayRoot`, with forward slashes. */
export const displayPathFrom = (displayRoot: string) => (absPath: string) => relative(displayRoot, absPath).split('\\').join('/');

/**
 * Reads and checks every file. `displayRoot` is what paths in messages are
 * relative to (the project root, so authors see `content/notices/x.md`).
 */
export function checkContentFolder(contentDir: string, displayRoot = join(contentDir, '..')): ContentCheck {
  const display = displayPathFrom(displayRoot);
  const problems: ContentProblem[] = [];
  const regions = checkRegions(contentDir, display, problems);
  const entries: CheckedEntry[] = [];
  const fileIds = new Map<string, string>();
  for (const kind of ENTRY_KIND_NAMES) {
    const dir = join(contentDir, kind);
    const listed = listContentFiles(dir, KINDS[kind].extensions, contentDir, display);
    problems.push(...listed.problems);
    for (const path of listed.files) {
      const absPath = join(dir, path);
      const duplicate = fileIds.get(`${kind}/${entryIdFromPath(path)}`);
      if (duplicate) {
        problems.push({ file: display(absPath), message: `和 ${duplicate} 的文件名（去掉扩展名后）相同，网址会冲突；请给其中一个改名` });
        continue;
      }
      fileIds.set(`${kind}/${entryIdFromPath(path)}`, display(absPath));
      const read = readContentText(absPath, display(absPath));
      if ('problem' in read) {
        problems.push(read.problem);
        continue;
      }
      const { entry, problems: fileProblems } = checkFile(kind, absPath, display(absPath), read.text);
      problems.push(...fileProblems);
      if (entry) entries.push(entry);
    }
  }
  const idsByKind = new Map<EntryKind, Set<string>>();
  const knownIds = (kind: EntryKind) => {
    let ids = idsByKind.get(kind);
    if (!ids) {
      ids = new Set([...fileIds.keys()].filter((key) => key.startsWith(`${kind}/`)).map((key) => key.slice(kind.length + 1)));
      idsByKind.set(kind, ids);
    }
    return ids;
  };
  problems.push(...crossReferenceProblems(entries, regions, knownIds, contentDir), ...unfinishedProblems(entries), ...bodyHtmlProblems(entries), ...supersedeCycleProblems(entries), ...publishedNameProblems(entries));
  return { problems, entries, regions };
}

const checked = new Map<string, ContentCheck>();

/**
 * The check of a folder, done once per process (the config and the build hook share it);
 * `handedOver`, a check of it already made (check-handoff.ts), is taken instead of checking.
 */
export function checkContentFolderOnce(contentDir: string, displayRoot?: string, handedOver?: ContentCheck): ContentCheck {
  const key = `${contentDir}|${displayRoot ?? ''}`;
  let result = checked.get(key);
  if (!result) {
    result = handedOver ?? checkContentFolder(contentDir, displayRoot);
    checked.set(key, result);
  }
  return result;
}
