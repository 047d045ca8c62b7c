import type { CheckedEntry } from '../../src/checking/content-rules';

/** An entry as the content check hands it on, for rules tested without files (its line is always 3 or as given). */
export const checkedEntry = (kind: CheckedEntry['kind'], id: string, data: Record<string, unknown>, line = 3): CheckedEntry => ({
  kind,
  id,
  file: `content/${kind}/${id}.md`,
  absPath: `/nowhere/${kind}/${id}.md`,
  data,
  body: '',
  lineOf: () => line,
});
