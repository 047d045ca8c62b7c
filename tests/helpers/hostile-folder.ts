/**
 * A content folder built file by file in a temporary folder, for hostile-input tests
 * that need what a fixture in git cannot hold well: symlinks, non-UTF-8 bytes,
 * files beside the content folder.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const REGIONS = '- id: lanxi\n  name: 岚溪区\n';

/** A valid notice's front matter with `extra` YAML lines added, and a body. */
export function notice(extra = '', body = '特此通告。\n'): string {
  return `---\ntitle: 通告\ndocType: 通告\nauthority: 岚溪区疫情防控指挥部\nissued: 2026-11-01\n${extra}---\n\n${body}`;
}

export interface HostileFolder {
  /** The folder holding `content/` (and anything written beside it). */
  root: string;
  content: string;
  write(path: string, data: string | Uint8Array): void;
  link(path: string, target: string): void;
}

/** A fresh `<tmp>/content/` with regions.yaml; `write`/`link` take paths relative to `<tmp>`. */
export function hostileFolder(): HostileFolder {
  const root = mkdtempSync(join(tmpdir(), 'hostile-'));
  const write = (path: string, data: string | Uint8Array) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  };
  write('content/regions.yaml', REGIONS);
  return {
    root,
    content: join(root, 'content'),
    write,
    link(path, target) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      symlinkSync(target, join(root, path));
    },
  };
}
