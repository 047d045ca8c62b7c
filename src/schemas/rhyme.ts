import { z } from 'astro/zod';
import { contentDate, draft, entryId, lang, regionId, relativeFile, summary, tags, text } from './fields';

export const RHYME_FORMS = ['三字经', '快板', '顺口溜', '山歌', '呱嗒板', '儿歌', '其他'] as const;
export const AUDIO_EXTENSIONS = ['mp3', 'm4a', 'ogg'] as const;

/** A dialect rhyme campaign (三字经, 快板, 山歌 …); the body holds the lyrics. */
export const RhymeSchema = z.strictObject({
  title: text.meta({ title: '标题' }),
  /** 三字经, 快板, 顺口溜, 山歌, 呱嗒板, 儿歌 or 其他. */
  form: z.enum(RHYME_FORMS, { error: `体裁只能是 ${RHYME_FORMS.join('、')} 之一` }).meta({ title: '体裁' }),
  /** The dialect as people name it, e.g. 长沙话. */
  dialect: text.meta({ title: '方言' }),
  /** Date or datetime; a future date keeps it unpublished until then. */
  published: contentDate.meta({ title: '发布日期' }),
  /** Who wrote, sang, recorded it. */
  credits: z.array(z.strictObject({ role: text.meta({ title: '角色', description: '例如 作词、演唱' }), name: text.meta({ title: '姓名' }) }), { error: '署名应写成 { role, name } 的列表' }).optional().meta({ title: '署名' }),
  /** A recording next to the entry (mp3, m4a or ogg) and its length in seconds. */
  audio: z
    .strictObject(
      {
        file: relativeFile.refine((file) => AUDIO_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(`.${ext}`)), {
          error: '音频只能是 mp3、m4a 或 ogg 文件',
        }).meta({ title: '录音文件' }),
        duration: z.number({ error: '时长应写秒数，例如 42' }).positive({ error: '时长应大于 0 秒' }).optional().meta({ title: '时长（秒）' }),
      },
      { error: '音频应写成 { file, duration }' },
    )
    .optional()
    .meta({ title: '音频' }),
  /** Dialect words: how they sound and what they mean in 普通话. */
  glossary: z
    .array(z.strictObject({ term: text.meta({ title: '方言词' }), reading: text.optional().meta({ title: '读音' }), meaning: text.meta({ title: '普通话意思' }) }), {
      error: '词语注释应写成 { term, reading, meaning } 的列表',
    })
    .optional()
    .meta({ title: '词语注释' }),
  /** Ids of notices the rhyme promotes. */
  relatedNotices: z.array(entryId, { error: '相关通告应写成通告编号的列表' }).optional().meta({ title: '相关通告' }),
  region: regionId.optional().meta({ title: '地区' }),
  summary: summary.optional().meta({ title: '摘要', description: '至多 140 字，用在列表、订阅、搜索和分享预览里' }),
  tags: tags.optional().meta({ title: '标签' }),
  lang: lang.optional().meta({ title: '语言' }),
  draft: draft.optional().meta({ title: '草稿', description: '草稿不会出现在网站的任何地方' }),
});

export type Rhyme = z.output<typeof RhymeSchema>;
