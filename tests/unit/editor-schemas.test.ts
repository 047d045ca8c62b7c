import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorSchemas } from '../../src/content-model/editor-schemas';

const dir = join(import.meta.dirname, '../../docs/schemas');

describe('JSON Schemas for editors', () => {
  const generated = editorSchemas();
  it.each(Object.keys(generated))('docs/schemas/%s is up to date (run npm run schemas)', (name) => {
    expect(readFileSync(join(dir, name), 'utf8')).toBe(generated[name]);
  });
  it('require exactly the fields the contract requires', () => {
    const required = (name: string) => (JSON.parse(generated[name]!).required as string[]).sort();
    expect(required('hotline.schema.json')).toEqual(['category', 'hours', 'name', 'phones', 'verified']);
    expect(required('clinic.schema.json')).toEqual(['address', 'hours', 'kind', 'name', 'region', 'verified']);
    expect(required('notice.schema.json')).toEqual(['authority', 'docType', 'issued', 'title']);
  });
  it('describe dates as Beijing-time text', () => {
    const hotline = JSON.parse(generated['hotline.schema.json']!);
    expect(hotline.properties.verified.type).toBe('string');
    expect(new RegExp(hotline.properties.verified.pattern).test('2026-11-22T18:00+08:00')).toBe(true);
  });
});
