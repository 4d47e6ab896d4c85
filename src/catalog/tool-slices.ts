// Finds the raw JSON bytes of each element of a catalog file's top-level "tools" array, so a tool whose bytes are unchanged is reused without parsing it.
//
// It works on the file's UTF-8 bytes, not on a decoded string: every character it looks for is ASCII, and no byte of
// a multi-byte UTF-8 character is below 0x80, so byte offsets cut exactly where character offsets would. Each tool is
// then decoded on its own, and the file never lives as one large string in the JavaScript heap.

/** Where the top-level `"tools": [ … ]` array and each of its elements sit in the bytes. */
export interface ToolSlices {
  /** Offset of the array's `[` and one past its `]`. */
  arrayStart: number;
  arrayEnd: number;
  /** Element i is bytes.subarray(elements[2i], elements[2i + 1]). */
  elements: number[];
}

const QUOTE = 34,
  BACKSLASH = 92,
  COMMA = 44,
  COLON = 58;
const OPEN_OBJECT = 123,
  CLOSE_OBJECT = 125,
  OPEN_ARRAY = 91,
  CLOSE_ARRAY = 93;

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Offset one past the string that starts (with its quote) at `at`, or -1 when it does not end. */
function skipString(bytes: Buffer, at: number): number {
  let end = bytes.indexOf(QUOTE, at + 1);
  while (end > 0) {
    let backslashes = 0;
    for (let k = end - 1; bytes[k] === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return end + 1;
    end = bytes.indexOf(QUOTE, end + 1);
  }
  return -1;
}

/** Offset one past the object or array that starts at `at` (brackets balanced, strings skipped), or -1. */
function skipContainer(bytes: Buffer, at: number): number {
  let depth = 0;
  for (let i = at; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === QUOTE) {
      i = skipString(bytes, i) - 1;
      if (i < 0) return -1;
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * The slices of the top-level "tools" array, or undefined whenever the file is not plainly shaped that way: the top
 * level is not an object, "tools" is missing, listed twice, spelled with an escape, not an array, or holds anything
 * but objects separated by commas. Callers then parse the file whole. This is a locator, not a validator: the caller
 * must still parse everything outside the array and every element it does not recognise.
 */
export function toolSlices(bytes: Buffer): ToolSlices | undefined {
  let i = 0;
  const skipSpace = () => {
    while (i < bytes.length && isSpace(bytes[i])) i++;
  };
  skipSpace();
  if (bytes[i] !== OPEN_OBJECT) return undefined;
  i++;
  let found: ToolSlices | undefined;
  for (;;) {
    skipSpace();
    if (bytes[i] === CLOSE_OBJECT) return found;
    if (bytes[i] !== QUOTE) return undefined;
    const keyEnd = skipString(bytes, i);
    if (keyEnd < 0) return undefined;
    const key = bytes.toString('latin1', i + 1, keyEnd - 1);
    if (key.includes('\\')) return undefined;
    i = keyEnd;
    skipSpace();
    if (bytes[i] !== COLON) return undefined;
    i++;
    skipSpace();
    const c = bytes[i];
    if (key === 'tools') {
      if (found || c !== OPEN_ARRAY) return undefined;
      found = elementsOf(bytes, i);
      if (!found) return undefined;
      i = found.arrayEnd;
    } else if (c === QUOTE) {
      i = skipString(bytes, i);
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      i = skipContainer(bytes, i);
    } else {
      // A number, true, false or null: up to the next comma or closing brace.
      while (i < bytes.length && bytes[i] !== COMMA && bytes[i] !== CLOSE_OBJECT) i++;
    }
    if (i < 0 || i >= bytes.length) return undefined;
    skipSpace();
    if (bytes[i] === COMMA) i++;
    else if (bytes[i] !== CLOSE_OBJECT) return undefined;
  }
}

/** The elements of the array at `start` when each is an object and they are separated by single commas. */
function elementsOf(bytes: Buffer, start: number): ToolSlices | undefined {
  const elements: number[] = [];
  let i = start + 1;
  const skipSpace = () => {
    while (i < bytes.length && isSpace(bytes[i])) i++;
  };
  skipSpace();
  if (bytes[i] === CLOSE_ARRAY) return { arrayStart: start, arrayEnd: i + 1, elements };
  for (;;) {
    skipSpace();
    if (bytes[i] !== OPEN_OBJECT) return undefined;
    const end = skipContainer(bytes, i);
    if (end < 0) return undefined;
    elements.push(i, end);
    i = end;
    skipSpace();
    const c = bytes[i];
    if (c === CLOSE_ARRAY) return { arrayStart: start, arrayEnd: i + 1, elements };
    if (c !== COMMA) return undefined;
    i++;
  }
}

/** How serializeSnapshot (format 2) opens the tools array, separates its entries and closes it (two-space JSON). */
const STORED_TOOLS_OPEN = '\n  "tools": [\n    {',
  STORED_ENTRY_BREAK = '},\n    {\n      "sha256"',
  STORED_TOOLS_CLOSE = '\n    }\n  ]';
/** Where an entry starts after a break: `},\n    ` is the end of the one before and the separator. */
const BREAK_TO_ENTRY = '},\n    '.length;

/**
 * toolSlices for a snapshot file in format 2 as mcp-contract writes it, found with native byte search instead of a
 * scan of every character. It relies on the layout alone: JSON strings cannot hold a raw newline, so a line indented
 * by four spaces that opens an entry's `"sha256"` right after `},` separates two entries of a top-level array, and the first
 * line `  ]` after `"tools": [` closes it. Undefined when the bytes are not laid out that way (then toolSlices scans).
 * Like toolSlices it only locates: every entry is still checked against its hash and parsed (snapshot-v2.ts), and a
 * slice that is not a whole entry fails there.
 */
export function storedToolSlices(bytes: Buffer): ToolSlices | undefined {
  // The first such line; that it is the top-level `tools` (no other top-level key of that name follows, it is not
  // inside another value) is the caller's check, on the parse of everything around it (parseToolByTool).
  const open = bytes.indexOf(STORED_TOOLS_OPEN);
  if (open < 0) return undefined;
  const arrayStart = open + STORED_TOOLS_OPEN.length - '[\n    {'.length;
  const starts = [open + STORED_TOOLS_OPEN.length - 1];
  // The break starts with a rare pair of characters (`},`), which keeps the native search fast.
  for (let next = bytes.indexOf(STORED_ENTRY_BREAK, starts[0]); next >= 0; next = bytes.indexOf(STORED_ENTRY_BREAK, next + 1))
    starts.push(next + BREAK_TO_ENTRY);
  // Breaks found past the array's end (an entry-like line in a later list) are dropped.
  let close = -1;
  while (starts.length && (close = bytes.indexOf(STORED_TOOLS_CLOSE, starts[starts.length - 1]!)) < 0) starts.pop();
  if (!starts.length || close < 0) return undefined;
  const elements: number[] = [];
  for (let k = 0; k < starts.length; k++)
    elements.push(starts[k]!, k + 1 < starts.length ? starts[k + 1]! - BREAK_TO_ENTRY + 1 : close + '\n    }'.length);
  return { arrayStart, arrayEnd: close + STORED_TOOLS_CLOSE.length, elements };
}
