/**
 * A live build's process loads astro.config.mjs with Node itself
 * (src/publishing/native-config-load.ts). If a change to the config's modules
 * kept Node from loading it (a JSON import, a path Node cannot find), Astro
 * would quietly load it through Vite again: every publish a second slower and
 * nothing else to see. This test sees it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** Imports the config in a bare Node process, with or without the build process's hooks; its integrations' names, or Node's error. */
function loadConfig(withHooks: boolean): { names?: string[]; error?: string } {
  const script = `
    ${withHooks ? `const { loadProjectModulesWithNode } = await import(${JSON.stringify(pathToFileURL(join(root, 'src/publishing/native-config-load.ts')).href)});
    loadProjectModulesWithNode(${JSON.stringify(join(root, 'src'))});` : ''}
    try {
      const config = await import(${JSON.stringify(pathToFileURL(join(root, 'astro.config.mjs')).href)});
      console.log(JSON.stringify({ names: config.default.integrations.map((i) => i.name) }));
    } catch (error) {
      console.log(JSON.stringify({ error: error.code ?? error.message }));
    }`;
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.CHECKED_CONTENT;
  delete env.REUSE_PAGES_FROM;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, env, encoding: 'utf8' });
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (!line.startsWith('{')) throw new Error(`node printed nothing usable:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(line) as { names?: string[]; error?: string };
}

describe("Astro's config in a live build's process", () => {
  it('loads with Node and the hooks, every integration in it', () => {
    const loaded = loadConfig(true);
    expect(loaded.error).toBeUndefined();
    expect(loaded.names).toEqual(expect.arrayContaining(['content-check', 'page-reuse', 'pages-written', 'offline-worker']));
  });

  it('does not load with Node alone (so the hooks are what makes it load)', () => {
    expect(loadConfig(false).error).toBeDefined();
  });
});
