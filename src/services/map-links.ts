/**
 * Links that open a clinic in the map apps residents use. The contract gives
 * WGS-84; 高德 uses GCJ-02 and 百度 BD-09, so coordinates are converted with
 * gcoord and the coordinate system is also named in each link.
 */
import gcoord from 'gcoord';
import type { LatLng } from './distance';

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** WGS-84 → GCJ-02 (高德, 腾讯). Outside China the two are the same. */
export function toGcj02({ lat, lng }: LatLng): LatLng {
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return { lat: round(y), lng: round(x) };
}

/** WGS-84 → BD-09 (百度). */
export function toBd09({ lat, lng }: LatLng): LatLng {
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.BD09) as [number, number];
  return { lat: round(y), lng: round(x) };
}

export interface MapLinks {
  amap: string;
  baidu: string;
  geo: string;
}

export function mapLinks(location: LatLng, name: string, address: string): MapLinks {
  const gcj = toGcj02(location);
  const bd = toBd09(location);
  const amap = new URL('https://uri.amap.com/marker');
  amap.search = new URLSearchParams({ position: `${gcj.lng},${gcj.lat}`, name, coordinate: 'gaode', callnative: '1' }).toString();
  const baidu = new URL('https://api.map.baidu.com/marker');
  baidu.search = new URLSearchParams({ location: `${bd.lat},${bd.lng}`, title: name, content: address, coord_type: 'bd09ll', output: 'html', src: 'webapp.fangkong.site' }).toString();
  return { amap: amap.href, baidu: baidu.href, geo: `geo:${location.lat},${location.lng}?q=${location.lat},${location.lng}(${encodeURIComponent(name)})` };
}
