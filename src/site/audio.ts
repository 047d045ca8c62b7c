/** Audio recordings of rhymes: length for feeds, duration for people, type from the file. */
import { readFileSync, statSync } from 'node:fs';
import { fileKey, recordRead } from '../page-reuse/page-reads';

/** `1:05` for 65 seconds; `itunes:duration` uses the same form. */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** `1分05秒` for people. */
export function durationInWords(seconds: number): string {
  const whole = Math.round(seconds);
  const m = Math.floor(whole / 60);
  const s = whole % 60;
  return m ? `${m}分${String(s).padStart(2, '0')}秒` : `${s}秒`;
}

/** The file's length in bytes, read for the page being rendered (a feed reused while its recording is the same file, src/page-reuse/). */
export function byteLength(path: string): number {
  recordRead(fileKey(path));
  return statSync(path).size;
}

/** The audio format a file really holds, from its first bytes; undefined when it is none we accept. */
export function sniffAudio(path: string): 'mp3' | 'ogg' | 'm4a' | undefined {
  const head = readFileSync(path).subarray(0, 12);
  if (head.subarray(0, 3).toString('latin1') === 'ID3' || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  if (head.subarray(0, 4).toString('latin1') === 'OggS') return 'ogg';
  if (head.subarray(4, 8).toString('latin1') === 'ftyp') return 'm4a';
  return undefined;
}
