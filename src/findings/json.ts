// JSON values and JSON pointers: the shapes every stage reads, and the one object test and pointer escaping they share.

/** Any JSON value as the server sent it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A JSON object (not null, not an array). */
export function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Escapes one JSON pointer token (RFC 6901). */
export function pointerToken(key: string): string {
  // Most keys need no escape: two substring searches are far cheaper than two regex replaces (called per schema node).
  if (!key.includes('~') && !key.includes('/')) return key;
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Reads one JSON pointer token back (RFC 6901). */
export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}
