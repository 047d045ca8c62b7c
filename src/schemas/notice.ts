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
    seriesNo: z.number({ error: '序号应为正整数，例如 3' }).int({ error: '序号应为正整数' }).positive({ error: '序号应为正整数' }).optional().meta({ title: '序号（第N号）', description: '同一发布机关、同一文种内的第几号' }),
    /** 发文字号, e.g. 示防指〔2020〕2号. */
    docNumber: text.optional().meta({ title: '发文字号', description: '例如 岚防指〔2026〕7号' }),
    /** Date or datetime of issue; a future date keeps the notice unpublished until then. */
    issued: contentDate.meta({ title: '发布日期' }),
    /** When it takes effect; defaults to `issued`. */
    effective: contentDate.optional().meta({ title: '生效日期', description: '不填即为发布日期' }),
    /** When it stops applying. */
    expires: contentDate.optional().meta({ title: '失效日期', description: '到这一刻起通告显示“已失效”；不填则一直有效，直到被替代或撤销' }),
    /** Ids of notices this one replaces. */
    supersedes: z.array(entryId, { error: '应写成被替代通告编号的列表，例如 [2026-10-24-tingye]' }).optional().meta({ title: '替代的通告', description: '本通告发布后，所选通告显示“已被替代”，并指向本通告' }),
    /** Withdrawn (撤销) on that date, for that reason. */
    withdrawn: z.strictObject({ date: contentDate.meta({ title: '撤销日期' }), reason: text.meta({ title: '撤销原因' }) }, { error: '撤销应写成 { date, reason }' }).optional().meta({ title: '撤销' }),
    /** Shown in the site-wide banner while in force. */
    urgent: z.boolean({ error: 'urgent 只能是 true 或 false' }).optional().meta({ title: '紧急', description: '有效期间在每一页顶部的紧急横幅中显示' }),
    /** Region id; defaults to the root region. */
    region: regionId.optional().meta({ title: '地区' }),
    /** Plain-language summary, at most 140 characters. */
    summary: summary.optional().meta({ title: '摘要', description: '至多 140 字，用在列表、订阅、搜索和分享预览里' }),
    tags: tags.optional().meta({ title: '标签' }),
    /** Dated corrections after publication (更新记录). */
    changes: z.array(z.strictObject({ date: contentDate.meta({ title: '更正日期' }), note: text.meta({ title: '更正内容' }) }), { error: '更新记录应写成 { date, note } 的列表' }).optional().meta({ title: '更新记录' }),
    /** Files attached to the notice, paths relative to the notice. */
    attachments: z.array(z.strictObject({ title: text.meta({ title: '附件名称' }), file: relativeFile.meta({ title: '文件' }) }), { error: '附件应写成 { title, file } 的列表' }).optional().meta({ title: '附件' }),
    lang: lang.optional().meta({ title: '语言' }),
    draft: draft.optional().meta({ title: '草稿', description: '草稿不会出现在网站的任何地方' }),
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
