// Diffs catalogs captured from real published MCP servers (fixtures/real, see scripts/capture-real-fixtures.mjs) and checks findings verified by reading both versions.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCatalogJson } from '../../src/catalog/snapshot-file.js';
import { diffCatalogs } from '../../src/diff/index.js';
import { SchemaOracle } from '../../src/diff/schema/index.js';
import type { Finding } from '../../src/findings/finding.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/real');
const NOW = new Date('2026-11-21T12:00:00Z');
const oracle = new SchemaOracle();
afterAll(() => oracle.close());

function load(file: string) {
  return parseCatalogJson(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), file).catalog;
}

async function diffReal(server: string, from: string, to: string): Promise<Finding[]> {
  return diffCatalogs(load(`${server}-${from}.json`), load(`${server}-${to}.json`), { oracle, now: NOW });
}

const brief = (f: Finding) => `${f.rule} ${f.subject}${f.path ? ' ' + f.path : ''}`;
/** Findings of the given rules, as "rule subject [path]" lines, sorted. */
function only(findings: Finding[], rules: RegExp): string[] {
  return findings
    .filter((f) => rules.test(f.rule))
    .map(brief)
    .sort();
}

/** Rules about what exists (presence, pairing, deprecation): asserted exactly for each server. */
const PRESENCE =
  /^(tool-(removed|renamed|added|dual-registered|deprecated|removed-after-deprecation)|prompt-(removed|renamed|added)|resource-template-(removed|added|variables-changed)|catalog-duplicate-tool-name)$/;

describe('sequential-thinking 2025.7.1 → 2026.8.31', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await diffReal('sequential-thinking', '2025.7.1', '2026.8.31');
  });

  it('pairs the single tool by name: nothing added, removed or renamed', () => {
    expect(only(findings, PRESENCE)).toEqual([]);
  });

  it('reports the new title, the relaxed hints and the added output schema', () => {
    // 2026 adds title "Sequential Thinking" and annotations {readOnlyHint: true, destructiveHint: false,
    // idempotentHint: true, openWorldHint: false}; 2025 had none (defaults: not read-only, open world).
    // Destructive/idempotent are moot once read-only, so only two relaxations.
    expect(only(findings, /^(tool-title-changed|annotation-|output-schema-added|tool-task-support-changed)/)).toEqual([
      'annotation-relaxed sequentialthinking /annotations/openWorldHint',
      'annotation-relaxed sequentialthinking /annotations/readOnlyHint',
      'output-schema-added sequentialthinking /outputSchema',
      // execution.taskSupport "forbidden" is the default made explicit: no task-support finding.
      'tool-title-changed sequentialthinking /title',
    ]);
  });

  it('sees the boolean flags widened to boolean|string (zod coercion in 2026)', () => {
    // nextThoughtNeeded, isRevision, needsMoreThoughts: {"type":"boolean"} → {"type":["boolean","string"]}.
    expect(only(findings, /^input-type-widened$/)).toEqual([
      'input-type-widened sequentialthinking /inputSchema/properties/isRevision/type',
      'input-type-widened sequentialthinking /inputSchema/properties/needsMoreThoughts/type',
      'input-type-widened sequentialthinking /inputSchema/properties/nextThoughtNeeded/type',
    ]);
  });

  it('reports the changed description and the server-level changes', () => {
    expect(only(findings, /^(tool-description-changed|server-)/)).toEqual([
      'server-capability-added sequential-thinking-server /capabilities/tools/listChanged',
      // The 2025 server negotiated 2024-11-05 with this client; 2026 speaks 2025-11-25.
      'server-protocol-version-changed sequential-thinking-server /protocolVersion',
      'tool-description-changed sequentialthinking /description',
    ]);
  });
});

describe('memory 2025.4.25 → 2026.8.31', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await diffReal('memory', '2025.4.25', '2026.8.31');
  });

  it('finds nothing breaking: same nine tools, input schemas differ only by the added $schema dialect URL', () => {
    expect(only(findings, PRESENCE)).toEqual([]);
    expect(findings.filter((f) => f.severity === 'breaking').map(brief)).toEqual([]);
    expect(only(findings, /^input-/)).toEqual([]);
  });

  it('reports the hints by effective value', () => {
    // create_* / add_observations: {destructiveHint: false, openWorldHint: false} against the defaults (true, true).
    // delete_*: destructive stays true (explicit default, no change), idempotentHint false → true.
    // read_graph / search_nodes / open_nodes become read-only.
    const ann = only(findings, /^annotation-/);
    expect(ann).toContain('annotation-relaxed create_entities /annotations/destructiveHint');
    expect(ann).toContain('annotation-relaxed delete_entities /annotations/idempotentHint');
    expect(ann).not.toContain('annotation-relaxed delete_entities /annotations/destructiveHint');
    expect(ann).toContain('annotation-relaxed read_graph /annotations/readOnlyHint');
    expect(ann.filter((a) => a.endsWith('/openWorldHint'))).toHaveLength(9);
    expect(ann.every((a) => a.startsWith('annotation-relaxed '))).toBe(true);
  });

  it('reports the new resource and capabilities, titles and output schemas', () => {
    expect(only(findings, /^(resource-|server-capability-)/)).toEqual([
      'resource-added memory://knowledge-graph',
      'server-capability-added memory-server /capabilities/resources',
      'server-capability-added memory-server /capabilities/tools/listChanged',
    ]);
    expect(only(findings, /^tool-title-changed$/)).toHaveLength(9);
    expect(only(findings, /^output-schema-added$/)).toHaveLength(9);
  });
});

describe('filesystem 2025.7.1 → 2026.8.31', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await diffReal('filesystem', '2025.7.1', '2026.8.31');
  });

  it('sees read_text_file and read_media_file added and read_file deprecated', () => {
    // 2026 read_file: title "Read File (Deprecated)", description "... DEPRECATED: Use read_text_file instead."
    // read_text_file is not "dual-registered": read_file itself has breaking changes (below), so it is a plain addition.
    expect(only(findings, PRESENCE)).toEqual([
      'tool-added read_media_file',
      'tool-added read_text_file',
      'tool-deprecated read_file /description',
    ]);
  });

  it('flags the required parameters that 2025.7.1 never declared', () => {
    // The 2025.7.1 build published every input schema as {"$schema": "...draft-07..."} (no type, no
    // properties): formally it accepted anything, so declaring required parameters narrows the contract.
    const added = only(findings, /^input-property-added-required$/);
    expect(added).toContain('input-property-added-required read_file /inputSchema/properties/path');
    expect(added).toContain('input-property-added-required move_file /inputSchema/properties/source');
    expect(added).toContain('input-property-added-required move_file /inputSchema/properties/destination');
    expect(added).toContain('input-property-added-required write_file /inputSchema/properties/content');
    // list_allowed_directories takes no arguments in either version.
    expect(findings.filter((f) => f.subject === 'list_allowed_directories' && f.severity === 'breaking')).toEqual([]);
  });

  it('compares hints by effective value: move_file stays destructive, create_directory becomes non-destructive', () => {
    const ann = only(findings, /^annotation-/);
    expect(ann).toContain('annotation-relaxed create_directory /annotations/destructiveHint');
    expect(ann).toContain('annotation-relaxed create_directory /annotations/idempotentHint');
    expect(ann.filter((a) => a.includes(' move_file '))).toEqual(['annotation-relaxed move_file /annotations/openWorldHint']);
    expect(ann.filter((a) => a.startsWith('annotation-') && !a.startsWith('annotation-relaxed'))).toEqual([]);
  });

  it('reports the reworded descriptions the model reads', () => {
    expect(only(findings, /^tool-description-changed$/)).toEqual([
      'tool-description-changed list_allowed_directories /description',
      'tool-description-changed read_file /description',
      'tool-description-changed search_files /description',
    ]);
    const readFile = findings.find((f) => f.rule === 'tool-description-changed' && f.subject === 'read_file')!;
    expect(String(readFile.extra?.wordDiff)).toContain('{+as text. DEPRECATED:+} Use');
    expect(String(readFile.extra?.wordDiff)).toContain('{+read_text_file instead.+}');
  });
});

describe('everything 2025.7.1 → 2026.8.31', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await diffReal('everything', '2025.7.1', '2026.8.31');
  });

  it('pairs renamed tools and prompts, and does not guess unrelated ones', () => {
    expect(only(findings, PRESENCE)).toEqual([
      'prompt-added args-prompt',
      'prompt-added completable-prompt',
      // complex_prompt (temperature, style) has no related successor.
      'prompt-removed complex_prompt',
      // snake_case → kebab-case, same arguments apart from the new resourceType.
      'prompt-renamed resource-prompt',
      'prompt-renamed simple-prompt',
      'resource-template-added demo://resource/dynamic/blob/{resourceId}',
      'resource-template-added demo://resource/dynamic/text/{resourceId}',
      'resource-template-removed test://static/resource/{id}',
      // add (a, b) and get-sum (a, b): unrelated names, and get-sum dropped additionalProperties:false, so the schemas differ → not paired.
      'tool-added get-resource-links',
      'tool-added get-structured-content',
      'tool-added get-sum',
      'tool-added gzip-file-as-resource',
      'tool-added simulate-research-query',
      'tool-added toggle-simulated-logging',
      'tool-added toggle-subscriber-updates',
      'tool-removed add',
      // sampleLLM is registered only for clients that declare sampling; the capture declared none.
      'tool-removed sampleLLM',
      // messageType, includeImage in both; the new name shares the stem.
      'tool-renamed get-annotated-message',
      // printEnv → get-env: both take {} (too common to count), but the names share "env" with synonym verbs
      // (print ≈ get) and the description is kept but for its verb ("Prints all environment variables, …" →
      // "Returns all environment variables, …"): a rename found by evidence.
      'tool-renamed get-env',
      // resourceId in both (+ resourceType); camelCase → kebab-case.
      'tool-renamed get-resource-reference',
      // no arguments in either; camelCase → kebab-case.
      'tool-renamed get-tiny-image',
      // duration, steps in both; "long running operation" is the shared stem.
      'tool-renamed trigger-long-running-operation',
    ]);
    const rename = findings.find((f) => f.rule === 'tool-renamed' && f.subject === 'get-tiny-image')!;
    expect(rename.extra).toMatchObject({ from: 'getTinyImage', to: 'get-tiny-image' });
    expect(rename.message).toContain('Keep "getTinyImage" registered');
    const env = findings.find((f) => f.rule === 'tool-renamed' && f.subject === 'get-env')!;
    expect(env.message).toBe(
      'Tool "printEnv" was renamed to "get-env" (confidence 96%: no parameters in either (too common to count); descriptions 90% alike; names share `env`, `print` ≈ `get`); clients calling "printEnv" will fail. Keep "printEnv" registered beside "get-env" (marked deprecated) until the next major version.',
    );
    expect(env.extra).toMatchObject({
      from: 'printEnv',
      to: 'get-env',
      relation: 'evidence',
      evidence: { name: { shared: ['env'], verbs: ['print', 'get'] }, schema: { trivial: true, noParameters: true } },
    });
  });

  it('sees additionalProperties:false dropped from the 2026 input schemas (zod 4), and says so plainly', () => {
    // 2025.7.1 (zod-to-json-schema) closed every input object; 2026.8.31 leaves it open: extra arguments are now accepted.
    expect(only(findings, /^input-additional-properties-/)).toEqual([
      'input-additional-properties-allowed echo /inputSchema/additionalProperties',
      'input-additional-properties-allowed get-annotated-message /inputSchema/additionalProperties',
      // Reported under the new name of printEnv (both schemas are empty objects; 2025 closed it).
      'input-additional-properties-allowed get-env /inputSchema/additionalProperties',
      'input-additional-properties-allowed get-resource-reference /inputSchema/additionalProperties',
      'input-additional-properties-allowed get-tiny-image /inputSchema/additionalProperties',
      'input-additional-properties-allowed trigger-long-running-operation /inputSchema/additionalProperties',
    ]);
    const echo = findings.find((f) => f.rule === 'input-additional-properties-allowed' && f.subject === 'echo')!;
    expect(echo.message).toBe('Tool "echo": undeclared arguments are now allowed; callers may now also send extra arguments');
  });

  it('reads get-resource-reference as loosened: resourceId optional with a default, its 1–100 bounds gone', () => {
    expect(only(findings, /^input-/).filter((f) => f.includes(' get-resource-reference /inputSchema/properties/'))).toEqual([
      'input-constraint-loosened get-resource-reference /inputSchema/properties/resourceId/maximum',
      'input-constraint-loosened get-resource-reference /inputSchema/properties/resourceId/minimum',
      'input-default-added get-resource-reference /inputSchema/properties/resourceId/default',
      'input-property-added-optional get-resource-reference /inputSchema/properties/resourceType',
      'input-property-became-optional get-resource-reference /inputSchema/properties/resourceId',
      'input-property-description-changed get-resource-reference /inputSchema/properties/resourceId/description',
    ]);
  });

  it('finds no _meta, unknown-field or inconclusive findings: every change has a specific rule', () => {
    expect(only(findings, /^((tool|prompt|resource)-(meta|field)-changed|.*-schema-inconclusive)$/)).toEqual([]);
  });

  it('reports the new required prompt argument of the renamed resource prompt, and its reworded resourceId', () => {
    // resource_prompt [resourceId "Resource ID to include (1-100)"] → resource-prompt [resourceType (new, required),
    // resourceId "ID of the text resource to fetch"].
    expect(only(findings, /^prompt-argument-/)).toEqual([
      'prompt-argument-added-required resource-prompt /arguments/0',
      'prompt-argument-description-changed resource-prompt /arguments/1/description',
    ]);
  });

  it('grades reworded tool descriptions: a trailing period is cosmetic (info), new wording a warning', () => {
    const graded = findings
      .filter((f) => f.rule === 'tool-description-changed')
      .map((f) => `${f.severity} ${f.subject}`)
      .sort();
    expect(graded).toEqual([
      // "Demonstrates how annotations can be used to provide metadata about content" + "."
      'info get-annotated-message',
      // "Demonstrates a long running operation with progress updates" + "."
      'info trigger-long-running-operation',
      // "Echoes back the input" → "… input string"
      'warning echo',
      // "Prints all environment variables" → "Returns all environment variables" (the renamed printEnv)
      'warning get-env',
      // "Returns the MCP_TINY_IMAGE" → "Returns a tiny MCP logo image."
      'warning get-tiny-image',
    ]);
  });

  it('reports all 100 static resources removed and the 7 documents added', () => {
    expect(findings.filter((f) => f.rule === 'resource-removed')).toHaveLength(100);
    expect(findings.filter((f) => f.rule === 'resource-added')).toHaveLength(7);
  });

  it('reports the server identity and capability changes, and no capability removed', () => {
    expect(only(findings, /^server-/)).toEqual([
      'server-capability-added mcp-servers/everything /capabilities/prompts/listChanged',
      'server-capability-added mcp-servers/everything /capabilities/resources/listChanged',
      'server-capability-added mcp-servers/everything /capabilities/tasks',
      'server-capability-added mcp-servers/everything /capabilities/tools/listChanged',
      'server-instructions-changed mcp-servers/everything /instructions',
      'server-name-changed mcp-servers/everything /server/name',
      'server-title-changed mcp-servers/everything /server/title',
    ]);
  });
});

/**
 * Release pairs captured once from npm (scripts/capture-real-fixtures.mjs installs the versions that are not
 * devDependencies), each diffed and checked as a whole: every finding but the per-resource ones (counted), as
 * "severity rule subject [path]". A change of verdict on any of them fails here; docs/renames.md notes the ones read.
 */
const PINNED_PAIRS: Array<
  [server: string, from: string, to: string, resourcesRemoved: number, resourcesAdded: number, findings: string[]]
> = [
  [
    'everything',
    '2025.8.18',
    '2026.1.14',
    100,
    7,
    [
      // location was any non-empty string; 2026.1.14 lists three cities: a real narrowing.
      'breaking input-enum-added get-structured-content /inputSchema/properties/location/enum',
      'breaking prompt-argument-added-required resource-prompt /arguments/0',
      'breaking prompt-removed complex_prompt',
      'breaking prompt-renamed resource-prompt',
      'breaking prompt-renamed simple-prompt',
      'breaking resource-template-removed test://static/resource/{id}',
      'breaking tool-removed sampleLLM',
      // 2026.1.14 registers trigger-elicitation-request only for clients that declare elicitation; the capture declared none.
      'breaking tool-removed startElicitation',
      'breaking tool-renamed get-annotated-message',
      'breaking tool-renamed get-env',
      'breaking tool-renamed get-resource-links',
      'breaking tool-renamed get-resource-reference',
      'breaking tool-renamed get-structured-content',
      // add (a, b) → get-sum (a, b): the same distinctive schema held by one removed and one added tool ('Adds two numbers' → 'Returns the sum of two numbers').
      'breaking tool-renamed get-sum',
      'breaking tool-renamed get-tiny-image',
      'breaking tool-renamed trigger-long-running-operation',
      'info input-default-added get-resource-reference /inputSchema/properties/resourceId/default',
      'info input-property-description-changed get-resource-reference /inputSchema/properties/resourceId/description',
      'info input-property-description-changed get-structured-content /inputSchema/properties/location/description',
      'info prompt-argument-description-changed resource-prompt /arguments/1/description',
      'info prompt-title-changed resource-prompt /title',
      'info prompt-title-changed simple-prompt /title',
      'info server-title-changed mcp-servers/everything /server/title',
      'info tool-description-changed get-annotated-message /description',
      'info tool-description-changed trigger-long-running-operation /description',
      'info tool-title-changed echo /title',
      'info tool-title-changed get-annotated-message /title',
      'info tool-title-changed get-env /title',
      'info tool-title-changed get-resource-links /title',
      'info tool-title-changed get-resource-reference /title',
      'info tool-title-changed get-structured-content /title',
      'info tool-title-changed get-sum /title',
      'info tool-title-changed get-tiny-image /title',
      'info tool-title-changed trigger-long-running-operation /title',
      'safe input-additional-properties-allowed get-env /inputSchema/additionalProperties',
      'safe input-additional-properties-allowed get-tiny-image /inputSchema/additionalProperties',
      'safe input-constraint-loosened get-resource-reference /inputSchema/properties/resourceId/maximum',
      'safe input-constraint-loosened get-resource-reference /inputSchema/properties/resourceId/minimum',
      'safe input-constraint-loosened get-structured-content /inputSchema/properties/location/minLength',
      'safe input-property-added-optional get-resource-reference /inputSchema/properties/resourceType',
      'safe input-property-became-optional get-resource-reference /inputSchema/properties/resourceId',
      'safe prompt-added args-prompt',
      'safe prompt-added completable-prompt',
      'safe resource-template-added demo://resource/dynamic/blob/{resourceId}',
      'safe resource-template-added demo://resource/dynamic/text/{resourceId}',
      'safe server-capability-added mcp-servers/everything /capabilities/prompts/listChanged',
      'safe server-capability-added mcp-servers/everything /capabilities/resources/listChanged',
      'safe server-capability-added mcp-servers/everything /capabilities/tools/listChanged',
      'safe tool-added gzip-file-as-resource',
      'safe tool-added toggle-simulated-logging',
      'safe tool-added toggle-subscriber-updates',
      'warning prompt-description-changed simple-prompt /description',
      'warning server-instructions-changed mcp-servers/everything /instructions',
      'warning server-name-changed mcp-servers/everything /server/name',
      'warning tool-description-changed echo /description',
      'warning tool-description-changed get-env /description',
      'warning tool-description-changed get-resource-links /description',
      'warning tool-description-changed get-sum /description',
      'warning tool-description-changed get-tiny-image /description',
    ],
  ],
  [
    'everything',
    '2026.1.14',
    '2026.8.31',
    0,
    0,
    [
      'info prompt-argument-description-changed args-prompt /arguments/1/description',
      'safe annotation-relaxed echo /annotations/openWorldHint',
      'safe annotation-relaxed echo /annotations/readOnlyHint',
      'safe annotation-relaxed get-annotated-message /annotations/openWorldHint',
      'safe annotation-relaxed get-annotated-message /annotations/readOnlyHint',
      'safe annotation-relaxed get-env /annotations/openWorldHint',
      'safe annotation-relaxed get-env /annotations/readOnlyHint',
      'safe annotation-relaxed get-resource-links /annotations/openWorldHint',
      'safe annotation-relaxed get-resource-links /annotations/readOnlyHint',
      'safe annotation-relaxed get-resource-reference /annotations/openWorldHint',
      'safe annotation-relaxed get-resource-reference /annotations/readOnlyHint',
      'safe annotation-relaxed get-structured-content /annotations/openWorldHint',
      'safe annotation-relaxed get-structured-content /annotations/readOnlyHint',
      'safe annotation-relaxed get-sum /annotations/openWorldHint',
      'safe annotation-relaxed get-sum /annotations/readOnlyHint',
      'safe annotation-relaxed get-tiny-image /annotations/openWorldHint',
      'safe annotation-relaxed get-tiny-image /annotations/readOnlyHint',
      'safe annotation-relaxed gzip-file-as-resource /annotations/destructiveHint',
      'safe annotation-relaxed gzip-file-as-resource /annotations/idempotentHint',
      'safe annotation-relaxed toggle-simulated-logging /annotations/destructiveHint',
      'safe annotation-relaxed toggle-simulated-logging /annotations/openWorldHint',
      'safe annotation-relaxed toggle-subscriber-updates /annotations/destructiveHint',
      'safe annotation-relaxed toggle-subscriber-updates /annotations/openWorldHint',
      'safe annotation-relaxed trigger-long-running-operation /annotations/openWorldHint',
      'safe annotation-relaxed trigger-long-running-operation /annotations/readOnlyHint',
      'safe input-additional-properties-allowed echo /inputSchema/additionalProperties',
      'safe input-additional-properties-allowed get-annotated-message /inputSchema/additionalProperties',
      'safe input-additional-properties-allowed get-resource-links /inputSchema/additionalProperties',
      'safe input-additional-properties-allowed get-resource-reference /inputSchema/additionalProperties',
      'safe input-additional-properties-allowed get-structured-content /inputSchema/additionalProperties',
      'safe input-additional-properties-allowed get-sum /inputSchema/additionalProperties',
      'safe input-additional-properties-allowed gzip-file-as-resource /inputSchema/additionalProperties',
      'safe input-additional-properties-allowed trigger-long-running-operation /inputSchema/additionalProperties',
      'safe server-capability-added mcp-servers/everything /capabilities/tasks',
      'safe tool-added simulate-research-query',
    ],
  ],
  [
    'filesystem',
    '2025.8.21',
    '2025.12.18',
    0,
    0,
    [
      // 2025.8.21 published every input schema as {$schema} alone (accepts anything), as 2025.7.1 did: declaring required parameters narrows it.
      'breaking input-property-added-required create_directory /inputSchema/properties/path',
      'breaking input-property-added-required directory_tree /inputSchema/properties/path',
      'breaking input-property-added-required edit_file /inputSchema/properties/edits',
      'breaking input-property-added-required edit_file /inputSchema/properties/path',
      'breaking input-property-added-required get_file_info /inputSchema/properties/path',
      'breaking input-property-added-required list_directory /inputSchema/properties/path',
      'breaking input-property-added-required list_directory_with_sizes /inputSchema/properties/path',
      'breaking input-property-added-required move_file /inputSchema/properties/destination',
      'breaking input-property-added-required move_file /inputSchema/properties/source',
      'breaking input-property-added-required read_file /inputSchema/properties/path',
      'breaking input-property-added-required read_media_file /inputSchema/properties/path',
      'breaking input-property-added-required read_multiple_files /inputSchema/properties/paths',
      'breaking input-property-added-required read_text_file /inputSchema/properties/path',
      'breaking input-property-added-required search_files /inputSchema/properties/path',
      'breaking input-property-added-required search_files /inputSchema/properties/pattern',
      'breaking input-property-added-required write_file /inputSchema/properties/content',
      'breaking input-property-added-required write_file /inputSchema/properties/path',
      'info tool-title-changed create_directory /title',
      'info tool-title-changed directory_tree /title',
      'info tool-title-changed edit_file /title',
      'info tool-title-changed get_file_info /title',
      'info tool-title-changed list_allowed_directories /title',
      'info tool-title-changed list_directory /title',
      'info tool-title-changed list_directory_with_sizes /title',
      'info tool-title-changed move_file /title',
      'info tool-title-changed read_file /title',
      'info tool-title-changed read_media_file /title',
      'info tool-title-changed read_multiple_files /title',
      'info tool-title-changed read_text_file /title',
      'info tool-title-changed search_files /title',
      'info tool-title-changed write_file /title',
      'safe annotation-relaxed create_directory /annotations/destructiveHint',
      'safe annotation-relaxed create_directory /annotations/idempotentHint',
      'safe annotation-relaxed directory_tree /annotations/readOnlyHint',
      'safe annotation-relaxed get_file_info /annotations/readOnlyHint',
      'safe annotation-relaxed list_allowed_directories /annotations/readOnlyHint',
      'safe annotation-relaxed list_directory /annotations/readOnlyHint',
      'safe annotation-relaxed list_directory_with_sizes /annotations/readOnlyHint',
      'safe annotation-relaxed move_file /annotations/destructiveHint',
      'safe annotation-relaxed read_file /annotations/readOnlyHint',
      'safe annotation-relaxed read_media_file /annotations/readOnlyHint',
      'safe annotation-relaxed read_multiple_files /annotations/readOnlyHint',
      'safe annotation-relaxed read_text_file /annotations/readOnlyHint',
      'safe annotation-relaxed search_files /annotations/readOnlyHint',
      'safe annotation-relaxed write_file /annotations/idempotentHint',
      'safe input-property-added-optional directory_tree /inputSchema/properties/excludePatterns',
      'safe input-property-added-optional edit_file /inputSchema/properties/dryRun',
      'safe input-property-added-optional list_directory_with_sizes /inputSchema/properties/sortBy',
      'safe input-property-added-optional read_file /inputSchema/properties/head',
      'safe input-property-added-optional read_file /inputSchema/properties/tail',
      'safe input-property-added-optional read_text_file /inputSchema/properties/head',
      'safe input-property-added-optional read_text_file /inputSchema/properties/tail',
      'safe input-property-added-optional search_files /inputSchema/properties/excludePatterns',
      'safe output-schema-added create_directory /outputSchema',
      'safe output-schema-added directory_tree /outputSchema',
      'safe output-schema-added edit_file /outputSchema',
      'safe output-schema-added get_file_info /outputSchema',
      'safe output-schema-added list_allowed_directories /outputSchema',
      'safe output-schema-added list_directory /outputSchema',
      'safe output-schema-added list_directory_with_sizes /outputSchema',
      'safe output-schema-added move_file /outputSchema',
      'safe output-schema-added read_file /outputSchema',
      'safe output-schema-added read_media_file /outputSchema',
      'safe output-schema-added read_multiple_files /outputSchema',
      'safe output-schema-added read_text_file /outputSchema',
      'safe output-schema-added search_files /outputSchema',
      'safe output-schema-added write_file /outputSchema',
      'safe server-capability-added secure-filesystem-server /capabilities/tools/listChanged',
      'warning tool-description-changed search_files /description',
    ],
  ],
  [
    'filesystem',
    '2025.12.18',
    '2026.8.31',
    0,
    0,
    [
      // 2025.12.18 said destructiveHint false; 2026.8.31 says true (a move overwrites nothing but removes the source).
      'breaking annotation-destructive-added move_file /annotations/destructiveHint',
      // content[] may now hold an embedded resource block beside image/audio.
      'breaking output-variant-added read_media_file /outputSchema/properties/content/items/anyOf/1',
      'safe annotation-relaxed create_directory /annotations/openWorldHint',
      'safe annotation-relaxed directory_tree /annotations/openWorldHint',
      'safe annotation-relaxed edit_file /annotations/openWorldHint',
      'safe annotation-relaxed get_file_info /annotations/openWorldHint',
      'safe annotation-relaxed list_allowed_directories /annotations/openWorldHint',
      'safe annotation-relaxed list_directory /annotations/openWorldHint',
      'safe annotation-relaxed list_directory_with_sizes /annotations/openWorldHint',
      'safe annotation-relaxed move_file /annotations/openWorldHint',
      'safe annotation-relaxed read_file /annotations/openWorldHint',
      'safe annotation-relaxed read_media_file /annotations/openWorldHint',
      'safe annotation-relaxed read_multiple_files /annotations/openWorldHint',
      'safe annotation-relaxed read_text_file /annotations/openWorldHint',
      'safe annotation-relaxed search_files /annotations/openWorldHint',
      'safe annotation-relaxed write_file /annotations/openWorldHint',
      'safe output-enum-value-removed read_media_file /outputSchema/properties/content/items/anyOf/0/properties/type/enum',
      'warning tool-description-changed read_media_file /description',
    ],
  ],
];

describe.each(PINNED_PAIRS)('%s %s → %s: every finding', (server, from, to, resourcesRemoved, resourcesAdded, expected) => {
  it('is exactly the reviewed list', async () => {
    const findings = await diffReal(server, from, to);
    const perResource = /^resource-(removed|added)$/;
    expect(
      findings
        .filter((f) => !perResource.test(f.rule))
        .map((f) => `${f.severity} ${brief(f)}`)
        .sort(),
    ).toEqual(expected);
    expect(findings.filter((f) => f.rule === 'resource-removed')).toHaveLength(resourcesRemoved);
    expect(findings.filter((f) => f.rule === 'resource-added')).toHaveLength(resourcesAdded);
  });
});
