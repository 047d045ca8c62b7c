import { z } from 'astro/zod';
import { contentDate, draft, lang, regionId, summary, tags, text } from './fields';

/** Every field but the cover, made once: Astro makes an article's schema anew for each file. */
const before = {
  /** Headline. */
  title: text.meta({ title: '标题' }),
  /** Date or datetime; a future date keeps it unpublished until then. */
  published: contentDate.meta({ title: '发布日期' }),
  /** Date of the last substantive change. */
  updated: contentDate.optional().meta({ title: '更新日期' }),
  /** Author or list of authors. */
  author: z.union([text, z.array(text).min(1)], { error: '作者应填写姓名，多位作者写成列表' }).meta({ title: '作者' }),
  /** 来源, e.g. the outlet or office. */
  source: text.optional().meta({ title: '来源' }),
  summary: summary.optional().meta({ title: '摘要', description: '至多 140 字，用在列表、订阅、搜索和分享预览里' }),
};
const after = {
  region: regionId.optional().meta({ title: '地区' }),
  tags: tags.optional().meta({ title: '标签' }),
  lang: lang.optional().meta({ title: '语言' }),
  draft: draft.optional().meta({ title: '草稿', description: '草稿不会出现在网站的任何地方' }),
};
const coverText = {
  alt: text.meta({ title: '图片说明', description: '写给看不见图片的读者：图上是什么' }),
  credit: text.optional().meta({ title: '摄影或来源', description: '例如 某某摄' }),
};

/**
 * A feature story. `image` is Astro's image() helper inside the site (so covers
 * go through astro:assets) and a plain relative path when content is checked
 * on its own.
 */
export function createArticleSchema<Image extends z.ZodType>(image: () => Image) {
  return z.strictObject({
    ...before,
    /** Cover image relative to the article, with its alt text and optional credit. */
    cover: z
      .strictObject(
        { image: image().meta({ title: '图片' }), ...coverText },
        { error: '封面应写成 { image, alt, credit }，alt 是给看不见图片的读者的文字说明' },
      )
      .optional()
      .meta({ title: '封面' }),
    ...after,
  });
}

export type Article = z.output<ReturnType<typeof createArticleSchema>>;
