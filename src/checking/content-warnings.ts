/**
 * Things an editor wants to know before publishing that are not errors: the
 * build still succeeds, `npm run check` lists them.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ContentProblem } from './content-problems';
import type { CheckedEntry } from './content-rules';
import { noticeStatus, STATUS_LABELS, type LifecycleFields } from '../lifecycle/notice-status';
import { isPublished } from '../lifecycle/publish';
import { needsVerification } from '../lifecycle/verification';
import { phoneKind } from '../services/phone';

/** A source image above this size is worth shrinking before upload. */
export const LARGE_IMAGE_BYTES = 1_000_000;

export interface WarningOptions {
  /** The site shows sample data (SITE_SAMPLE_DATA): its numbers that reach no one are expected then. */
  sampleData?: boolean;
}

export function contentWarnings(entries: readonly CheckedEntry[], now: Date, verifyWithinDays: number, options: WarningOptions = { sampleData: true }): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  // The line is looked up only when a warning is shown: a build lists five per field, and
  // finding a line means reading the file's YAML again, slowly (content-source.ts).
  const warn = (entry: CheckedEntry, field: string, message: string) =>
    warnings.push({
      file: entry.file,
      field,
      get line() {
        return entry.lineOf(field.split('.'));
      },
      message,
    });
  const notices = entries.filter((e) => e.kind === 'notices' && isPublished(e.data, now)) as unknown as Array<CheckedEntry & { data: LifecycleFields }>;
  const noticeById = new Map(notices.map((n) => [n.id, n]));
  const statusOf = (id: string) => {
    const notice = noticeById.get(id);
    return notice ? noticeStatus(notice, notices, now) : undefined;
  };

  const unpublishedNotices = new Set(entries.filter((e) => e.kind === 'notices' && !isPublished(e.data, now)).map((e) => e.id));

  for (const entry of entries) {
    const data = entry.data;
    if (!options.sampleData) {
      ((data.phones ?? []) as string[]).forEach((phone, index) => {
        if (phoneKind(phone) === 'fictional') warn(entry, `phones.${index}`, `「${phone}」是示例用的号码（0700 区号或 100 开头），打不通：真实内容请填写能打通的号码`);
      });
    }
    if (typeof data.hours === 'string' && /\b(PH|SH)\b/.test(data.hours)) {
      warn(entry, 'hours', '用了 PH/SH（节假日）：开放时间库里的中国节假日不全（没有春节、清明、端午、中秋和调休），请把放假日期直接写出来，例如 2027 Feb 06-2027 Feb 12 off');
    }
    ((data.tags ?? []) as string[]).forEach((tag, index) => {
      if (/[，、]/.test(tag)) warn(entry, `tags.${index}`, `标签「${tag}」里有中文逗号或顿号，会被当成一个标签；多个标签请写成 [出行, 核酸]（英文逗号）`);
    });
    if (isPublished(data, now)) {
      for (const field of ['supersedes', 'relatedNotices'] as const) {
        ((data[field] ?? []) as string[]).forEach((id, index) => {
          if (unpublishedNotices.has(id)) warn(entry, `${field}.${index}`, `引用的通告「${id}」还是草稿或定时发布，尚未公开；读者现在看不到它`);
        });
      }
    }
    if ((entry.kind === 'hotlines' || entry.kind === 'clinics') && needsVerification(data.verified as Date, now, verifyWithinDays)) {
      warn(entry, 'verified', `已经超过 ${verifyWithinDays} 天没有核实了，网站上会标“待核实”。请打电话确认后更新核实日期`);
    }
    if (entry.kind === 'notices' && data.urgent === true) {
      const status = statusOf(entry.id);
      if (status && status.status !== 'in-force' && status.status !== 'upcoming') {
        warn(entry, 'urgent', `这份紧急通告现在是“${status.label}”，已不在紧急横幅里显示；如不再紧急，可以删去 urgent`);
      }
    }
    if (entry.kind === 'rhymes') {
      ((data.relatedNotices ?? []) as string[]).forEach((id, index) => {
        const status = statusOf(id);
        if (status && status.status !== 'in-force' && status.status !== 'upcoming') {
          warn(entry, `relatedNotices.${index}`, `宣传的通告「${id}」现在是“${STATUS_LABELS[status.status]}”，作品内容可能过时了，请核对`);
        }
      });
    }
    const cover = data.cover as { image?: unknown } | undefined;
    if (typeof cover?.image === 'string') {
      // A missing cover is already an error; the size hint is only for one that is there.
      const bytes = statSync(resolve(dirname(entry.absPath), cover.image), { throwIfNoEntry: false })?.size ?? 0;
      if (bytes > LARGE_IMAGE_BYTES) {
        warn(entry, 'cover.image', `原图有 ${(bytes / 1_000_000).toFixed(1)} MB。网站会自动压缩，但先把照片缩小到 2000 像素宽以内再放进来，生成会更快`);
      }
    }
    if ((entry.kind === 'notices' || entry.kind === 'articles' || entry.kind === 'rhymes') && !data.summary) {
      warn(entry, 'summary', '没有写摘要：列表、订阅和分享预览会用正文开头代替。建议用一两句话写清“谁、什么时候、要做什么”（140 字以内）');
    }
  }
  return warnings;
}
