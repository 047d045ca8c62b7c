/**
 * The files a content example points to (cover, body images, audio, attachments),
 * and placeholders for them, so the author's guide's examples can be checked
 * as a real content folder (tests/unit/guide-examples.test.ts).
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp, { type FormatEnum } from 'sharp';
import { parseContentSource } from '../../src/checking/content-source';

const SAMPLE_MP3 = join(resolve(import.meta.dirname, '../..'), 'content/rhymes/audio/2026-10-25-changsha-sanzijing.mp3');

export const PLACEHOLDER_DIRS = /^\.\/(images|audio|files)\//;

export interface Reference {
  entry: string;
  path: string;
  what: 'image' | 'audio' | 'attachment';
}

export function referencesOf(file: string, text: string): Reference[] {
  const { data, body } = parseContentSource(file, text);
  const fields = (data ?? {}) as {
    cover?: { image?: unknown };
    audio?: { file?: unknown };
    attachments?: Array<{ file?: unknown }>;
  };
  const refs: Reference[] = [];
  if (typeof fields.cover?.image === 'string') refs.push({ entry: file, path: fields.cover.image, what: 'image' });
  if (typeof fields.audio?.file === 'string') refs.push({ entry: file, path: fields.audio.file, what: 'audio' });
  for (const attachment of fields.attachments ?? []) {
    if (typeof attachment?.file === 'string') refs.push({ entry: file, path: attachment.file, what: 'attachment' });
  }
  // The same pattern the checker uses for body images.
  for (const match of body.matchAll(/!\[([^\]]*)\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)/g)) {
    const src = match[2] ?? match[3];
    if (src && !/^[a-z]+:/i.test(src)) refs.push({ entry: file, path: src, what: 'image' });
  }
  return refs;
}

export async function writePlaceholder(target: string, what: Reference['what']): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  const ext = target.split('.').pop()!.toLowerCase();
  if (what === 'attachment') {
    writeFileSync(target, '写作指南示例的占位附件。\n');
  } else if (what === 'audio') {
    // The checker reads the first bytes to tell mp3, ogg and m4a apart.
    if (ext === 'mp3') copyFileSync(SAMPLE_MP3, target);
    else if (ext === 'ogg') writeFileSync(target, Buffer.concat([Buffer.from('OggS'), Buffer.alloc(60)]));
    else if (ext === 'm4a') writeFileSync(target, Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypM4A '), Buffer.alloc(52)]));
    else copyFileSync(SAMPLE_MP3, target); // the checker will name the wrong extension
  } else if (ext === 'svg') {
    writeFileSync(target, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="#888"/></svg>\n');
  } else {
    const format = ext === 'jpg' ? 'jpeg' : ext === 'tif' ? 'tiff' : ext;
    await sharp({ create: { width: 10, height: 10, channels: 3, background: '#888' } })
      .toFormat(format as keyof FormatEnum)
      .toFile(target);
  }
}

