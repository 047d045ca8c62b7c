/** QR codes for posters, made at build time as SVG by the qrcode library (no script on the page). */
import QRCode from 'qrcode';

export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
