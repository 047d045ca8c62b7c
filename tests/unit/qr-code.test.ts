import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr-code';

/** What a phone camera would read from the poster's QR code. */
async function scan(svg: string): Promise<string> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(400).flatten({ background: '#fff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const luminance = new RGBLuminanceSource(new Uint8ClampedArray(data), info.width, info.height);
  return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance))).getText();
}

describe('poster QR codes', () => {
  it.each([
    'https://example.gov.cn/notices/2026-11-12-fangkong-tonggao-3/',
    'https://lanxi.example.org/rhymes/2026-10-25-changsha-sanzijing/',
    'https://a.example/n/',
  ])('scan back to the page address: %s', async (url) => {
    const svg = await qrSvg(url);
    expect(svg).toMatch(/^<svg/);
    expect(await scan(svg)).toBe(url);
  });
});
