/**
 * The note the service worker puts at the top of a page it serves from the
 * phone's storage: the copy may be out of date, and when it was saved. The
 * worker inserts plain markup with a class (styled by global.css, which every
 * page carries inline): no script and no style attribute, so the page's
 * strict policy, which hashes its own inline elements, is untouched.
 */
import { beijingParts, formatDay } from '../../lifecycle/beijing-time';
import { offlineWords } from '../../i18n/ui';

/** The header the worker adds to every response it stores: the instant it was saved (ISO 8601). */
export const SAVED_AT_HEADER = 'x-saved-at';
/** The note's class, in src/styles/global.css. */
export const NOTE_CLASS = 'saved-copy-note';

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026年11月22日 12:05`, in Beijing time whatever the phone's zone (the times on the pages are Beijing's). */
export function formatSavedAt(date: Date): string {
  const { hour, minute } = beijingParts(date);
  return `${formatDay(date)} ${pad(hour)}:${pad(minute)}`;
}

/** When a stored response was saved: our header, else the server's Date, else unknown. */
export function savedAtOf(headers: Headers): Date | undefined {
  for (const value of [headers.get(SAVED_AT_HEADER), headers.get('date')]) {
    const date = value ? new Date(value) : undefined;
    if (date && !Number.isNaN(date.getTime())) return date;
  }
  return undefined;
}

/** The note's markup: our own words and a date we formatted, nothing from the page or the network. */
export function savedCopyNote(savedAt: Date | undefined): string {
  const when = savedAt ? offlineWords.savedAt(formatSavedAt(savedAt)) : '';
  return `<p class="${NOTE_CLASS}" role="status">${offlineWords.savedCopy}${when}</p>`;
}

/** The page with the note first inside <main> (read first after the skip link), or after <body> if it has none; once only. */
export function withSavedCopyNote(html: string, savedAt: Date | undefined): string {
  if (html.includes(`class="${NOTE_CLASS}"`)) return html;
  const note = savedCopyNote(savedAt);
  const open = /<main\b[^>]*>/.exec(html) ?? /<body\b[^>]*>/.exec(html);
  if (!open) return note + html;
  const at = open.index + open[0].length;
  return html.slice(0, at) + note + html.slice(at);
}
