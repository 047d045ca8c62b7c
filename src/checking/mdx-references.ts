/** Entry ids named by the MDX components authors use (`<HotlineCard id="…" />`). */
import type { EntryKind } from '../content-model/kinds';

export const REFERENCING_COMPONENTS: Record<string, EntryKind> = {
  HotlineCard: 'hotlines',
  ClinicCard: 'clinics',
  NoticeRef: 'notices',
};

/** Every `<Component id="…">` of the components above in an MDX body. */
export function mdxReferences(body: string): Array<{ component: string; kind: EntryKind; id: string }> {
  const names = Object.keys(REFERENCING_COMPONENTS).join('|');
  const pattern = new RegExp(`<(${names})\\b[^>]*?\\bid=["']([^"']+)["']`, 'g');
  return [...body.matchAll(pattern)].map((m) => ({ component: m[1]!, kind: REFERENCING_COMPONENTS[m[1]!]!, id: m[2]! }));
}
