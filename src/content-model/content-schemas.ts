/**
 * The schemas the content check uses: the site's own schemas, with the article
 * cover read as a relative image path instead of through astro:assets.
 */
import { z } from 'astro/zod';
import { createArticleSchema } from '../schemas/article';
import { ClinicSchema } from '../schemas/clinic';
import { relativeFile } from '../schemas/fields';
import { HotlineSchema } from '../schemas/hotline';
import { NoticeSchema } from '../schemas/notice';
import { RegionSchema } from '../schemas/region';
import { RhymeSchema } from '../schemas/rhyme';
import type { EntryKind } from './kinds';

export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff', 'svg'];

const imagePath = () =>
  relativeFile.refine((file) => IMAGE_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(`.${ext}`)), {
    error: `图片应是 ${IMAGE_EXTENSIONS.join('、')} 文件`,
  });

export const ENTRY_SCHEMAS: Record<EntryKind, z.ZodType> = {
  notices: NoticeSchema,
  articles: createArticleSchema(imagePath),
  rhymes: RhymeSchema,
  hotlines: HotlineSchema,
  clinics: ClinicSchema,
};

export const RegionListSchema = z.array(RegionSchema, { error: 'regions.yaml 应是地区的列表，每项写 { id, name, parent }' });
