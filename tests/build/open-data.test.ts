/** /data/clinics.json and /data/hotlines.json: the documented, versioned shape (docs/open-data.md). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers/build-site';

const dist = inject('sampleDist');
const read = (name: string) => JSON.parse(readFileSync(join(dist, 'data', name), 'utf8'));
const count = (kind: string) => readdirSync(join(projectRoot, 'content', kind)).filter((f) => f.endsWith('.yaml')).length;

describe('open data', () => {
  it('lists every clinic with the version 1 fields', () => {
    const doc = read('clinics.json');
    expect(doc).toMatchObject({ version: 1, timeZone: 'Asia/Shanghai', site: 'https://fangkong.example.org/' });
    expect(doc.clinics).toHaveLength(count('clinics'));
    for (const clinic of doc.clinics) {
      expect(Object.keys(clinic).sort()).toEqual(['address', 'id', 'kind', 'location', 'name', 'notes', 'openingHours', 'phones', 'region', 'services', 'status', 'url', 'verified'].sort());
      expect(clinic.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const phone of clinic.phones) expect(phone.dial).toMatch(/^\d+$/);
      if (clinic.location) expect(clinic.location.crs).toBe('WGS-84');
    }
  });
  it('lists every hotline with dialable digits and its page anchor', () => {
    const doc = read('hotlines.json');
    expect(doc.version).toBe(1);
    expect(doc.hotlines).toHaveLength(count('hotlines'));
    for (const line of doc.hotlines) {
      expect(line.url).toBe(`https://fangkong.example.org/hotlines/#${line.id}`);
      expect(line.phones.length).toBeGreaterThan(0);
    }
  });
});
