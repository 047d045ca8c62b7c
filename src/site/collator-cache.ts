/**
 * @astrojs/sitemap sorts every address with `a.localeCompare(b, 'en',
 * { numeric: true })`. Given locales or options, each call builds a new
 * collator: for 6150 addresses that sort took about 0.47 s of every publish
 * (docs/performance.md, round 21), most of the sitemap's 0.6–0.7 s.
 *
 * ECMA-402 defines that call as comparing with `new Intl.Collator(locales,
 * options)`, so while a wrapped hook runs, `localeCompare` with locales or
 * options compares with a collator made once for each pair — the same order,
 * string for string — and is put back as it was when the hook ends. A call
 * without them is left to the engine, which already keeps its default one.
 */
import type { AstroIntegration } from 'astro';

type Compare = (this: string, that: string, locales?: Intl.LocalesArgument, options?: Intl.CollatorOptions) => number;

/** Runs `run` with `localeCompare` keeping one collator per locales and options. */
export async function withCollatorCache<T>(run: () => Promise<T> | T): Promise<T> {
  const original = String.prototype.localeCompare as Compare;
  const collators = new Map<string, Intl.Collator>();
  const cached: Compare = function (this: string, that, locales, options) {
    if (locales === undefined && options === undefined) return original.call(this, that);
    const key = JSON.stringify([locales, options]);
    let collator = collators.get(key);
    if (!collator) collators.set(key, (collator = new Intl.Collator(locales, options)));
    return collator.compare(String(this), String(that));
  };
  String.prototype.localeCompare = cached as typeof String.prototype.localeCompare;
  try {
    return await run();
  } finally {
    if (String.prototype.localeCompare === (cached as unknown)) String.prototype.localeCompare = original as typeof String.prototype.localeCompare;
  }
}

/** The integration with its `astro:build:done` hook run under `withCollatorCache` (the sitemap's). */
export function collatorCached(integration: AstroIntegration): AstroIntegration {
  const done = integration.hooks['astro:build:done'];
  if (!done) return integration;
  return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': (options) => withCollatorCache(() => done(options)) } };
}
