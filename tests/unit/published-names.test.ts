import { describe, expect, it } from 'vitest';
import type { CheckedEntry } from '../../src/checking/content-rules';
import { checkedEntry } from '../helpers/checked-entry';
import { publishedNameProblems } from '../../src/checking/published-names';

const entry = (kind: CheckedEntry['kind'], id: string, data: Record<string, unknown>) => checkedEntry(kind, id, data, 4);
const found = (entries: CheckedEntry[]) => publishedNameProblems(entries).map((p) => `${p.file} ${p.field ?? '-'}`);

describe('names that become addresses', () => {
  it('refuses entry ids that break or take an address', () => {
    expect(found([entry('notices', '...', {}), entry('notices', 'rss.xml', {}), entry('notices', 'a#b', {}), entry('notices', '2026-11-25-ok', {})])).toEqual([
      'content/notices/....md -',
      'content/notices/rss.xml.md -',
      'content/notices/a#b.md -',
    ]);
  });

  it('refuses attachments named like the site’s own files, with #?% in their names, or sharing one name', () => {
    const notice = entry('notices', 'n', {
      attachments: [
        { title: 'a', file: './files/index.html' },
        { title: 'b', file: './files/status.json' },
        { title: 'c', file: './files/清单#1.pdf' },
        { title: 'd', file: './a/清单.pdf' },
        { title: 'e', file: './b/清单.pdf' },
        { title: 'f', file: './files/poster' },
      ],
    });
    expect(found([notice])).toEqual([
      'content/notices/n.md attachments.0.file',
      'content/notices/n.md attachments.1.file',
      'content/notices/n.md attachments.2.file',
      'content/notices/n.md attachments.4.file',
      'content/notices/n.md attachments.5.file',
    ]);
  });

  it('refuses a dialect that would break its feed’s address, and leaves good names alone', () => {
    expect(found([entry('rhymes', 'r', { dialect: '长沙话/湘语', audio: { file: './audio/快板.mp3' } }), entry('rhymes', 's', { dialect: '客家话' })])).toEqual(['content/rhymes/r.md dialect']);
  });
});
