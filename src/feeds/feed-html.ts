/**
 * Entry HTML made safe and self-contained for feed readers: no scripts or
 * styles, and every relative link and image made absolute on the site.
 */
import sanitizeHtml from 'sanitize-html';

function absolute(value: string | undefined, site: URL): string | undefined {
  if (!value) return value;
  try {
    return new URL(value, site).href;
  } catch {
    return value;
  }
}

const absoluteSrcset = (srcset: string | undefined, site: URL) =>
  srcset
    ?.split(',')
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      return [absolute(url, site), ...descriptor].join(' ');
    })
    .join(', ');

export function feedHtml(html: string, site: URL): string {
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'picture', 'source', 'figure', 'figcaption', 'ruby', 'rt', 'rp', 'audio'],
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'],
      source: ['src', 'srcset', 'type', 'sizes'],
      audio: ['src', 'controls'],
      '*': ['lang'],
    },
    allowedSchemes: ['http', 'https', 'tel', 'mailto', 'geo'],
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, href: absolute(attribs.href, site) ?? '' } }),
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, src: absolute(attribs.src, site) ?? '', ...(attribs.srcset ? { srcset: absoluteSrcset(attribs.srcset, site)! } : {}) } }),
      source: (tagName, attribs) => ({ tagName, attribs: { ...attribs, ...(attribs.src ? { src: absolute(attribs.src, site)! } : {}), ...(attribs.srcset ? { srcset: absoluteSrcset(attribs.srcset, site)! } : {}) } }),
    },
  });
}
