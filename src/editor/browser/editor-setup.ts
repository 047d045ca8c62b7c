/**
 * Runs in the web editor (/admin/), after Decap CMS loads: before each save it
 * drops what the form left blank — an untouched 撤销 group, an empty list item,
 * a blank optional text — so the file holds only what the author wrote. The
 * contract reads a present-but-empty field as a mistake (`withdrawn: {}` has
 * no date); a missing optional field is simply not given.
 */
import { emptyPaths } from './empty-paths';

/** The part of Immutable.js's Map that Decap hands to event handlers. */
interface EntryData {
  toJS(): unknown;
  deleteIn(path: Array<string | number>): EntryData;
}

interface DecapCms {
  registerEventListener(listener: { name: string; handler: (event: { entry: { get(key: 'data'): EntryData } }) => EntryData }): void;
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
