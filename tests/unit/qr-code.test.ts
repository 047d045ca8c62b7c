import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../src/posters/qr-code';
import { scanQr } from '../helpers/qr-scan';

describe('poster QR codes', () => {
  it.each([
    'https://example.gov.cn/notices/2026-11-12-fangkong-tonggao-3/',
    'https://lanxi.example.org/rhymes/2026-10-25-changsha-sanzijing/',
    'https://a.example/n/',
    // Two sample notices whose codes, with the fixed mask used before, no reader could find.
    'https://fangkong.example.org/notices/2026-10-26-songlin-jishi-zanting/',
    'https://fangkong.example.org/notices/2026-11-05-hexi-shichang-cuofeng/',
  ])('scan back to the page address: %s', async (url) => {
    const svg = qrSvg(url);
    expect(svg).toMatch(/^<svg/);
    expect(await scanQr(svg)).toBe(url);
  });
});
