import { z } from 'astro/zod';
import { contentDate, draft, entryId, lang, regionId, relativeFile, summary, tags, text } from './fields';

export const NOTICE_DOC_TYPES = ['通告', '公告', '通知', '调度令'] as const;

/** A numbered notice (通告 / 公告 / 通知 / 调度令). */
export const NoticeSchema = z
  .strictObject({
    /** The notice's title. */
    title: text.meta({ title: '标题' }),
    /** 通告, 公告, 通知 or 调度令. */
    docType: z.enum(NOTICE_DOC_TYPES, { error: '文种只能是 通告、公告、通知 或 调度令' }).meta({ title: '文种' }),
    /** Issuing body (发布机关); a list for a joint notice. */
    authority: z.union([text, z.array(text).min(1)], { error: '发布机关应填写名称，联合发布时写成列表' }).meta({ title: '发布机关' }),
    /** "第N号" within its series (same authority and docType). */
    seriesNo: z.number({ error: '序号应为正整数，例如 3' }).int({ error: '序号应为正整数' }).positive({ error: '序号应为正整数' }).optional().meta({ title: '序号（第N号）' }),
    /** 发文字号, e.g. 示防指〔2020〕2号. */
    docNumber: text.optional().meta({ title: '发文字号' }),
    /** Date or datetime of issue; a future date keeps the notice unpublished until then. */
    issued: contentDate.meta({ title: '发布日期' }),
    /** When it takes effect; defaults to `issued`. */
    effective: contentDate.optional().meta({ title: '生效日期' }),
    /** When it stops applying. */
    expires: contentDate.optional().meta({ title: '失效日期' }),
    /** Ids of notices this one replaces. */
    supersedes: z.array(entryId, { error: '应写成被替代通告编号的列表，例如 [2026-10-24-tingye]' }).optional().meta({ title: '替代的通告' }),
    /** Withdrawn (撤销) on that date, for that reason. */
    withdrawn: z.strictObject({ date: contentDate, reason: text }, { error: '撤销应写成 { date, reason }' }).optional().meta({ title: '撤销' }),
    /** Shown in the site-wide banner while in force. */
    urgent: z.boolean({ error: 'urgent 只能是 true 或 false' }).optional().meta({ title: '紧急' }),
    /** Region id; defaults to the root region. */
    region: regionId.optional().meta({ title: '地区' }),
    /** Plain-language summary, at most 140 characters. */
    summary: summary.optional().meta({ title: '摘要' }),
    tags: tags.optional().meta({ title: '标签' }),
    /** Dated corrections after publication (更新记录). */
    changes: z.array(z.strictObject({ date: contentDate, note: text }), { error: '更新记录应写成 { date, note } 的列表' }).optional().meta({ title: '更新记录' }),
    /** Files attached to the notice, paths relative to the notice. */
    attachments: z.array(z.strictObject({ title: text, file: relativeFile }), { error: '附件应写成 { title, file } 的列表' }).optional().meta({ title: '附件' }),
    lang: lang.optional().meta({ title: '语言' }),
    draft: draft.optional().meta({ title: '草稿' }),
  })
  .superRefine((notice, ctx) => {
    const effective = notice.effective ?? notice.issued;
    if (notice.effective && notice.effective < notice.issued) {
      ctx.addIssue({ code: 'custom', path: ['effective'], message: '生效日期不能早于发布日期（issued）' });
    }
    if (notice.withdrawn && notice.withdrawn.date < notice.issued) {
      ctx.addIssue({ code: 'custom', path: ['withdrawn', 'date'], message: '撤销日期不能早于发布日期（issued）：还没发布的通告无从撤销' });
    }
    if (notice.expires && notice.expires <= effective) {
      ctx.addIssue({ code: 'custom', path: ['expires'], message: '失效日期必须晚于生效日期（effective，未写时为发布日期）' });
    }
  });

export type Notice = z.output<typeof NoticeSchema>;
