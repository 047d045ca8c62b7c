/**
 * Astro hook: `.mdx` entries are read as data. The body is rendered once, when
 * the content is synced, by the same Markdown pipeline as `.md` bodies, with a
 * marker for each component (mdx-as-markdown.ts); the page renders the
 * components at the markers (components/EntryBody.astro). No .mdx file ever
 * becomes a module: nothing an author writes is compiled into code, and a
 * changed .mdx file costs a build what a changed .md file does.
 *
 * The hook's `addContentEntryType` is the one @astrojs/mdx and Markdown use
 * (not in Astro's public types: docs/upgrading.md); the entry type has no
 * `contentModuleTypes`, so Astro stores what it renders instead of deferring
 * to a module.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, ContentEntryType } from 'astro';
import { contentData, FRONT_MATTER } from '../checking/content-source';
import { mdxAsMarkdown } from './mdx-as-markdown';
import { MDX_COMPONENTS_KEY } from './rendered-mdx';

const mdxAsData: ContentEntryType = {
  extensions: ['.mdx'],
  getEntryInfo({ contents, fileUrl }) {
    // Astro asks this of every file at every sync; the content check read them all in this process moments before.
    const data = contentData(fileURLToPath(fileUrl), contents) ?? {};
    const frontMatter = FRONT_MATTER.exec(contents)?.[0] ?? '';
    return { data: data as Record<string, unknown>, body: contents.slice(frontMatter.length).trim(), slug: '', rawData: '' };
  },
  handlePropagation: false,
  async getRenderFunction(config) {
    const { markdown, image } = config;
    const processor = await markdown.processor.createRenderer({
      image,
      syntaxHighlight: markdown.syntaxHighlight,
      shikiConfig: markdown.shikiConfig,
      gfm: markdown.gfm,
      smartypants: markdown.smartypants,
    });
    return async (entry) => {
      const { markdown: text, components } = mdxAsMarkdown(entry.body ?? '');
      const result = await processor.render(text, {
        frontmatter: entry.data,
        fileURL: entry.filePath ? pathToFileURL(entry.filePath) : undefined,
      });
      const { localImagePaths, remoteImagePaths } = result.metadata;
      return {
        html: result.code,
        metadata: { ...result.metadata, imagePaths: [...localImagePaths, ...remoteImagePaths], [MDX_COMPONENTS_KEY]: components },
      };
    };
  },
};

export function mdxBodiesAsData(): AstroIntegration {
  return {
    name: 'mdx-bodies-as-data',
    hooks: {
      'astro:config:setup': (params) => {
        const { addContentEntryType } = params as unknown as { addContentEntryType: (type: ContentEntryType) => void };
        addContentEntryType(mdxAsData);
      },
    },
  };
}
