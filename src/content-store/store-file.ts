/** Where `astro build` keeps its content store, in the cache folder (astro/dist/content/consts.js, paths.js). */
export const STORE_FILE = 'data-store.json';
