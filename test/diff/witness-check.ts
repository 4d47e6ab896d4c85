// The tests' own judge of a witness: a fresh ajv 8 (not the search's cached validators) says whether an instance is valid under a schema.
import { Ajv } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Json } from '../../src/findings/json.js';
import { dialectOf, numericExclusiveBounds } from '../../src/diff/schema/witness-validator.js';

const options = { strict: false, allErrors: true, validateFormats: false, validateSchema: false, addUsedSchema: false } as const;
const judges = { 'draft-07': new Ajv(options), 'draft-2019-09': new Ajv2019(options), 'draft-2020-12': new Ajv2020(options) };

type Judge = ReturnType<Ajv['compile']>;
const compiled = new Map<string, Judge>();

/** The schema as ajv reads it (boolean exclusive bounds numeric, no `$schema`), compiled once per text, reporting every error. */
function judge(schema: Json): Judge {
  const key = JSON.stringify(schema);
  let fn = compiled.get(key);
  if (!fn) {
    const copy = numericExclusiveBounds(schema) as Record<string, Json> | boolean;
    if (typeof copy === 'object') delete copy.$schema;
    fn = judges[dialectOf(schema)].compile(copy as object);
    compiled.set(key, fn);
  }
  return fn;
}

/** Whether `instance` is valid under `schema`, read in the dialect its `$schema` names (draft-07 by default). */
export function validUnder(schema: Json, instance: Json): boolean {
  return judge(schema)(instance) === true;
}

/** Asserts the witness shows a break: input — the base accepts it, the head rejects it; output — the head allows it, the base rejects it. */
export function showsBreak(direction: 'input' | 'output', before: Json, after: Json, witness: Json): boolean {
  const [accepting, rejecting] = direction === 'input' ? [before, after] : [after, before];
  return validUnder(accepting, witness) && !validUnder(rejecting, witness);
}

/** Where `schema` rejects `instance`, as pointer tokens (a missing or undeclared property named by its own location). */
export function rejectionsAt(schema: Json, instance: Json): string[][] {
  const validate = judge(schema);
  if (validate(instance)) return [];
  return (validate.errors ?? []).map((e) => {
    const name =
      e.keyword === 'required'
        ? (e.params as { missingProperty?: string }).missingProperty
        : e.keyword === 'additionalProperties'
          ? (e.params as { additionalProperty?: string }).additionalProperty
          : undefined;
    const tokens = e.instancePath.split('/').slice(1);
    return name === undefined ? tokens : [...tokens, name.replace(/~/g, '~0').replace(/\//g, '~1')];
  });
}
