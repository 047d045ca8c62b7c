/** Set by src/integrations/content-check.ts: true only under `astro dev`. */
declare const __PREVIEW_UNPUBLISHED__: boolean;
