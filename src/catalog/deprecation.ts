// Reads a tool's deprecation marker (description prefix or a `_meta` deprecation key) and its sunset date.
import type { ToolDef } from './types.js';
import { pointerToken, isObject, type Json } from '../findings/json.js';

export interface Deprecation {
  deprecated: boolean;
  /** ISO date (YYYY-MM-DD) after which the tool may be removed without a major bump. */
  sunset?: string;
  /** JSON pointer to the marker (e.g. "/_meta/deprecated" or "/description"), when deprecated. */
  marker?: string;
}

/** Description starts with "Deprecated" or "[DEPRECATED]" (any case), e.g. "DEPRECATED: use search_v2". */
const DEPRECATED_PREFIX = /^\s*(\[\s*deprecated\s*\]|\(\s*deprecated\s*\)|deprecated\b)/i;
/** "DEPRECATED" in capitals anywhere in a description ("Reads a file. DEPRECATED: use read_text_file."). */
const DEPRECATED_SHOUTED = /\bDEPRECATED\b/;
/** A title that starts with "Deprecated" or carries "(Deprecated)" / "[Deprecated]" ("Read File (Deprecated)"). */
const DEPRECATED_TITLE = /^\s*deprecated\b|[([]\s*deprecated\s*[)\]]/i;
/** `_meta` keys that carry a deprecation: `deprecated`, `deprecation`, or a namespaced `io.example/deprecated`. */
const DEPRECATION_META_KEY = /(^|[/.:])(deprecated|deprecation)$/i;
/** Keys inside a deprecation object that name the sunset date. */
const SUNSET_KEYS = ['sunset', 'sunsetDate', 'removalDate', 'removeAfter', 'removal', 'removedAfter', 'until'];
const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/;

function dateIn(value: Json | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value);
  return m && !Number.isNaN(Date.parse(m[1])) ? m[1] : undefined;
}

/** What one `_meta` deprecation value says: `true`, a date or message string, or an object with a sunset key. */
function fromMetaValue(value: Json): Deprecation | undefined {
  if (value === true) return { deprecated: true };
  if (typeof value === 'string') return { deprecated: true, ...withSunset(dateIn(value)) };
  if (isObject(value)) {
    if (value.deprecated === false) return undefined;
    const sunset = SUNSET_KEYS.map((k) => dateIn(value[k])).find(Boolean);
    return { deprecated: true, ...withSunset(sunset) };
  }
  return undefined;
}

function withSunset(sunset: string | undefined): { sunset?: string } {
  return sunset ? { sunset } : {};
}

/**
 * Whether a tool is marked deprecated, and its sunset date if it names one. Sources, first match wins:
 * `_meta.deprecated` / `_meta.deprecation` (or a namespaced key ending in either) set to `true`, a string
 * (a date in it is the sunset) or an object (`sunset`, `removalDate`, … hold the date; `deprecated: false`
 * means not deprecated); then a description starting with "Deprecated" or "[DEPRECATED]" (any case) or
 * containing "DEPRECATED" in capitals; then a title marked "(Deprecated)". The first YYYY-MM-DD date in
 * the description is taken as the sunset.
 */
export function deprecationOf(tool: ToolDef): Deprecation {
  const meta = tool._meta;
  if (isObject(meta)) {
    for (const key of Object.keys(meta).sort()) {
      if (!DEPRECATION_META_KEY.test(key)) continue;
      const found = fromMetaValue(meta[key]);
      if (found) return { ...found, marker: `/_meta/${pointerToken(key)}` };
    }
  }
  const description = typeof tool.description === 'string' ? tool.description : '';
  if (DEPRECATED_PREFIX.test(description) || DEPRECATED_SHOUTED.test(description)) {
    return { deprecated: true, ...withSunset(dateIn(description)), marker: '/description' };
  }
  if (typeof tool.title === 'string' && DEPRECATED_TITLE.test(tool.title)) {
    return { deprecated: true, ...withSunset(dateIn(description)), marker: '/title' };
  }
  return { deprecated: false };
}

/** True when the sunset date has passed at `now` (the whole sunset day still counts as before). */
export function sunsetPassed(dep: Deprecation, now: Date): boolean {
  if (!dep.deprecated || !dep.sunset) return false;
  return Date.parse(dep.sunset + 'T23:59:59.999Z') < now.getTime();
}
