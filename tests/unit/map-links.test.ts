import { describe, expect, it } from 'vitest';
import { distanceMetres } from '../../src/services/distance';
import { mapLinks, toBd09, toGcj02 } from '../../src/services/map-links';

// Tiananmen Square flagpole: WGS-84 as surveyed, and where 高德 and 百度 place it.
const TIANANMEN_WGS84 = { lat: 39.906217, lng: 116.391276 };

describe('coordinate conversion for Chinese map apps', () => {
  it('shifts Beijing by the known GCJ-02 offset (~+0.0062° lng, ~+0.0014° lat)', () => {
    const gcj = toGcj02(TIANANMEN_WGS84);
    expect(gcj.lng - TIANANMEN_WGS84.lng).toBeCloseTo(0.00624, 3);
    expect(gcj.lat - TIANANMEN_WGS84.lat).toBeCloseTo(0.00141, 3);
  });
  it('puts BD-09 a further ~0.0065° lng / ~0.006° lat from GCJ-02', () => {
    const gcj = toGcj02(TIANANMEN_WGS84);
    const bd = toBd09(TIANANMEN_WGS84);
    expect(bd.lng - gcj.lng).toBeCloseTo(0.0065, 2);
    expect(bd.lat - gcj.lat).toBeCloseTo(0.006, 2);
  });
  it('leaves points outside China unshifted', () => {
    expect(toGcj02({ lat: 51.5007, lng: -0.1246 })).toEqual({ lat: 51.5007, lng: -0.1246 });
  });
  it('moves a point a few hundred metres at most', () => {
    const shift = distanceMetres(TIANANMEN_WGS84, toGcj02(TIANANMEN_WGS84));
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(800);
  });
});

describe('map links', () => {
  it('sends converted coordinates and names the system in each link', () => {
    const links = mapLinks(TIANANMEN_WGS84, '示例门诊', '示例路1号');
    const amap = new URL(links.amap);
    const gcj = toGcj02(TIANANMEN_WGS84);
    expect(amap.searchParams.get('position')).toBe(`${gcj.lng},${gcj.lat}`);
    expect(amap.searchParams.get('coordinate')).toBe('gaode');
    const baidu = new URL(links.baidu);
    expect(baidu.searchParams.get('coord_type')).toBe('bd09ll');
    expect(links.geo.startsWith('geo:39.906217,116.391276')).toBe(true);
  });
});
