/**
 * Runs in the web editor (/admin/), after Decap CMS loads. Before each save it
 * drops what the form left blank — an untouched 撤销 group, an empty list item,
 * a blank optional text — so the file holds only what the author wrote: the
 * contract reads a present-but-empty field as a mistake (`withdrawn: {}` has
 * no date), a missing optional field is simply not given. After a save on the
 * office computer it shows what the publisher made of it (publish-result.ts).
 */
import { emptyPaths } from './empty-paths';
import { reportPublish } from './publish-result';

/** The part of Immutable.js's Map that Decap hands to event handlers. */
interface EntryData {
  toJS(): unknown;
  deleteIn(path: Array<string | number>): EntryData;
}

interface Entry {
  get(key: 'data'): EntryData;
  /** The entry's id (its file name without extension): empty for a new entry, even after its save. */
  get(key: 'slug'): string;
  /** Its collection: the kind, or `<kind>-mdx` for a kind's .mdx files (src/editor/cms-config.ts). */
  get(key: 'collection'): string;
}

interface DecapCms {
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: Entry }) => EntryData }): void;
  registerEventListener(listener: { name: 'postSave'; handler: (event: { entry: Entry }) => void }): void;
}

const cms = (window as unknown as { CMS?: DecapCms }).CMS;
cms?.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = entry.get('data');
    // Deepest and last first, so removing an item never shifts one still to be removed.
    return emptyPaths(data.toJS(), ['body']).reverse().reduce((pruned, path) => pruned.deleteIn(path), data);
  },
});
cms?.registerEventListener({
  name: 'postSave',
  handler: ({ entry }) => {
    void reportPublish({ kind: entry.get('collection').split('-')[0] ?? '', id: entry.get('slug') || undefined });
  },
});
