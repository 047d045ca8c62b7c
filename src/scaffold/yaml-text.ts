/**
 * Writing YAML for authors: fields in a fixed order, quoted only where YAML
 * needs it, short lists on one line, phone numbers always in quotes (so
 * `12345` or `0731…` stay text), and no line folding.
 */
import { Document, isScalar, isSeq, Scalar } from 'yaml';

export const YAML_OUTPUT = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

export interface YamlStyle {
  /** Lists written on one line: `tags: [a, b]`. */
  flow?: readonly string[];
  /** Fields whose values (or list items) are always double-quoted. */
  quoted?: readonly string[];
}

/** The fields as YAML, in the order given; `undefined` values are left out. */
export function yamlFields(fields: Record<string, unknown>, style: YamlStyle = {}): string {
  const present = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const doc = new Document(present);
  for (const key of Object.keys(present)) {
    const node = doc.get(key, true);
    if (isSeq(node) && style.flow?.includes(key)) node.flow = true;
    if (style.quoted?.includes(key)) {
      const scalars = isSeq(node) ? node.items : [node];
      for (const item of scalars) if (isScalar(item)) item.type = Scalar.QUOTE_DOUBLE;
    }
  }
  return doc.toString(YAML_OUTPUT);
}

const ALIGN_UP_TO = 36;

/** Columns a terminal or editor gives the text: Chinese characters and full-width punctuation take two. */
function displayWidth(text: string): number {
  return [...text].reduce((sum, char) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1), 0);
}

/**
 * Optional fields shown as comments, so an author sees what else can be
 * written: each line is `# key: example`, with its note after it.
 */
export function commentedFields(heading: string, lines: ReadonlyArray<readonly [example: string, note?: string]>): string {
  if (!lines.length) return '';
  // Notes line up in one column, except after an example too long to wait for.
  const width = Math.max(0, ...lines.map(([example]) => displayWidth(example)).filter((w) => w <= ALIGN_UP_TO));
  const pad = (text: string) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
  const body = lines.map(([example, note]) => (note ? `# ${pad(example)}  # ${note}` : `# ${example}`));
  return [`# —— ${heading} ——`, ...body].join('\n') + '\n';
}

/** A Markdown file: front matter between `---` lines, then the body. */
export function markdownFile(frontMatter: string, body: string): string {
  return `---\n${frontMatter.trimEnd()}\n---\n\n${body.trim()}\n`;
}
