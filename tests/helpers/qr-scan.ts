/** What phone cameras would read from a QR code drawn as SVG (the posters'). */
import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import decodeQR from 'qr/decode.js';
import sharp from 'sharp';

/** Drawn at ten pixels a module (a module is one SVG unit; 72 dpi draws a unit as one pixel): sharp edges, as on paper. */
const pixels = (svg: string) => sharp(Buffer.from(svg), { density: 720 }).flatten({ background: '#fff' });

/** Read with ZXing's plain QR reader, the strictest: it misses some valid codes, such as one in 30 of the posters' addresses. */
export async function scanQr(svg: string): Promise<string> {
  const { data, info } = await pixels(svg).greyscale().raw().toBuffer({ resolveWithObject: true });
  const luminance = new RGBLuminanceSource(new Uint8ClampedArray(data), info.width, info.height);
  return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(luminance))).getText();
}

/** Read with the `qr` library's decoder, a camera scanner's, at its lowest effort: no retries. */
export async function readQr(svg: string): Promise<string> {
  const { data, info } = await pixels(svg).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return decodeQR({ width: info.width, height: info.height, data }, { format: 'RGB', effort: 1 });
}
