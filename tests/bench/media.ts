/**
 * The few shared files the synthetic content points to, kept tiny so the
 * benchmark measures the site, not image or audio processing: one cover
 * photo for all articles, one recording for all rhymes, one attachment for
 * all notices that have one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';

/** About a quarter of a second of silent MPEG-1 Layer III (128 kbit/s, 44.1 kHz): ten frames. */
export function silentMp3(): Buffer {
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]);
  return Buffer.concat(Array.from({ length: 10 }, () => frame));
}

/** A 960×540 JPEG with a soft gradient, a few tens of KB: what a resized phone photo weighs. */
export async function coverJpeg(): Promise<Buffer> {
  const width = 960;
  const height = 540;
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = 60 + Math.round((x / width) * 120);
      pixels[i + 1] = 120 + Math.round((y / height) * 80);
      pixels[i + 2] = 90 + ((x * 7 + y * 13) % 40);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 80 }).toBuffer();
}

export const ATTACHMENT_TEXT = '居家健康监测登记表（示例）\n日期\t上午体温\t下午体温\t症状\n';

export function writeFile(path: string, data: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}
