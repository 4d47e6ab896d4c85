// The schema message table words registered rules only: each of its ids is a rule of the registry, and each schema rule the walker or oracle emits has a sentence.
import { describe, expect, it } from 'vitest';
import { SCHEMA_RULES } from '../../../src/diff/schema/index.js';
import { WORDED_SCHEMA_RULES } from '../../../src/diff/schema/messages.js';
import { getRule } from '../../../src/rules/registry.js';

describe('schema message table', () => {
  it('words only registered rules, and every rule of SCHEMA_RULES', () => {
    expect(WORDED_SCHEMA_RULES.filter((id) => getRule(id) === undefined)).toEqual([]);
    expect(SCHEMA_RULES.map((r) => r.id).filter((id) => !WORDED_SCHEMA_RULES.includes(id))).toEqual([]);
  });
});
