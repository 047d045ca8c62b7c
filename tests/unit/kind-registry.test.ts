/**
 * The registry (src/content-model/kinds.ts) is the one list of content kinds:
 * everything else derives from it, and every field carries its Chinese name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, fieldTitle, objectFields } from '../../src/content-model/field-labels';
import { ENTRY_KIND_NAMES, ENTRY_SCHEMAS, KINDS, REGIONS } from '../../src/content-model/kinds';

const ROOT = join(import.meta.dirname, '../..');
const REGISTRY = 'src/content-model/kinds.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name) && !entry.parentPath.includes('fixtures'))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** A file's code without its comments. */
const codeOf = (file: string) =>
  readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|\s)\/\/.*$/gm, '$1');

/**
 * Left out, each for its reason: the interface strings name every section of the site (the menu's wording);
 * the scaffolder drafts each kind it offers in its own way (a kind without `scaffoldHint` is not offered);
 * the benchmark's generator makes a corpus in realistic proportions per kind.
 */
const NOT_DEFINITIONS = ['src/i18n/ui.ts', 'src/scaffold/answers.ts', 'tests/bench/'];
const CODE = [...sourceFiles('src'), ...sourceFiles('tests'), 'astro.config.mjs'].filter((file) => file !== REGISTRY);

/** Files holding an object with four or more kinds as keys within eight lines: a kind → something map. */
function kindMapsOutsideRegistry(): string[] {
  const names = ENTRY_KIND_NAMES.flatMap((kind) => [kind, KINDS[kind].singular]);
  const key = new RegExp(`(?:^|[{,])\\s*['"]?(${names.join('|')})['"]?\\??:`, 'gm');
  const kindOf = (name: string) => ENTRY_KIND_NAMES.find((kind) => kind === name || KINDS[kind].singular === name);
  return CODE.filter((file) => !NOT_DEFINITIONS.some((skip) => file.startsWith(skip))).filter((file) => {
    const lines = codeOf(file).split('\n');
    return lines.some((_, start) => new Set([...lines.slice(start, start + 8).join('\n').matchAll(key)].map((m) => kindOf(m[1]!))).size >= 4);
  });
}

/** Files importing four or more of the kinds' schemas: only the registry puts them side by side. */
function schemaListsOutsideRegistry(): string[] {
  const schemaImport = /import \{[^}]*\b(?:[A-Z]\w*Schema|create\w+Schema)\b[^}]*\} from '[./]+(?:src\/)?schemas\/\w+'/g;
  return CODE.filter((file) => [...codeOf(file).matchAll(schemaImport)].length >= 4);
}

/** Files spelling out which extensions a kind's files have. */
function extensionListsOutsideRegistry(): string[] {
  return CODE.filter((file) => /\[\s*'md',\s*'mdx'\s*\]|\[\s*'yaml',\s*'yml'\s*\]/.test(codeOf(file)));
}

describe('the kind registry', () => {
  it('is the only place that lists the kinds, their schemas and their files', () => {
    expect(kindMapsOutsideRegistry()).toEqual([]);
    expect(schemaListsOutsideRegistry()).toEqual([]);
    expect(extensionListsOutsideRegistry()).toEqual([]);
  });

  it.each([...ENTRY_KIND_NAMES, 'regions'])('gives every field of %s a Chinese name on the schema', (kind) => {
    const schema = kind === 'regions' ? REGIONS.listSchema : ENTRY_SCHEMAS[kind as keyof typeof ENTRY_SCHEMAS];
    const fields = Object.entries(objectFields(schema));
    expect(fields.length).toBeGreaterThan(0);
    const unnamed = fields.filter(([, field]) => !/[\u4e00-\u9fff]/.test(fieldTitle(field) ?? '')).map(([name]) => name);
    expect(unnamed).toEqual([]);
  });

  it('names a field the same in every kind that has it, so one message means one thing', () => {
    const conflicts = [...Object.values(ENTRY_SCHEMAS), REGIONS.listSchema].flatMap((schema) =>
      Object.entries(objectFields(schema))
        .filter(([name, field]) => fieldTitle(field) !== FIELD_LABELS[name])
        .map(([name, field]) => `${name}: ${fieldTitle(field)} ≠ ${FIELD_LABELS[name]}`),
    );
    expect(conflicts).toEqual([]);
  });
});
