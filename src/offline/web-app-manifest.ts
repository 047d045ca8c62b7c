/**
 * The web app manifest (/manifest.webmanifest): lets a resident add the site
 * to the home screen under its Chinese name, opening on the home page, which
 * the service worker keeps for offline use.
 */
import { appIconUrl, HOME_URL } from '../site/urls';
import { ICON_BACKGROUND } from './app-icons';

/** The PNG icon sizes the manifest lists (Android's launcher and splash screen). */
export const MANIFEST_ICON_SIZES = [192, 512] as const;

export interface ManifestSite {
  name: string;
  shortName: string;
  tagline: string;
}

export function webAppManifest(site: ManifestSite) {
  return {
    name: site.name,
    short_name: site.shortName,
    description: site.tagline,
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: HOME_URL,
    scope: HOME_URL,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: ICON_BACKGROUND,
    icons: [
      ...MANIFEST_ICON_SIZES.map((size) => ({ src: appIconUrl(size), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
      // The drawing keeps its shield within the safe zone, so the large one may be cropped to any shape.
      { src: appIconUrl(512), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
