import { defineCollection } from 'astro:content';
import { contentGlob, regionsFile } from './checking/content-loader';
import { createArticleSchema } from './schemas/article';
import { ClinicSchema } from './schemas/clinic';
import { HotlineSchema } from './schemas/hotline';
import { NoticeSchema } from './schemas/notice';
import { RegionSchema } from './schemas/region';
import { RhymeSchema } from './schemas/rhyme';
import { site } from './site.config';

const dir = site.contentDir;

export const collections = {
  regions: defineCollection({ loader: regionsFile(dir), schema: RegionSchema }),
  notices: defineCollection({ loader: contentGlob(dir, 'notices'), schema: NoticeSchema }),
  articles: defineCollection({ loader: contentGlob(dir, 'articles', { astroValidates: true }), schema: ({ image }) => createArticleSchema(image) }),
  rhymes: defineCollection({ loader: contentGlob(dir, 'rhymes'), schema: RhymeSchema }),
  hotlines: defineCollection({ loader: contentGlob(dir, 'hotlines'), schema: HotlineSchema }),
  clinics: defineCollection({ loader: contentGlob(dir, 'clinics'), schema: ClinicSchema }),
};
