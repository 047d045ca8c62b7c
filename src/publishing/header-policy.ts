/**
 * The security headers of docs/deploy/nginx.conf, for the publisher's own
 * server (`npm start`): the same policy on every file, and an author's
 * attachment that a browser would run as a document (HTML, SVG, XML, scripts)
 * downloaded in a sandbox, never displayed on the site's origin — where the
 * password-less web editor of the office computer lives too.
 */

/** An entry's own page and feed stay pages; anything else of these types next to it is an attachment. */
const ENTRY_PAGE = /^\/(notices|rhymes)\/[^/]+\/(.+\/)?(index\.html|rss\.xml)$/;
const ACTIVE_ATTACHMENT = /^\/(notices|rhymes)\/[^/]+\/.+\.(html?|xhtml|svg|xml|js|mjs)$/i;

export const PAGE_HEADER_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
export const ATTACHMENT_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'";

/** Headers for a file served at `path` (the file's URL path, `/notices/x/index.html` for a page). */
export function securityHeadersFor(path: string): Record<string, string> {
  const attachment = !ENTRY_PAGE.test(path) && ACTIVE_ATTACHMENT.test(path);
  return {
    'content-security-policy': attachment ? ATTACHMENT_POLICY : PAGE_HEADER_POLICY,
    ...(attachment ? { 'content-disposition': 'attachment' } : {}),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
}
