/** Feed items for rhymes, with each recording's byte length and type read from the file. */
import { byteLength } from '../site/audio';
import { mimeType, resolveEntryFile } from '../content-model/entry-files';
import { rhymeItem } from './feed-items';
import { entryFileUrl } from '../site/urls';
import type { RhymeEntry } from '../site/site-content';

export function rhymeFeedItem(rhyme: RhymeEntry, site: URL) {
  const audio = rhyme.data.audio;
  if (!audio) return rhymeItem(rhyme);
  const path = resolveEntryFile(rhyme.filePath ?? '', audio.file);
  return rhymeItem(rhyme, {
    url: new URL(entryFileUrl('rhymes', rhyme.id, audio.file), site).href,
    bytes: byteLength(path),
    type: mimeType(audio.file),
    duration: audio.duration,
  });
}
