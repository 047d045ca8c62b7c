/**
 * The picture a forwarded link shows for a page without one of its own: the
 * site's shield and its name on the header's blue, 1200 × 630 as chat apps and
 * social sites crop it. Drawn here and rendered by sharp; the name needs a CJK
 * font on the build machine (Debian's fonts-noto-cjk, which .ci/run installs).
 */
import sharp from 'sharp';
import { ICON_BACKGROUND } from '../offline/app-icons';
import { escapeHtml } from './html-escape';

export const SITE_CARD_SIZE = { width: 1200, height: 630 } as const;

/** A font size that fits `text` into the 760 px beside the shield (Chinese characters are about 1 em wide). */
const fitting = (text: string, largest: number) => Math.min(largest, Math.floor(760 / Math.max(1, [...text].length)));

function cardSvg(name: string, tagline: string): string {
  const font = `font-family="'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="${ICON_BACKGROUND}"/>
<path d="M200 170 340 222v112c0 75-58 126-140 154-82-28-140-79-140-154V222z" fill="#fff"/>
<path d="M174 250h52v60h60v52h-60v60h-52v-60h-60v-52h60z" fill="${ICON_BACKGROUND}"/>
<text x="400" y="300" fill="#fff" font-size="${fitting(name, 64)}" font-weight="700" ${font}>${escapeHtml(name)}</text>
<text x="400" y="390" fill="#dbe8f6" font-size="${fitting(tagline, 36)}" ${font}>${escapeHtml(tagline)}</text>
</svg>`;
}

/** The card as a PNG. */
export function siteCardPng(name: string, tagline: string): Promise<Buffer> {
  return sharp(Buffer.from(cardSvg(name, tagline))).png({ compressionLevel: 9 }).toBuffer();
}
