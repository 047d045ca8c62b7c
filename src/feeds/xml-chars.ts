/**
 * Characters XML 1.0 forbids anywhere in a document: C0 controls other than tab, line
 * feed and carriage return, and U+FFFE/U+FFFF. One in an author's title (pasted from a
 * word processor) makes the whole feed not well-formed, and readers drop every item.
 * Lone surrogates cannot reach here: the text was read as UTF-8.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The text without the characters XML forbids; the rest is unchanged. */
export function withoutXmlForbidden(text: string): string {
  return text.replace(FORBIDDEN, '');
}
