/**
 * Supersede and withdraw, the two things done to a notice after it is out.
 * Neither changes what a notice was: superseding writes a new notice that
 * lists the old one (its status follows), withdrawing adds `withdrawn`.
 */
import { isoDay } from '../lifecycle/beijing-time';
import type { CheckedEntry } from '../checking/content-rules';
import { entriesOf, findEntryFile, type ContentFolder } from './folder';
import { nextSeriesNo, numberedByDefault } from './series';

export class AnswerError extends Error {}

/** The notice with this id, valid as it stands; explains what is wrong otherwise. */
export function existingNotice(folder: ContentFolder, id: string): CheckedEntry {
  const notice = entriesOf(folder, 'notices').find((entry) => entry.id === id);
  if (notice) return notice;
  if (findEntryFile(folder, 'notices', id)) {
    throw new AnswerError(`通告「${id}」现在有错误，请先运行 npm run check 看看哪里要改，改好后再来`);
  }
  throw new AnswerError(`找不到编号为「${id}」的通告。编号就是 content/notices 里的文件名，不带 .md；运行 npm run new 不带参数可以从列表里选`);
}

/** `…通告（第3号）` → `…通告（第4号）`; a title without its number stays as it is. */
export function retitle(title: string, oldNo: number | undefined, newNo: number | undefined): string {
  if (oldNo === undefined || newNo === undefined) return title;
  return title.replace(new RegExp(`第\\s*${oldNo}\\s*号`), `第${newNo}号`);
}

/** What a notice superseding `old` inherits: its series, issuer and region, the next number and a matching title. */
export function supersedingDefaults(folder: ContentFolder, old: CheckedEntry) {
  const data = old.data as { title: string; docType: string; authority: string | string[]; seriesNo?: number; region?: string };
  const authority = Array.isArray(data.authority) ? data.authority : [data.authority];
  const notices = entriesOf(folder, 'notices');
  const series = { authority, docType: data.docType };
  const seriesNo = data.seriesNo !== undefined || numberedByDefault(notices, series) ? nextSeriesNo(notices, series) : undefined;
  return { docType: data.docType, authority, region: data.region, seriesNo, title: retitle(data.title, data.seriesNo, seriesNo) };
}

/** Notices that replace `id` (listing it in `supersedes`). */
export function supersededBy(folder: ContentFolder, id: string): string[] {
  return entriesOf(folder, 'notices')
    .filter((entry) => ((entry.data.supersedes ?? []) as string[]).includes(id))
    .map((entry) => entry.id);
}

/** Refuses to withdraw a notice twice: the first date and reason are the record. */
export function assertNotWithdrawn(notice: CheckedEntry): void {
  const withdrawn = notice.data.withdrawn as { date: Date; reason: string } | undefined;
  if (withdrawn) throw new AnswerError(`通告「${notice.id}」已经在 ${isoDay(withdrawn.date)} 撤销过了（原因：${withdrawn.reason}），不用再撤销`);
}
