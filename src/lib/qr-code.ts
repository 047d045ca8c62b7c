/** QR codes for posters, made at build time as SVG by the qrcode library (no script on the page). */
import QRCode from 'qrcode';

/**
 * The URL as one byte-mode segment with a fixed mask: the library would
 * otherwise search for the shortest mix of modes and score all eight masks,
 * which was most of a poster page's build time. Any mask is valid; scanners
 * read it from the symbol (tests/unit/qr-code.test.ts decodes the result).
 */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], { type: 'svg', errorCorrectionLevel: 'M', margin: 2, maskPattern: 0 });
}
