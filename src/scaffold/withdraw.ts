/**
 * Adding `withdrawn: { date, reason }` to a notice's front matter and nothing
 * else: every other byte of the file — comments, quoting, blank lines, the
 * body — stays as the author left it.
 */
import { Document, parseDocument } from 'yaml';
import { FRONT_MATTER } from '../checking/content-source';
import { YAML_OUTPUT } from './yaml-text';


export class FrontMatterError extends Error {}

export interface Withdrawal {
  date: string;
  reason: string;
}

/**
 * The file's text with `withdrawn` added at the end of its front matter.
 * The new field is made with the yaml Document API (`doc.set`, `String(doc)`);
 * when re-printing the document would change anything the author wrote, the
 * field's text is appended to the original instead, so the rest is untouched.
 */
export function addWithdrawn(fileText: string, withdrawal: Withdrawal): string {
  const match = FRONT_MATTER.exec(fileText);
  if (!match) throw new FrontMatterError('文件开头缺少用 --- 包起来的信息栏（front matter），没法加上撤销信息');
  const [whole, open, yamlText, close] = match as unknown as [string, string, string, string];
  const eol = open.endsWith('\r\n') ? '\r\n' : '\n';
  const source = yamlText.replace(/\r\n/g, '\n');
  const doc = parseDocument(source, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length) throw new FrontMatterError(`信息栏的写法有误：${doc.errors[0]!.message.split('\n')[0]}`);
  if (doc.has('withdrawn')) throw new FrontMatterError('信息栏里已经有 withdrawn（撤销）了，不用再加');

  const value = { date: withdrawal.date, reason: withdrawal.reason };
  const reprinted = doc.toString(YAML_OUTPUT);
  const original = source.endsWith('\n') || source === '' ? source : `${source}\n`;
  let updated: string;
  if (reprinted === original) {
    doc.set('withdrawn', doc.createNode(value));
    updated = doc.toString(YAML_OUTPUT);
  } else {
    updated = original + new Document({ withdrawn: value }).toString(YAML_OUTPUT);
  }
  // `close` starts with the line break that ended the YAML; `updated` already ends with one.
  const closing = close.replace(/^\r?\n/, '');
  const yamlOut = updated.replace(/\n/g, eol);
  return open + yamlOut + closing + fileText.slice(whole.length);
}
