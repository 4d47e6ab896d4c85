// Finds tool calls in source code: `callTool({ name: 'x', arguments: {...} })` (TypeScript/JavaScript SDK) and Python's `call_tool("x", {...})`, with the argument keys.

/** How far past a call's opening parenthesis its arguments are read. */
const MAX_CALL_CHARS = 8192;
/** The call sites looked for (fixed text, never built from catalog text). */
const CALL_MARKERS = ['callTool(', 'call_tool(', 'callTool<'] as const;

export interface CodeCall {
  /** Offset of the call marker in the text. */
  offset: number;
  tool: string;
  /** Offset just past the call's arguments read (a quoted name before it belongs to this call). */
  end: number;
  /** Top-level keys of the arguments object, when it is a literal. */
  argumentKeys?: string[];
}

/** A tiny reader of JS/Python literals: strings, balanced brackets, and top-level `key: value` pairs. */
class LiteralReader {
  pos: number;
  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  private skipSpace(): void {
    while (this.pos < this.end) {
      const c = this.text[this.pos]!;
      if (c === ' ' || c === '\n' || c === '\t' || c === '\r') this.pos++;
      else if (this.text.startsWith('//', this.pos) || c === '#') {
        const nl = this.text.indexOf('\n', this.pos);
        this.pos = nl < 0 || nl > this.end ? this.end : nl;
      } else break;
    }
  }

  peek(): string | undefined {
    this.skipSpace();
    return this.pos < this.end ? this.text[this.pos] : undefined;
  }

  /** A quoted string literal's content (no interpolation), or undefined. */
  string(): string | undefined {
    const quote = this.peek();
    if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
    let out = '';
    for (let i = this.pos + 1; i < this.end; i++) {
      const c = this.text[i]!;
      if (c === '\\') {
        out += this.text[++i] ?? '';
        continue;
      }
      if (c === quote) {
        this.pos = i + 1;
        return quote === '`' && out.includes('${') ? undefined : out;
      }
      if (c === '\n' && quote !== '`') return undefined;
      out += c;
    }
    return undefined;
  }

  /** An identifier (a JS key or a Python keyword argument), or undefined. */
  identifier(): string | undefined {
    this.skipSpace();
    const start = this.pos;
    while (this.pos < this.end && /[A-Za-z0-9_$]/.test(this.text[this.pos]!)) this.pos++;
    return this.pos > start ? this.text.slice(start, this.pos) : undefined;
  }

  eat(char: string): boolean {
    if (this.peek() !== char) return false;
    this.pos++;
    return true;
  }

  /** Skips one value (up to a top-level `,` or closing bracket). */
  skipValue(): void {
    let depth = 0;
    while (this.pos < this.end) {
      const c = this.peek();
      if (c === undefined) return;
      if (c === '"' || c === "'" || c === '`') {
        if (this.string() === undefined) this.pos++;
        continue;
      }
      if (c === '{' || c === '[' || c === '(') depth++;
      else if (c === '}' || c === ']' || c === ')') {
        if (depth === 0) return;
        depth--;
      } else if (c === ',' && depth === 0) return;
      this.pos++;
    }
  }

  /** An object/dict literal as its top-level entries: key → the offset of its value. Undefined when not a literal. */
  object(onEntry: (key: string, reader: LiteralReader) => void): boolean {
    if (!this.eat('{')) return false;
    for (;;) {
      if (this.eat('}')) return true;
      if (this.peek() === '.') return true; // a spread: the keys are not all known, but the literal ones are
      const key = this.string() ?? this.identifier();
      if (key === undefined) return false;
      if (this.eat(':')) onEntry(key, this);
      else if (this.peek() !== ',' && this.peek() !== '}') return false;
      this.skipValue();
      if (!this.eat(',')) return this.eat('}');
    }
  }
}

/** The argument keys of a literal object at the reader's position, or undefined. */
function argumentKeys(reader: LiteralReader): string[] | undefined {
  const keys: string[] = [];
  return reader.object((key) => keys.push(key)) ? keys : undefined;
}

/** One call's tool name and argument keys, reading from just past its opening parenthesis. */
function readCall(text: string, start: number): (Omit<CodeCall, 'offset' | 'end'> & { end: number }) | undefined {
  const reader = new LiteralReader(text, start, Math.min(text.length, start + MAX_CALL_CHARS));
  // callTool({ name: 'x', arguments: {...} })
  if (reader.peek() === '{') {
    let tool: string | undefined;
    let keys: string[] | undefined;
    reader.object((key, r) => {
      if (key === 'name') tool = r.string();
      else if (key === 'arguments') keys = argumentKeys(r);
    });
    return tool === undefined ? undefined : { tool, end: reader.pos, ...(keys ? { argumentKeys: keys } : {}) };
  }
  // call_tool("x", {...}) / call_tool("x", arguments={...}) / call_tool(name="x", arguments={...}) / callTool('x', {...})
  let tool = reader.string();
  let keys: string[] | undefined;
  for (let i = 0; i < 4; i++) {
    if (tool !== undefined && !reader.eat(',')) break;
    const save = reader.pos;
    const word = reader.identifier();
    if (word !== undefined && reader.eat('=')) {
      if (word === 'name') tool = reader.string();
      else if (word === 'arguments') keys = argumentKeys(reader);
      else reader.skipValue();
      continue;
    }
    reader.pos = save;
    if (tool === undefined) return undefined;
    keys = argumentKeys(reader);
    break;
  }
  return tool === undefined ? undefined : { tool, end: reader.pos, ...(keys ? { argumentKeys: keys } : {}) };
}

/** Every tool call site in a source file. */
export function findCodeCalls(text: string): CodeCall[] {
  const out: CodeCall[] = [];
  for (const marker of CALL_MARKERS) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
      let start = at + marker.length;
      // callTool<T>( : skip the type arguments
      if (marker === 'callTool<') {
        const paren = text.indexOf('(', start);
        if (paren < 0 || paren - start > 200) continue;
        start = paren + 1;
      }
      const call = readCall(text, start);
      if (call) out.push({ offset: at, ...call });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}
