/**
 * Vitest global setup for the build project: builds the sample site once per
 * test run (pinned "now") and hands its dist/ path to every test file, so page,
 * link, HTML and browser checks share one build.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from './build-site';

export const SAMPLE_NOW = '2026-11-22T12:00+08:00';

declare module 'vitest' {
  export interface ProvidedContext {
    sampleDist: string;
  }
}

export default function setup(project: TestProject) {
  const build = buildSite(join(projectRoot, 'content'), { now: SAMPLE_NOW });
  if (build.status !== 0) throw new Error(`The sample site did not build:\n${build.output.slice(-4000)}`);
  project.provide('sampleDist', build.outDir);
  return () => rmSync(join(build.outDir, '..'), { recursive: true, force: true });
}
