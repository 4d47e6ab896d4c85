// Reads a tool's x-mcp-header declarations (SEP-2243, MCP 2026-07-28) and checks each against the spec's constraints.
//
// Spec: docs/specification/2026-07-28/server/tools.mdx, "x-mcp-header" (constraints, and "Clients using the Streamable
// HTTP transport MUST reject tool definitions where any x-mcp-header value violates these constraints ... MUST exclude
// the invalid tool from the result of tools/list"); docs/specification/2026-07-28/basic/transports/streamable-http.mdx,
// "Custom Headers from Tool Parameters" > "Schema Extension" (what "statically reachable" means).
import { isObject, pointerToken, type Json, type JsonObject } from '../findings/json.js';
import { q } from '../findings/rule-kit.js';

export const MCP_HEADER_KEYWORD = 'x-mcp-header';

/** Why a declaration is invalid; each is one constraint of server/tools.mdx "x-mcp-header". */
export type McpHeaderProblem =
  'not-a-string' | 'empty' | 'control-character' | 'not-a-token' | 'type-not-allowed' | 'not-statically-reachable' | 'duplicate';

export interface McpHeaderDeclaration {
  /** JSON pointer, inside the inputSchema, of the schema that carries the keyword (e.g. "/properties/region"). */
  pointer: string;
  /** The declared value as the server sent it (the `{name}` of `Mcp-Param-{name}`). */
  value: Json;
  /** The chain of `properties` keys from the root, or null when the schema is not statically reachable. */
  parameter: string[] | null;
  /** Every constraint the declaration breaks, in a fixed order; empty when it is valid. */
  problems: McpHeaderProblem[];
  /** One clause per problem, for messages ("contains a space, which is not a token character"). */
  reasons: string[];
}

export interface McpHeaderReading {
  declarations: McpHeaderDeclaration[];
  /** Pointers of every statically reachable property ("/properties/a/properties/b"): parameters a header can name. */
  parameters: Set<string>;
}

/** RFC 9110 section 5.1 field-name: `token = 1*tchar` (section 5.6.2). */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const ALLOWED_TYPES = new Set(['string', 'integer', 'boolean']);

/** Keywords whose value is one subschema, an array of subschemas, or a map of subschemas (JSON Schema 2020-12 and draft-07). */
const ONE_SCHEMA = new Set([
  'items',
  'additionalItems',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
]);
const SCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems', 'items']);
const SCHEMA_MAP = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependencies']);

/** One key per problem of a declaration (pointer and problem): "did the base version have this problem already". */
export function problemKeysOf(d: McpHeaderDeclaration): string[] {
  return d.problems.map((p) => `${d.pointer}\u0000${p}`);
}

/** A readable name for a parameter chain ("options.limit"), or the schema's pointer when it is not a parameter. */
export function describeParameter(d: Pick<McpHeaderDeclaration, 'parameter' | 'pointer'>): string {
  return d.parameter && d.parameter.length
    ? `parameter ${JSON.stringify(d.parameter.join('.'))}`
    : `the schema at ${JSON.stringify(d.pointer || '/')}`;
}

/** The header a declaration asks for, for messages: `Mcp-Param-Region`. */
export function headerName(value: Json): string {
  return `Mcp-Param-${typeof value === 'string' ? value : JSON.stringify(value)}`;
}

function typeProblem(type: Json | undefined): string | undefined {
  // No `type`: not judged (the spec names types; a schema without one may still admit only strings, e.g. an enum).
  if (type === undefined) return undefined;
  const types = Array.isArray(type) ? type : [type];
  // `null` beside a primitive is allowed: a null argument means "omit the header" (streamable-http.mdx, Server Behavior for Custom Headers).
  const bad = types.filter((t) => !(typeof t === 'string' && (ALLOWED_TYPES.has(t) || (t === 'null' && types.length > 1))));
  if (!bad.length) return undefined;
  const number = bad.includes('number') ? ' ("number" is explicitly excluded: use "integer")' : '';
  return `is on a parameter of type ${JSON.stringify(type)}, but only integer, string and boolean parameters may carry a header${number}`;
}

function valueProblems(value: Json): Array<[McpHeaderProblem, string]> {
  if (typeof value !== 'string') return [['not-a-string', `is ${JSON.stringify(value)}, not a string`]];
  if (value === '') return [['empty', 'is empty']];
  if (TOKEN.test(value)) return [];

  if (/[\u0000-\u001f\u007f]/.test(value)) return [['control-character', 'contains a control character (CR, LF, tab, …)']];
  const bad = [...new Set(value.replace(/[!#$%&'*+\-.^_`|~0-9A-Za-z]/g, ''))]
    .slice(0, 5)
    .map((c) => (c === ' ' ? 'a space' : JSON.stringify(c)))
    .join(', ');
  return [
    ['not-a-token', `contains ${bad}, outside the HTTP token characters (letters, digits and !#$%&'*+-.^_\`|~; RFC 9110 section 5.1)`],
  ];
}

/**
 * Every x-mcp-header declaration in an inputSchema, in document order, each with the constraints it breaks, and the
 * statically reachable properties (reached from the root by `properties` keys only). Only schema positions are
 * searched (subschema keywords), so an `x-mcp-header` key inside `enum`, `default` or an unknown keyword is data.
 */
export function readMcpHeaders(inputSchema: Json | undefined): McpHeaderReading {
  if (!isObject(inputSchema)) return { declarations: [], parameters: new Set() };
  let reading = READINGS.get(inputSchema);
  if (!reading) READINGS.set(inputSchema, (reading = readSchema(inputSchema)));
  return reading;
}

/**
 * Readings per inputSchema object. Snapshot tools are never mutated, and a head tool identical to its base version
 * shares the base's object, so the diff (both sides) and the lint (the head) walk each distinct schema once.
 */
const READINGS = new WeakMap<object, McpHeaderReading>();

/** One schema position reached by the walk: the node and how it was reached from its parent, from which its pointer and parameter chain are built on demand. */
interface SchemaVisit {
  node: JsonObject;
  parent: SchemaVisit | null;
  /** The subschema keyword of the parent that holds this node ("properties", "items", …). */
  keyword: string;
  /** The member under that keyword: a property name or an array index; null for a keyword holding one subschema. */
  member: string | null;
}

function pointerOf(visit: SchemaVisit): string {
  const parts: string[] = [];
  for (let v: SchemaVisit | null = visit; v && v.parent; v = v.parent)
    parts.push(v.member === null ? `/${pointerToken(v.keyword)}` : `/${pointerToken(v.keyword)}/${pointerToken(v.member)}`);
  return parts.reverse().join('');
}

/** The `properties` keys from the root down to this schema, or null when it is reached through any other keyword. */
function chainOf(visit: SchemaVisit): string[] | null {
  if (!visit.parent) return [];
  if (visit.keyword !== 'properties' || visit.member === null) return null;
  const above = chainOf(visit.parent);
  return above && [...above, visit.member];
}

/** Pointers of every property reached from the root by a chain of `properties` keys ("/properties/a/properties/b"). */
function staticParameters(inputSchema: JsonObject): Set<string> {
  const out = new Set<string>();
  const stack: Array<{ node: Json; pointer: string }> = [{ node: inputSchema, pointer: '' }];
  while (stack.length) {
    const { node, pointer } = stack.pop()!;
    if (!isObject(node) || !isObject(node.properties)) continue;
    for (const name of Object.keys(node.properties)) {
      const sub = node.properties[name];
      if (!isObject(sub)) continue;
      const at = `${pointer}/properties/${pointerToken(name)}`;
      out.add(at);
      stack.push({ node: sub, pointer: at });
    }
  }
  return out;
}

/** Calls `visit` for each subschema of a schema node, in key order: members of a map keyword, items of a list keyword, a single subschema. */
function forEachSubschema(node: JsonObject, visit: (sub: JsonObject, keyword: string, member: string | number | null) => void): void {
  for (const k of Object.keys(node)) {
    const v = node[k];
    if (SCHEMA_MAP.has(k) && isObject(v)) {
      for (const name of Object.keys(v)) {
        const sub = v[name];
        if (isObject(sub)) visit(sub, k, name);
      }
    } else if (SCHEMA_LIST.has(k) && Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const sub = v[i];
        if (isObject(sub)) visit(sub, k, i);
      }
    } else if (ONE_SCHEMA.has(k) && isObject(v)) visit(v, k, null);
  }
}

/** Whether any schema position of an inputSchema carries the keyword: most declare no header, and are walked once, recording nothing. */
function declaresHeader(inputSchema: JsonObject): boolean {
  const stack: JsonObject[] = [inputSchema];
  const push = (sub: JsonObject): void => {
    stack.push(sub);
  };
  while (stack.length) {
    const node = stack.pop()!;
    if (Object.prototype.hasOwnProperty.call(node, MCP_HEADER_KEYWORD)) return true;
    forEachSubschema(node, push);
  }
  return false;
}

/**
 * Every schema in an inputSchema that carries the keyword, in document order (depth first, keys in order). The walk
 * keeps only parent links; pointers and chains are built for the few schemas found, not for every node.
 */
function schemasWithHeader(inputSchema: JsonObject): SchemaVisit[] {
  if (!declaresHeader(inputSchema)) return [];
  const found: SchemaVisit[] = [];
  const stack: SchemaVisit[] = [{ node: inputSchema, parent: null, keyword: '', member: null }];
  const children: SchemaVisit[] = [];
  while (stack.length) {
    const visit = stack.pop()!;
    if (Object.prototype.hasOwnProperty.call(visit.node, MCP_HEADER_KEYWORD)) found.push(visit);
    children.length = 0;
    forEachSubschema(visit.node, (node, keyword, member) =>
      children.push({ node, parent: visit, keyword, member: member === null ? null : String(member) }),
    );
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

function readSchema(inputSchema: JsonObject): McpHeaderReading {
  let parameters: Set<string> | undefined;
  const reading: McpHeaderReading = {
    declarations: [],
    // Only a diff that compares declarations asks; most schemas declare no header.
    get parameters() {
      return (parameters ??= staticParameters(inputSchema));
    },
  };
  const found = schemasWithHeader(inputSchema).map((visit) => ({ node: visit.node, pointer: pointerOf(visit), chain: chainOf(visit) }));
  const firstByName = new Map<string, McpHeaderDeclaration>();
  for (const { node, pointer, chain } of found) {
    const value = node[MCP_HEADER_KEYWORD]!;
    const issues: Array<[McpHeaderProblem, string]> = [...valueProblems(value)];
    const type = typeProblem(node.type);
    if (type) issues.push(['type-not-allowed', type]);
    if (!chain || chain.length === 0) {
      issues.push([
        'not-statically-reachable',
        chain
          ? 'is on the schema root, not on a property'
          : 'is not statically reachable from the schema root (only a chain of "properties" keys is: not items, anyOf/oneOf/allOf/not, if/then/else, $defs or $ref)',
      ]);
    }
    const declaration: McpHeaderDeclaration = {
      pointer,
      value,
      parameter: chain && chain.length ? chain : null,
      problems: [],
      reasons: [],
    };
    if (typeof value === 'string' && value !== '') {
      const first = firstByName.get(value.toLowerCase());
      if (first)
        issues.push([
          'duplicate',
          `repeats the header name of ${describeParameter(first)} (${JSON.stringify(first.value)}; header names compare case-insensitively)`,
        ]);
      else firstByName.set(value.toLowerCase(), declaration);
    }
    declaration.problems = issues.map(([p]) => p);
    declaration.reasons = issues.map(([, r]) => r);
    reading.declarations.push(declaration);
  }
  return reading;
}

/** The message of an invalid declaration, shared by the diff (input-mcp-header-became-invalid) and the lint (input-mcp-header-invalid). */
export function invalidHeaderMessage(tool: string, d: McpHeaderDeclaration, isNew: 'new-tool' | 'changed' | 'existing'): string {
  const lead = isNew === 'new-tool' ? `Tool "${tool}" is new, but ${describeParameter(d)}` : `Tool "${tool}": ${describeParameter(d)}`;
  return `${lead} declares x-mcp-header ${q(d.value)}, which ${d.reasons.join(', and ')}. Clients on the Streamable HTTP transport MUST exclude a tool with an invalid x-mcp-header from tools/list (MCP 2026-07-28, server/tools "x-mcp-header"), so "${tool}" disappears for every HTTP client${isNew === 'changed' ? ' that could call it before' : ''}. Fix the declaration or remove it.`;
}
