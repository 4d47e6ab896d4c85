// Types for bench/generate.mjs, so TypeScript tests can import the generator.
export interface GeneratedCatalog {
  serverInfo: { name: string; version: string };
  tools: Array<{
    name: string;
    description?: string;
    inputSchema: Record<string, unknown>;
    outputSchema?: Record<string, unknown>;
    annotations?: Record<string, unknown>;
  }>;
}
export interface AppliedChange {
  tool: string;
  kind: string;
  rule: string;
}
export interface CatalogPair {
  base: GeneratedCatalog;
  head: GeneratedCatalog;
}

export function mulberry32(seed: number): () => number;
export const MUTATION_KINDS: string[];
export const EXPECTED_RULE: Record<string, string>;
export function generatePair(options?: {
  tools?: number;
  seed?: number;
  changedFraction?: number;
}): CatalogPair & { changes: AppliedChange[] };
export function serializeCatalog(catalog: GeneratedCatalog): string;
export const NULLABLE_TOOL: string;
export const NULLABLE_CHANGED_PROPERTY: string;
export const NULLABLE_PROPERTY_COUNT: number;
export function nullableWidePair(): CatalogPair;
export const ORACLE_SLOW_TOOL: string;
export function oracleSlowPair(): CatalogPair;
export function writeGeneratedPair(dir: string, options?: { tools?: number; seed?: number }): CatalogPair & { changes: AppliedChange[] };
export function writeWorstCases(dir: string): void;
