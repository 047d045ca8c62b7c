/** QR codes for posters, made at build time as SVG (no script on the page). */
import encodeQR from 'qr';

/**
 * The URL as a QR code (byte mode, error correction M, a two-module quiet
 * zone). The `qr` library picks the mask by the standard's penalty scores: a
 * fixed mask, used before to save time, gave some addresses a code that a
 * reader could not find (tests/build/posters.test.ts scans every poster).
 *
 * Dark modules are drawn as one stroke per run along a row, so a code is a
 * few kilobytes, not one shape per module.
 */
export function qrSvg(url: string): string {
  const modules = encodeQR(url, 'raw', { ecc: 'medium', border: 2, encoding: 'byte' });
  const size = modules.length;
  let path = '';
  modules.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      const start = x;
      while (x < size && row[x]) x++;
      path += `M${start} ${y + 0.5}h${x - start}`;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><path fill="#fff" d="M0 0h${size}v${size}H0z"/><path stroke="#000" d="${path}"/></svg>`;
}
