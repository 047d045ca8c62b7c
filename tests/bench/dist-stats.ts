/** Sizes of a built dist/: the whole folder, the search index, and what a notice page weighs. */
import { join } from 'node:path';
import { entryPages, folderBytes, indexedPages, isIndexFile, pageWeight } from './page-weight';
import { median } from './measure';

export interface DistStats {
  distBytes: number;
  /** Everything under dist/pagefind. */
  pagefindBytes: number;
  /** dist/pagefind without the fixed UI JS/CSS and wasm. */
  indexBytes: number;
  indexedPages: number;
  indexBytesPerPage: number;
  noticePages: number;
  /** HTML + linked CSS, gzipped: median and largest over every notice page. */
  noticePageMedianBytes: number;
  noticePageMaxBytes: number;
  noticePageMaxName: string;
  /** Executable `<script>` elements on the notice page that has the most. */
  noticePageMaxScripts: number;
}

export function distStats(dist: string): DistStats {
  const pages = entryPages(dist, 'notices').map((page) => pageWeight(dist, page));
  const heaviest = pages.reduce((a, b) => (b.totalBytes > a.totalBytes ? b : a), pages[0]!);
  const pagefind = join(dist, 'pagefind');
  const indexBytes = folderBytes(pagefind, isIndexFile);
  const indexed = indexedPages(dist);
  return {
    distBytes: folderBytes(dist),
    pagefindBytes: folderBytes(pagefind),
    indexBytes,
    indexedPages: indexed,
    indexBytesPerPage: indexed ? Math.round(indexBytes / indexed) : 0,
    noticePages: pages.length,
    noticePageMedianBytes: Math.round(median(pages.map((p) => p.totalBytes))),
    noticePageMaxBytes: heaviest.totalBytes,
    noticePageMaxName: heaviest.page,
    noticePageMaxScripts: Math.max(...pages.map((p) => p.scripts)),
  };
}
