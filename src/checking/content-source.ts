/**
 * Reading authors' files exactly as written. YAML is read with the YAML 1.2
 * core schema, so `2026-11-22` stays text (our time module reads it as Beijing
 * time, not UTC) and `0731…` numbers keep their leading zero. The site's
 * collections and the content check both read through here, so both see the
 * same data.
 *
 * Two readers, one result: js-yaml reads every file (about six times faster),
 * and `yaml`, which keeps each value's line and words its errors better, reads
 * a file only when its YAML cannot be read, it has an explicit tag, or a message
 * needs a line number.
 * tests/unit/content-source.test.ts checks that both read the same data.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { CORE_SCHEMA, floatCoreTag, intCoreTag, load, NOT_RESOLVED } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';

/** Leading-zero digit strings (`0731…`, `010`) stay text, as people wrote them. */
const customTags = (tags: unknown[]) =>
  tags.map((tag) => {
    const t = tag as { tag?: string; format?: string };
    return t.tag === 'tag:yaml.org,2002:int' && !t.format ? { ...t, test: /^[-+]?(?:0|[1-9][0-9]*)$/ } : tag;
  });

export interface ParsedSource {
  data: unknown;
  body: string;
  /** Line of the file the body starts on (after the front matter), for problems found in the body. */
  bodyLine?: number;
  /** The problem in the YAML itself, with its line, when it cannot be read at all. */
  syntaxError?: { line: number; message: string };
  /** Line (1-based, in the whole file) where the value at a field path starts. */
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
}

/** Opening `---` line, the YAML, and the closing `---` line with its line end. */
export const FRONT_MATTER = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n?---[ \t]*(?:\r?\n|$))/;

/**
 * js-yaml with `yaml`'s core-schema numbers, so both read a value alike: `0731`
 * stays text (see customTags), and a number without a point or exponent is never
 * a float (`00` is text).
 */
const INT = /^(?:[-+]?(?:0|[1-9][0-9]*)|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const QUICK_SCHEMA = CORE_SCHEMA.withTags(
  { ...intCoreTag, resolve: (text: string, explicit: boolean, tag: string) => (INT.test(text) ? intCoreTag.resolve(text, explicit, tag) : NOT_RESOLVED) },
  { ...floatCoreTag, resolve: (text: string, explicit: boolean, tag: string) => (FLOAT.test(text) ? floatCoreTag.resolve(text, explicit, tag) : NOT_RESOLVED) },
);
/** An explicit tag (`!!str 0731`): the two readers differ on some, so `yaml` reads such files. */
const TAG = /(?:^|[\s[{,])!/;
/**
 * An alias (`*name`): js-yaml shares the anchored value and cannot limit how often, so a 500-byte
 * "billion laughs" file becomes billions of values once walked. `yaml` counts aliases before it
 * expands anything (MAX_ALIASES), so such files go to it.
 */
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,[\]{}]/;
const MAX_ALIASES = 100;
/** Said of a tag the core schema does not know (`!custom`, `!!js/function`): it is refused, never run or guessed at. */
export const UNKNOWN_TAG_MESSAGE = 'YAML 里以 ! 开头的标签（例如 !!js/function）网站不认得，也不会执行；请删去 ! 开头的部分，直接写内容';
/** Said when a file holds more aliases than that: far more than any real front matter, and how an attack looks. */
export const ALIAS_BOMB_MESSAGE = 'YAML 里的别名（* 引用）展开后太大，读不完；请不要用 & 和 * 引用，直接写出内容';

/** js-yaml's reading, or undefined when it cannot read the text or should not (`yaml` then does). */
function readQuickly(source: string): { data: unknown } | undefined {
  if (TAG.test(source) || ALIAS.test(source)) return undefined;
  try {
    return { data: load(source, { schema: QUICK_SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}

function parseYaml(source: string, firstLine: number): Omit<ParsedSource, 'body'> {
  const quick = readQuickly(source);
  if (!quick) return parseYamlFully(source, firstLine);
  let full: Omit<ParsedSource, 'body'> | undefined;
  return { data: quick.data, lineOf: (path) => (full ??= parseYamlFully(source, firstLine)).lineOf(path) };
}

/** `yaml`'s reading: slower, but it knows where every value starts. */
export function parseYamlFully(source: string, firstLine = 1): Omit<ParsedSource, 'body'> {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { schema: 'core', customTags: customTags as never, lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const first = doc.errors[0];
  let data: unknown;
  let syntaxError = first ? { line: lineAt(first.pos[0]), message: (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '') } : undefined;
  // A core type's tag that does not fit its value (`!!float 3`) is read as before; any other tag is refused.
  const unknownTag = doc.warnings.find((warning) => warning.code === 'TAG_RESOLVE_FAILED' && !/tag:yaml\.org,2002:(str|int|float|bool|null|seq|map)\b/.test(warning.message));
  if (!syntaxError && unknownTag) syntaxError = { line: lineAt(unknownTag.pos[0]), message: UNKNOWN_TAG_MESSAGE };
  if (!first) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch {
      // `yaml` throws a ReferenceError for too many aliases, before expanding them.
      syntaxError = { line: firstLine, message: ALIAS_BOMB_MESSAGE };
    }
  }
  return {
    data,
    syntaxError,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return lineAt(node.range[0]);
      }
      return undefined;
    },
  };
}

/** Splits and reads a Markdown/MDX file's front matter; the body is what follows it. */
export function parseMarkdownSource(text: string): ParsedSource {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { data: {}, body: text, lineOf: () => undefined, syntaxError: { line: 1, message: '文件开头缺少用 --- 包起来的信息栏（front matter）' } };
  }
  const bodyLine = match[0].split('\n').length;
  return { ...parseYaml(match[2] ?? '', 2), body: text.slice(match[0].length), bodyLine };
}

/** Reads a YAML data file. */
export function parseYamlSource(text: string): ParsedSource {
  return { ...parseYaml(text, 1), body: '' };
}

/**
 * What each file's front matter or YAML read as, by path, and what the schema
 * made of it if the content check validated it: the check reads every file
 * before the build, and the collections' loaders take the same data instead of
 * parsing and validating again. On globalThis because Astro loads the config
 * (where the check runs) and the collections in separate module graphs. A
 * reading handed over from the live publisher's check (check-handoff.ts) is
 * known by the text's hash instead of the text.
 */
interface Reading {
  text?: string;
  digest: string;
  data: unknown;
  checked?: { output: unknown };
}
const readData = ((globalThis as Record<symbol, unknown>)[Symbol.for('content-source.read-data')] ??= new Map()) as Map<string, Reading>;

const digestOf = (text: string) => createHash('sha1').update(text).digest('base64url');
const readingOf = (fileName: string, text: string): Reading | undefined => {
  const known = readData.get(resolve(fileName));
  if (known === undefined) return undefined;
  return (known.text !== undefined ? known.text === text : known.digest === digestOf(text)) ? known : undefined;
};

/** Reads any content file by its extension. */
export function parseContentSource(fileName: string, text: string): ParsedSource {
  const parsed = /\.ya?ml$/i.test(fileName) ? parseYamlSource(text) : parseMarkdownSource(text);
  if (!parsed.syntaxError) readData.set(resolve(fileName), { text, digest: '', data: parsed.data });
  return parsed;
}

/** A file's data: as it was read before if the text is unchanged, otherwise read now. */
export function contentData(fileName: string, text: string): unknown {
  return readingOf(fileName, text)?.data ?? parseContentSource(fileName, text).data;
}

/** Keeps what the schema made of a file's data, for `checkedOutput`. */
export function rememberChecked(fileName: string, text: string, output: unknown): void {
  const known = readingOf(fileName, text);
  if (known) known.checked = { output };
}

/** How this process read a file whose text it still has: to hand to another process (check-handoff.ts). */
export function readingToHand(fileName: string): Omit<Reading, 'text'> | undefined {
  const known = readData.get(resolve(fileName));
  return known?.text === undefined ? undefined : { digest: digestOf(known.text), data: known.data, checked: known.checked };
}

/** Takes a reading handed over from another process, known by its text's hash. */
export function takeReading(fileName: string, reading: Omit<Reading, 'text'>): void {
  readData.set(resolve(fileName), reading);
}

/** What the schema made of this very text when the content check validated it, if it did. */
export function checkedOutput(fileName: string, text: string): { output: unknown } | undefined {
  return readingOf(fileName, text)?.checked;
}
