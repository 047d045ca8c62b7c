/**
 * /sw-register.js, loaded by every page (an external file: the strict policy
 * allows 'self', and an inline script would need its hash on every page).
 * Registers the service worker once the page has loaded, so on a weak
 * connection the worker's downloads never delay the page a resident opened.
 * Without JavaScript or service workers, nothing happens and pages work as before.
 */
import { SERVICE_WORKER_URL } from '../../site/urls';

if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    // A refusal (private browsing, storage full) leaves the page as it is; nothing to tell the reader.
    navigator.serviceWorker.register(SERVICE_WORKER_URL).catch(() => undefined);
  });
}
