/** Set by src/checking/content-check-integration.ts: true only under `astro dev`. */
declare const __PREVIEW_UNPUBLISHED__: boolean;

/** OpenCC's dictionaries as `from to|from to|…` text (opencc-js ships no types for them). */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
