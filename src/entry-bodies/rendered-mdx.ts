/**
 * Where an .mdx entry's rendered content keeps its components (in marker
 * order), written when the content is synced (mdx-entry-type.ts) and read when
 * its page renders (components/EntryBody.astro).
 */
import type { ComponentCall } from './mdx-as-markdown';

export const MDX_COMPONENTS_KEY = 'mdxComponents';

interface RenderedEntry {
  id: string;
  filePath?: string;
  rendered?: { metadata?: Record<string, unknown> };
}

/** The components of an .mdx entry; `undefined` for a .md entry. */
export function mdxComponentsOf(entry: RenderedEntry): ComponentCall[] | undefined {
  if (!entry.filePath?.toLowerCase().endsWith('.mdx')) return undefined;
  const components = entry.rendered?.metadata?.[MDX_COMPONENTS_KEY];
  // A content cache written while .mdx files were still compiled into modules holds no markers.
  if (!Array.isArray(components)) throw new Error(`「${entry.filePath}」在内容缓存里是旧的格式：请删除缓存文件夹（默认 node_modules/.astro）后重新生成`);
  return components as ComponentCall[];
}
