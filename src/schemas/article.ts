import { z } from 'astro/zod';
import { contentDate, draft, lang, regionId, summary, tags, text } from './fields';

/** Every field but the cover, made once: Astro makes an article's schema anew for each file. */
const before = {
  /** Headline. */
  title: text,
  /** Date or datetime; a future date keeps it unpublished until then. */
  published: contentDate,
  /** Date of the last substantive change. */
  updated: contentDate.optional(),
  /** Author or list of authors. */
  author: z.union([text, z.array(text).min(1)], { error: '作者应填写姓名，多位作者写成列表' }),
  /** 来源, e.g. the outlet or office. */
  source: text.optional(),
  summary: summary.optional(),
};
const after = {
  region: regionId.optional(),
  tags: tags.optional(),
  lang: lang.optional(),
  draft: draft.optional(),
};
const coverText = { alt: text.describe('图片说明'), credit: text.optional() };

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
        { image: image(), ...coverText },
        { error: '封面应写成 { image, alt, credit }，alt 是给看不见图片的读者的文字说明' },
      )
      .optional(),
    ...after,
  });
}

export type Article = z.output<ReturnType<typeof createArticleSchema>>;
