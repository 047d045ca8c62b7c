/**
 * Rules that span fields or files: references to regions and notices exist,
 * series numbers are unique, the files entries point to are there.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sniffAudio } from '../site/audio';
import type { EntryKind } from '../content-model/kinds';
import type { ContentProblem } from './content-problems';
import { bodyImages, entryPathProblem } from './entry-paths';
import { mdxReferences } from './mdx-references';
import { seriesKey } from '../lifecycle/notice-labels';

export interface CheckedEntry {
  kind: EntryKind;
  id: string;
  /** Path shown to authors. */
  file: string;
  absPath: string;
  data: Record<string, unknown>;
  body: string;
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
}

export interface CheckedRegion {
  id: string;
  name: string;
  parent?: string;
  file: string;
  line?: number;
}

type Push = (entry: CheckedEntry, field: Array<string | number>, message: string) => void;

function regionProblems(regions: readonly CheckedRegion[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  for (const region of regions) {
    if (ids.has(region.id)) problems.push({ file: region.file, line: region.line, field: 'id', message: `地区编号「${region.id}」重复了，每个地区的编号必须不同` });
    ids.add(region.id);
  }
  for (const region of regions) {
    if (region.parent && !ids.has(region.parent)) {
      problems.push({ file: region.file, line: region.line, field: 'parent', message: `上级地区「${region.parent}」不在 regions.yaml 里` });
    }
  }
  const roots = regions.filter((region) => !region.parent);
  if (regions.length && roots.length !== 1) {
    problems.push({
      file: regions[0]!.file,
      message: `应当正好有一个不写 parent 的根地区（本站服务的整个地区），现在有 ${roots.length} 个${roots.length ? `：${roots.map((r) => r.id).join('、')}` : ''}`,
    });
  }
  const parentOf = new Map(regions.map((region) => [region.id, region.parent]));
  for (const region of regions) {
    const seen = new Set<string>([region.id]);
    for (let next = region.parent; next; next = parentOf.get(next)) {
      if (seen.has(next)) {
        problems.push({ file: region.file, line: region.line, field: 'parent', message: `地区「${region.id}」的上级关系绕成了圈，请检查 parent` });
        break;
      }
      seen.add(next);
    }
  }
  return problems;
}

function fileExists(entry: CheckedEntry, file: string): boolean {
  return existsSync(resolve(dirname(entry.absPath), file));
}

/** Whether the path is refused (outside the folder, a content file, an active type); if so, says why. */
function refused(entry: CheckedEntry, contentDir: string | undefined, field: Array<string | number>, file: string, what: string, push: Push): boolean {
  const problem = contentDir === undefined ? undefined : entryPathProblem(contentDir, entry.absPath, file, what);
  if (problem) push(entry, field, problem);
  return problem !== undefined;
}

function checkFiles(entry: CheckedEntry, push: Push, contentDir?: string) {
  const { data } = entry;
  const attachments = (data.attachments ?? []) as Array<{ file: string }>;
  attachments.forEach((attachment, index) => {
    const field = ['attachments', index, 'file'];
    if (refused(entry, contentDir, field, attachment.file, '附件', push)) return;
    if (!fileExists(entry, attachment.file)) push(entry, field, `找不到附件文件「${attachment.file}」（路径相对于本文件）`);
  });
  const audio = data.audio as { file: string } | undefined;
  if (audio && !refused(entry, contentDir, ['audio', 'file'], audio.file, '音频', push)) {
    if (!fileExists(entry, audio.file)) push(entry, ['audio', 'file'], `找不到音频文件「${audio.file}」（路径相对于本文件）`);
    else {
      const actual = sniffAudio(resolve(dirname(entry.absPath), audio.file));
      const named = audio.file.split('.').pop()?.toLowerCase();
      if (!actual) push(entry, ['audio', 'file'], `「${audio.file}」不是 mp3、m4a 或 ogg 音频（文件内容不对），请重新导出录音`);
      else if (actual !== named) push(entry, ['audio', 'file'], `「${audio.file}」实际是 ${actual} 文件，扩展名却是 .${named}，请改成 .${actual}`);
    }
  }
  const cover = data.cover as { image: unknown } | undefined;
  if (cover && typeof cover.image === 'string' && !refused(entry, contentDir, ['cover', 'image'], cover.image, '封面图片', push) && !fileExists(entry, cover.image)) {
    push(entry, ['cover', 'image'], `找不到封面图片「${cover.image}」（路径相对于本文件）`);
  }
  for (const { alt, src } of bodyImages(entry.body)) {
    if (/^[a-z]+:/i.test(src)) continue;
    if (!alt.trim()) push(entry, ['body'], `正文图片「${src}」缺少文字说明：请写成 ![图片内容的说明](${src})`);
    if (src.startsWith('/') || refused(entry, contentDir, ['body'], decodeURI(src), '正文图片', push)) continue;
    if (!fileExists(entry, decodeURI(src))) push(entry, ['body'], `找不到正文图片「${src}」（路径相对于本文件）`);
  }
}

/** Every problem that needs more than one field or one file to see. */
export function crossReferenceProblems(
  entries: readonly CheckedEntry[],
  regions: readonly CheckedRegion[],
  idsOf: (kind: EntryKind) => ReadonlySet<string>,
  /** The content folder: every path an entry names must stay inside it (entry-paths.ts). */
  contentDir?: string,
): ContentProblem[] {
  const noticeIds = idsOf('notices');
  const problems = regionProblems(regions);
  const push: Push = (entry, field, message) =>
    problems.push({ file: entry.file, field: field.map(String).join('.'), line: entry.lineOf(field), message });
  const regionIds = new Set(regions.map((region) => region.id));
  const series = new Map<string, CheckedEntry>();

  for (const entry of entries) {
    const { data } = entry;
    if (typeof data.region === 'string' && regions.length && !regionIds.has(data.region)) {
      push(entry, ['region'], `地区「${data.region}」不在 regions.yaml 里；可用的地区编号：${[...regionIds].join('、')}`);
    }
    for (const field of ['supersedes', 'relatedNotices'] as const) {
      ((data[field] ?? []) as string[]).forEach((id, index) => {
        if (!noticeIds.has(id)) push(entry, [field, index], `找不到编号为「${id}」的通告（编号是 content/notices 里的文件名，不带扩展名）`);
        else if (entry.kind === 'notices' && id === entry.id) push(entry, [field, index], '通告不能替代它自己');
      });
    }
    if (entry.kind === 'notices' && typeof data.seriesNo === 'number') {
      const key = `${seriesKey(data as { authority: string | string[]; docType: string })}｜${data.seriesNo}`;
      const earlier = series.get(key);
      if (earlier) {
        push(entry, ['seriesNo'], `第${data.seriesNo}号已经被 ${earlier.file} 用过（同一发布机关、同一文种内序号不能重复）`);
      } else series.set(key, entry);
    }
    checkFiles(entry, push, contentDir);
    if (entry.absPath.endsWith('.mdx')) {
      for (const ref of mdxReferences(entry.body)) {
        if (!idsOf(ref.kind).has(ref.id)) push(entry, ['body'], `正文里的 <${ref.component} id="${ref.id}" /> 找不到这个编号（应是 content/${ref.kind} 里的文件名，不带扩展名）`);
      }
    }
  }
  return problems;
}
