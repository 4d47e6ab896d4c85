// The tests' own judge of a witness: a fresh ajv 8 (not the search's cached validators) says whether an instance is valid under a schema.
import { Ajv } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Json } from '../../src/findings/json.js';
import { dialectOf, numericExclusiveBounds } from '../../src/diff/schema/witness-validator.js';

const options = { strict: false, validateFormats: false, validateSchema: false, addUsedSchema: false } as const;
const judges = { 'draft-07': new Ajv(options), 'draft-2019-09': new Ajv2019(options), 'draft-2020-12': new Ajv2020(options) };

/** Whether `instance` is valid under `schema`, read in the dialect its `$schema` names (draft-07 by default). */
export function validUnder(schema: Json, instance: Json): boolean {
  const copy = numericExclusiveBounds(schema) as Record<string, Json> | boolean;
  if (typeof copy === 'object') delete copy.$schema;
  return judges[dialectOf(schema)].validate(copy as object, instance) === true;
}

/** Asserts the witness shows a break: input — the base accepts it, the head rejects it; output — the head allows it, the base rejects it. */
export function showsBreak(direction: 'input' | 'output', before: Json, after: Json, witness: Json): boolean {
  const [accepting, rejecting] = direction === 'input' ? [before, after] : [after, before];
  return validUnder(accepting, witness) && !validUnder(rejecting, witness);
}
