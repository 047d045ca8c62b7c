/**
 * Every JSON-LD block of the built sample site against schema.org's own
 * vocabulary (schema-dts's declarations of the current release, read by
 * tests/helpers/schema-org-vocabulary.ts): each `@type` a schema.org type,
 * each property one that type or a supertype defines, each schema.org URL
 * given as a value (days of the week…) a term schema.org has. Search engines
 * and apps drop what they do not know, silently; this says which.
 */
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, readText } from '../helpers/dist-files';
import { readSchemaOrgVocabulary, vocabularyProblems } from '../helpers/schema-org-vocabulary';

const dist = inject('sampleDist');
const vocabulary = readSchemaOrgVocabulary();

/** Each JSON-LD block of the site, parsed, with the page it is on. */
const blocks = htmlFiles(dist).flatMap((page) =>
  [...readText(dist, page).matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => ({ page, data: JSON.parse(m[1]!) as unknown })),
);

describe('JSON-LD against the schema.org vocabulary (sample site)', () => {
  it('reads the vocabulary: hundreds of types, properties inherited from supertypes, enumeration members', () => {
    expect(vocabulary.properties.size).toBeGreaterThan(800);
    const announcement = vocabulary.properties.get('SpecialAnnouncement')!;
    // Its own, CreativeWork's and Thing's.
    for (const property of ['spatialCoverage', 'category', 'datePosted', 'expires', 'inLanguage', 'name', 'url']) expect(announcement, property).toContain(property);
    expect(vocabulary.properties.get('NewsArticle')).toContain('headline');
    expect(vocabulary.properties.get('MedicalClinic')).toContain('openingHoursSpecification');
    expect(vocabulary.terms).toContain('https://schema.org/Monday');
  });

  it('finds what is not schema.org: an unknown type, a property of another type, an unknown term', () => {
    const found = vocabularyProblems(
      { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x', telephone: '110', about: { '@type': 'Notice', name: 'y' }, genre: 'https://schema.org/Someday' },
      vocabulary,
    );
    expect(found.map((p) => p.path).sort()).toEqual(['NewsArticle.about', 'NewsArticle.genre', 'NewsArticle.telephone'].sort());
  });

  it('finds JSON-LD on the notice, clinic, article and hotline pages', () => {
    const types = new Set(blocks.map(({ data }) => (data as { '@type'?: string })['@type']));
    for (const type of ['SpecialAnnouncement', 'MedicalClinic', 'NewsArticle', 'GovernmentOrganization']) expect(types, type).toContain(type);
  });

  it('uses only schema.org types, their properties and schema.org terms in every block', () => {
    const problems = blocks.flatMap(({ page, data }) => vocabularyProblems(data, vocabulary).map(({ path, problem }) => `${page}: ${path}: ${problem}`));
    expect(problems).toEqual([]);
  });
});
