/**
 * The site's icons, drawn here and rendered by sharp at build time: a white
 * shield with the site's blue cross on the header's blue. The drawing fills
 * its square and keeps the shield inside the middle 80 %, so one picture
 * serves as a plain icon, as a maskable one (Android crops it to a circle or
 * squircle) and as Apple's touch icon (which iOS rounds itself).
 */
import sharp from 'sharp';

export const ICON_BACKGROUND = '#0b5394';

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
<rect width="512" height="512" fill="${ICON_BACKGROUND}"/>
<path d="M256 128 376 172v96c0 64-50 108-120 132-70-24-120-68-120-132v-96z" fill="#fff"/>
<path d="M234 196h44v52h52v44h-52v52h-44v-52h-52v-44h52z" fill="${ICON_BACKGROUND}"/>
</svg>`;

/** The icon as a square PNG of `size` pixels. */
export function iconPng(size: number): Promise<Buffer> {
  return sharp(Buffer.from(ICON_SVG), { density: Math.max(72, (72 * size) / 512) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/**
 * /favicon.ico for browsers and tools that ask for it by name: an ICO file
 * holding PNG images (allowed since Windows Vista; every current browser reads
 * them), which sharp cannot write itself. Layout: a 6-byte header, a 16-byte
 * entry per image, then the images.
 */
export async function faviconIco(sizes: readonly number[] = [16, 32, 48]): Promise<Buffer> {
  const images = await Promise.all(sizes.map(iconPng));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map((png, i) => {
    const entry = Buffer.alloc(16);
    const size = sizes[i]!;
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width (0 means 256)
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images]);
}
