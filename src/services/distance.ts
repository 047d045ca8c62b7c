/** Distances for "near me": small and dependency-free, it runs in the browser. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** Great-circle distance in metres (spherical Earth; plenty for "which clinic is nearer"). */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** `约 850 米` / `约 3.2 公里`. */
export function distanceText(metres: number): string {
  return metres < 1000 ? `约 ${Math.round(metres / 10) * 10} 米` : `约 ${(metres / 1000).toFixed(1)} 公里`;
}
