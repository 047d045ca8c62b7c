/**
 * The author's guide (docs/写作指南.md) is only useful while its examples pass
 * the checker. Every fenced block with `file=<path>` is written into a fresh
 * content folder, with placeholder images, recordings and attachments, and the
 * folder must check without a single problem. The guide must also describe
 * every field of every kind and quote the checker's messages as they are.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContentDate } from '../../src/lifecycle/beijing-time';
import { checkContentFolder, type ContentCheck } from '../../src/checking/content-check';
import { ENTRY_KIND_NAMES, ENTRY_SCHEMAS, KINDS, REGIONS, type EntryKind } from '../../src/content-model/kinds';
import { FIELD_LABELS } from '../../src/content-model/field-labels';
import { inputJsonSchema } from '../../src/content-model/editor-schemas';
import { formatProblems } from '../../src/checking/content-problems';
import { contentWarnings } from '../../src/checking/content-warnings';
import { noticeStatus, type LifecycleFields } from '../../src/lifecycle/notice-status';
import { isPublished } from '../../src/lifecycle/publish';
import { PLACEHOLDER_DIRS, referencesOf, writePlaceholder, type Reference } from '../helpers/example-files';

const ROOT = resolve(import.meta.dirname, '../..');
const GUIDE_PATH = join(ROOT, 'docs/写作指南.md');
const CONTRACT_PATH = resolve(ROOT, '../shared/CONTENT-MODEL.md');
/** "Today" in the guide's story (its appendix lists each notice's status on this day). */
const GUIDE_NOW = parseContentDate('2026-11-22T12:00+08:00')!;
const VERIFY_WITHIN_DAYS = 30;

const guide = readFileSync(GUIDE_PATH, 'utf8');

interface Block {
  info: string;
  file?: string;
  text: string;
  /** Line of the opening fence in the guide, for messages. */
  line: number;
}

/** Fenced code blocks (``` or ~~~, up to three spaces of indent), CommonMark-style. */
function fencedBlocks(markdown: string): Block[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, rest] = open as unknown as [string, string, string, string];
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[j]!);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      const line = lines[j]!;
      const strip = Math.min(indent.length, line.length - line.trimStart().length);
      body.push(line.slice(strip));
    }
    const info = rest.trim();
    blocks.push({ info, file: /(?:^|\s)file=(\S+)/.exec(info)?.[1], text: `${body.join('\n')}\n`, line: i + 1 });
    i = j;
  }
  return blocks;
}

const examples = fencedBlocks(guide).filter((block) => block.file !== undefined) as Array<Block & { file: string }>;

/** The section of the guide under the first heading that contains `marker`, down to the next heading of the same or a higher level. */
function guideSection(marker: string): string {
  const lines = guide.split('\n');
  const start = lines.findIndex((line) => /^#{1,6}\s/.test(line) && line.includes(marker));
  if (start < 0) return '';
  const level = /^(#+)/.exec(lines[start]!)![1]!.length;
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const heading = /^(#+)\s/.exec(lines[i]!);
    if (heading && heading[1]!.length <= level) {
      end = i;
      break;
    }
  }
  return lines.slice(start, end).join('\n');
}

/** `field`, or `parent.field`, written as inline code. */
const mentions = (text: string, field: string) => new RegExp(`\`(?:[\\w.]+\\.)?${field}\``).test(text);

// Zod 4 internals, just enough to walk the schemas' fields.
type AnySchema = { def: { type: string; innerType?: AnySchema; element?: AnySchema; options?: AnySchema[] }; shape?: Record<string, AnySchema> };

/** Keys of the objects nested in a field (`withdrawn` → date, reason; `changes` → date, note). */
function nestedKeys(schema: AnySchema): string[] {
  const { def } = schema;
  if (def.type === 'object' && schema.shape) return Object.keys(schema.shape);
  if (def.innerType) return nestedKeys(def.innerType);
  if (def.element) return nestedKeys(def.element);
  if (def.options) return def.options.flatMap(nestedKeys);
  return [];
}

const SCHEMAS = { ...ENTRY_SCHEMAS, regions: REGIONS.schema } as unknown as Record<EntryKind | 'regions', AnySchema>;

/** Where each kind is described: the guide's heading names its folder or file. */
const MARKERS = {
  ...Object.fromEntries(ENTRY_KIND_NAMES.map((kind) => [kind, `content/${kind}/`])),
  regions: `content/${REGIONS.file}`,
} as Record<EntryKind | 'regions', string>;

/** Field names in CONTENT-MODEL.md's tables (`| \`field\` |`, or several in one cell), by the kind whose section they are in. */
function contractFields(): Partial<Record<EntryKind, string[]>> {
  const result: Partial<Record<EntryKind, string[]>> = {};
  let kind: EntryKind | undefined;
  for (const line of readFileSync(CONTRACT_PATH, 'utf8').split('\n')) {
    if (line.startsWith('## ')) kind = ENTRY_KIND_NAMES.find((name) => line.includes(`content/${name}/`));
    const cell = /^\|([^|]*)\|/.exec(line)?.[1];
    if (!kind || !cell) continue;
    const names = [...cell.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]!);
    if (names.length) result[kind] = [...(result[kind] ?? []), ...names];
  }
  return result;
}

// ---- the tests ----

let dir: string;
let check: ContentCheck;
const references: Reference[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'guide-examples-'));
  for (const example of examples) {
    const target = join(dir, example.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, example.text);
    references.push(...referencesOf(example.file, example.text));
  }
  for (const ref of references) {
    if (!PLACEHOLDER_DIRS.test(ref.path)) continue; // reported by a test below
    await writePlaceholder(resolve(dirname(join(dir, ref.entry)), ref.path), ref.what);
  }
  check = checkContentFolder(dir);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the examples in docs/写作指南.md', () => {
  it('are there, one file each', () => {
    expect(examples.length).toBeGreaterThan(0);
    const files = examples.map((example) => example.file);
    expect(files.filter((file, index) => files.indexOf(file) !== index), 'the same file= twice').toEqual([]);
  });

  it('include an example of every kind and regions.yaml', () => {
    const files = examples.map((example) => example.file);
    expect(files).toContain(REGIONS.file);
    for (const kind of ENTRY_KIND_NAMES) {
      expect(files.some((file) => file.startsWith(`${kind}/`)), `no example under ${kind}/`).toBe(true);
    }
  });

  it('only name files the checker reads as content', () => {
    const known = examples.filter((e) => e.file === REGIONS.file || ENTRY_KIND_NAMES.some((kind) => e.file.startsWith(`${kind}/`)));
    expect(examples.filter((e) => !known.includes(e)).map((e) => `${e.file} (line ${e.line})`)).toEqual([]);
    expect(check.entries.length + 1).toBe(examples.length);
  });

  it('keep images, recordings and attachments under ./images/, ./audio/ or ./files/', () => {
    expect(references.filter((ref) => !PLACEHOLDER_DIRS.test(ref.path)).map((ref) => `${ref.entry}: ${ref.path}`)).toEqual([]);
    expect(references.map((ref) => ref.what)).toEqual(expect.arrayContaining(['image', 'audio', 'attachment']));
  });

  it('pass the content check without a single problem', () => {
    expect(check.problems, check.problems.length ? formatProblems(check.problems) : '').toEqual([]);
  });

  it('raise no warnings on the day the guide calls today', () => {
    const warnings = contentWarnings(check.entries, GUIDE_NOW, VERIFY_WITHIN_DAYS);
    expect(warnings, warnings.length ? formatProblems(warnings) : '').toEqual([]);
  });

  it('have the statuses the guide says they have on that day', () => {
    const notices = check.entries.filter((entry) => entry.kind === 'notices');
    const published = notices.filter((entry) => isPublished(entry.data, GUIDE_NOW)) as unknown as Array<{ id: string; data: LifecycleFields }>;
    const appendix = guideSection('附：');
    for (const notice of notices) {
      const row = appendix.split('\n').find((line) => line.startsWith(`| \`notices/${notice.id}.`));
      expect(row, `appendix row for ${notice.id}`).toBeDefined();
      const said = row!.split('|').at(-2)!.trim();
      if (isPublished(notice.data, GUIDE_NOW)) {
        const status = noticeStatus(notice as unknown as { id: string; data: LifecycleFields }, published, GUIDE_NOW);
        expect(said.startsWith(status.label), `${notice.id}: guide says “${said}”, site says “${status.label}”`).toBe(true);
      } else {
        expect(said, notice.id).toMatch(/发布/);
      }
    }
  });

  it('use only phone numbers that reach nobody, and no real sample place', () => {
    const fictional = /^(?:0700-0\d{7}|100\d{8})$/;
    const phones = check.entries.flatMap((entry) => ((entry.data.phones ?? []) as string[]).map((phone) => ({ file: entry.file, phone })));
    expect(phones.length).toBeGreaterThan(0);
    expect(phones.filter(({ phone }) => !fictional.test(phone))).toEqual([]);
    const written = examples.flatMap((example) =>
      [...example.text.matchAll(/(?<!\d)(?:0\d{2,3}[- ]?\d{7,8}|1\d{10})(?!\d)/g)].map((m) => ({ file: example.file, phone: m[0] })),
    );
    expect(written.filter(({ phone }) => !fictional.test(phone))).toEqual([]);
    expect(examples.filter((example) => example.text.includes('岚溪')).map((example) => example.file)).toEqual([]);
  });
});

// The contract lives beside the repository (../shared/); CI clones main with it beside. Without it,
// the schema fields are still checked, and the contract's tables are skipped — loudly.
const hasContract = existsSync(CONTRACT_PATH);
if (!hasContract) console.warn(`\n⚠ ${CONTRACT_PATH} not found: the guide is checked against the schemas only, not the contract's tables.\n`);

describe('docs/写作指南.md describes every field', () => {
  const contract = hasContract ? contractFields() : {};

  it.skipIf(!hasContract)('reads the contract’s tables', () => {
    for (const kind of ENTRY_KIND_NAMES) expect(contract[kind]?.length, kind).toBeGreaterThan(3);
  });

  for (const kind of [...ENTRY_KIND_NAMES, 'regions'] as const) {
    it(`of ${kind}, in its own section`, () => {
      const section = guideSection(MARKERS[kind]);
      expect(section, `a heading naming ${MARKERS[kind]}`).not.toBe('');
      const shape = SCHEMAS[kind].shape!;
      const fields = new Set([...Object.keys(shape), ...(kind === 'regions' ? [] : (contract[kind] ?? []))]);
      for (const schema of Object.values(shape)) for (const nested of nestedKeys(schema)) fields.add(nested);
      expect([...fields].filter((field) => !mentions(section, field))).toEqual([]);
    });
  }
});

describe('docs/写作指南.md quotes the checker', () => {
  /** The fixed parts of every Chinese message in the checker's source, with `${…}` cut out. */
  function messageFragments(file: string): string[] {
    const source = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
      .map((line) => line.replace(/\s\/\/.*$/, ''))
      .join('\n');
    const fragments: string[] = [];
    for (const literal of source.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)) {
      const text = literal[2]!.replace(/\$\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/g, '\u0000');
      // Example phone numbers in messages are quoted as “…”, so they split a message too.
      for (const part of text.split(/\u0000|\$\{|['"`]\s*\}|\d[\d-]{6,}\d/)) {
        const fragment = part.trim().replace(/^['"`\s,.;:：、，。]+|['"`\s,]+$/g, '');
        const cjk = fragment.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
        if (cjk >= 2) fragments.push(fragment);
      }
    }
    return fragments;
  }

  /** Every field's name and hint in the schemas (`.meta({ title, description })`), at any depth. */
  const formWords = (node: unknown): string[] =>
    node && typeof node === 'object'
      ? Object.entries(node).flatMap(([key, value]) => ((key === 'title' || key === 'description') && typeof value === 'string' ? [value] : formWords(value)))
      : [];
  // Kind names, menu hints, field names and the forms' hints are words, not messages.
  const KIND_WORDS = new Set<string>([
    ...Object.values(KINDS).flatMap((kind) => [kind.label, kind.scaffoldHint]),
    ...Object.values(FIELD_LABELS),
    ...Object.values(ENTRY_SCHEMAS).flatMap((schema) => formWords(inputJsonSchema(schema))),
  ]);
  const sources = [
    ...readdirSync(join(ROOT, 'src/schemas')).map((name) => join(ROOT, 'src/schemas', name)),
    ...['content-rules', 'content-check', 'content-warnings', 'zod-problems', 'content-source', 'unfinished-rules', 'entry-paths', 'content-files', 'body-html', 'supersede-cycles', 'published-names', 'mdx-syntax', 'mdx-body-rules', 'mdx-components'].map((name) => join(ROOT, 'src/checking', `${name}.ts`)),
    join(ROOT, 'src/content-model/kinds.ts'),
  ];

  for (const source of sources) {
    it(`word for word: ${source.slice(ROOT.length + 1)}`, () => {
      const fragments = messageFragments(source).filter((fragment) => !KIND_WORDS.has(fragment));
      expect(fragments.filter((fragment) => !guide.includes(fragment))).toEqual([]);
    });
  }
});
