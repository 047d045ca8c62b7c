/**
 * Escaping for HTML and XML written as text (posters, feed parts): safe in
 * element text and in double-quoted attribute values, the only kind written.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ENTITIES[char]!);
}
