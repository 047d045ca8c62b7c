import type { APIRoute } from 'astro';
import { siteContent } from '../../../site/site-content';
import { entryFiles, serveEntryFile } from '../../../content-model/entry-files';

/** Recordings, published next to their rhyme for download. */
export async function getStaticPaths() {
  const { rhymes } = await siteContent();
  return rhymes.flatMap((rhyme) => entryFiles(rhyme, rhyme.data.audio ? [rhyme.data.audio.file] : []));
}

export const GET: APIRoute = ({ props }) => serveEntryFile(props.path);
