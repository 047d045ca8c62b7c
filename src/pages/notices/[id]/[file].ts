import type { APIRoute } from 'astro';
import { siteContent } from '../../../site/site-content';
import { entryFiles, serveEntryFile } from '../../../content-model/entry-files';

/** Attachments, published next to their notice. */
export async function getStaticPaths() {
  const { notices } = await siteContent();
  return notices.flatMap((notice) => entryFiles(notice, (notice.data.attachments ?? []).map((a) => a.file)));
}

export const GET: APIRoute = ({ props }) => serveEntryFile(props.path);
