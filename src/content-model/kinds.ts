/**
 * The content folder's layout, from CONTENT-MODEL.md: one folder per kind and
 * `regions.yaml`. A file whose name starts with `_` is not content.
 */
export const ENTRY_KINDS = {
  notices: { extensions: ['md', 'mdx'], label: '通告' },
  articles: { extensions: ['md', 'mdx'], label: '文章' },
  rhymes: { extensions: ['md', 'mdx'], label: '顺口溜' },
  hotlines: { extensions: ['yaml', 'yml'], label: '热线' },
  clinics: { extensions: ['yaml', 'yml'], label: '门诊' },
} as const;

export type EntryKind = keyof typeof ENTRY_KINDS;
export const ENTRY_KIND_NAMES = Object.keys(ENTRY_KINDS) as EntryKind[];

export const REGIONS_FILE = 'regions.yaml';

/** Glob (relative to the kind's folder) of the files that are content. */
export function contentPattern(kind: EntryKind): string {
  return `**/[!_]*.{${ENTRY_KINDS[kind].extensions.join(',')}}`;
}

/** An entry's id: its file name without extension. */
export function entryIdFromPath(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.[^.]+$/, '');
}
