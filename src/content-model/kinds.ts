/**
 * THE registry of content kinds: the one place that lists them. Everything that
 * needs "every kind" — the Astro collections, the content check, the editor
 * JSON schemas, the scaffolder, the field labels, the tests — derives from it.
 * Adding a kind: its schema in src/schemas/, an entry here, its pages.
 *
 * The folders, extensions and `regions.yaml` come from CONTENT-MODEL.md. A file
 * whose name starts with `_` is not content.
 */
import type { ImageFunction } from 'astro/content/config';
import { z } from 'astro/zod';
import { createArticleSchema } from '../schemas/article';
import { ClinicSchema } from '../schemas/clinic';
import { relativeFile } from '../schemas/fields';
import { HotlineSchema } from '../schemas/hotline';
import { NoticeSchema } from '../schemas/notice';
import { RegionSchema } from '../schemas/region';
import { RhymeSchema } from '../schemas/rhyme';

export interface KindDefinition {
  /** The kind's name in the scaffolder's drafts and its editor schema file (`notice.schema.json`). */
  singular: string;
  /** What authors call it, in messages and menus. */
  label: string;
  /** File extensions read as entries, lower case. */
  extensions: readonly string[];
  /**
   * The kind's schema. `image` is Astro's image() in the build (covers go through astro:assets); the check
   * and the editor schemas pass a relative-path check instead (ENTRY_SCHEMAS). The folder name is also the
   * first segment of the entries' URLs (src/site/urls.ts).
   */
  schema: (image: ImageFunction) => z.ZodType;
  /** The schema needs Astro's own helpers (the article cover's `image()`), so Astro validates these files itself. */
  astroValidates?: boolean;
  /** One line under the kind's name in `npm run new`'s menu; only kinds with one are offered (src/scaffold/drafts.ts drafts them). */
  scaffoldHint?: string;
}

export const KINDS = {
  notices: {
    singular: 'notice',
    label: '通告',
    extensions: ['md', 'mdx'],
    schema: () => NoticeSchema,
    scaffoldHint: '通告、公告、通知',
  },
  articles: {
    singular: 'article',
    label: '文章',
    extensions: ['md', 'mdx'],
    schema: (image: ImageFunction) => createArticleSchema(image),
    astroValidates: true,
    scaffoldHint: '专题文章',
  },
  rhymes: {
    singular: 'rhyme',
    label: '顺口溜',
    extensions: ['md', 'mdx'],
    schema: () => RhymeSchema,
    scaffoldHint: '三字经、快板、山歌等',
  },
  hotlines: {
    singular: 'hotline',
    label: '热线',
    extensions: ['yaml', 'yml'],
    schema: () => HotlineSchema,
    scaffoldHint: '热线电话',
  },
  clinics: {
    singular: 'clinic',
    label: '门诊',
    extensions: ['yaml', 'yml'],
    schema: () => ClinicSchema,
    scaffoldHint: '发热门诊、哨点、采样点、接种点',
  },
} as const satisfies Record<string, KindDefinition>;

export type EntryKind = keyof typeof KINDS;
export const ENTRY_KIND_NAMES = Object.keys(KINDS) as EntryKind[];
/** A kind's schema as Astro and TypeScript see it. */
export type KindSchema<K extends EntryKind> = ReturnType<(typeof KINDS)[K]['schema']>;

/** The regions file: one list, not a folder of entries. */
export const REGIONS = {
  file: 'regions.yaml',
  label: '地区',
  schema: RegionSchema,
  listSchema: z.array(RegionSchema, { error: 'regions.yaml 应是地区的列表，每项写 { id, name, parent }' }),
} as const;

/** Raster images only: an SVG opened from the site would run any script inside it on the site's origin. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff'];

/** An image outside Astro (the check, the editor schemas): a relative path with an image extension. */
export const imagePath = () =>
  relativeFile.superRefine((file, ctx) => {
    const lower = file.toLowerCase();
    if (/\.svgz?$/.test(lower)) ctx.addIssue({ code: 'custom', message: 'SVG 图片里可以藏有脚本，在本站网址下打开时会运行，所以不能用；请另存为 png 或 jpg' });
    else if (!IMAGE_EXTENSIONS.some((ext) => lower.endsWith(`.${ext}`))) ctx.addIssue({ code: 'custom', message: `图片应是 ${IMAGE_EXTENSIONS.join('、')} 文件` });
  });

/**
 * Each kind's schema as the content check uses it: covers read as relative image paths. (The cast: outside
 * Astro a cover is a path, not the image metadata the build's TypeScript type describes.)
 */
export const ENTRY_SCHEMAS = Object.fromEntries(
  ENTRY_KIND_NAMES.map((kind): [EntryKind, z.ZodType] => [kind, KINDS[kind].schema(imagePath as unknown as ImageFunction)]),
) as Record<EntryKind, z.ZodType>;

/** Every extension a content file may have, lower case (a file with one is content, never something an entry carries). */
export const CONTENT_EXTENSIONS: ReadonlySet<string> = new Set<string>(ENTRY_KIND_NAMES.flatMap((kind) => [...KINDS[kind].extensions]));

/** Glob (relative to the kind's folder) of the files that are content. */
export function contentPattern(kind: EntryKind): string {
  return `**/[!_]*.{${KINDS[kind].extensions.join(',')}}`;
}

/** An entry's id: its file name without extension. */
export function entryIdFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.[^.]+$/, '');
}

/** Markdown kinds have a body; YAML kinds are data only (hotlines, clinics). */
export const hasBody = (kind: EntryKind): boolean => (KINDS[kind].extensions as readonly string[]).includes('md');
