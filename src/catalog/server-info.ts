// Reads a server's serverInfo whole (name, title, version and every other field it sends: websiteUrl, icons, description, …) and names the fields beyond the three.
import { isObject, type Json, type JsonObject } from '../findings/json.js';
import type { ServerInfo } from './types.js';

/** The fields read as text; any other field is kept as the JSON the server sent. */
const TEXT_FIELDS = new Set(['name', 'title', 'version']);

/** A serverInfo value as a capture or a snapshot file holds it: the text fields when they are strings, every other field as sent. */
export function readServerInfo(v: unknown): ServerInfo {
  if (!isObject(v)) return {};
  const out: ServerInfo = {};
  for (const [key, value] of Object.entries(v)) {
    if (TEXT_FIELDS.has(key)) {
      if (typeof value === 'string') out[key] = value;
    } else if (value !== undefined) out[key] = value;
  }
  return out;
}

/** The fields beyond name, title and version (websiteUrl, icons, description, …), as one object. */
export function serverInfoExtras(info: ServerInfo): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(info)) if (!TEXT_FIELDS.has(key) && value !== undefined) out[key] = value as Json;
  return out;
}
