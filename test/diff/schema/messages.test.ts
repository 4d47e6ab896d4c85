// The schema message table words registered rules only: each of its ids is a rule of the registry, emitted by the walker, index.ts or the oracle (the reverse, a sentence for each id they emit, is tsc's check at their call sites).
import { describe, expect, it } from 'vitest';
import { WORDED_SCHEMA_RULES } from '../../../src/diff/schema/messages.js';
import { getRule } from '../../../src/rules/registry.js';

describe('schema message table', () => {
  it('words only registered rules of the walker, index.ts and the oracle', () => {
    expect(WORDED_SCHEMA_RULES.length).toBeGreaterThan(40);
    const emitters = /src\/diff\/schema\/(walker|index|oracle-finding)\.ts/;
    expect(WORDED_SCHEMA_RULES.filter((id) => !emitters.test(getRule(id)?.emittedBy ?? ''))).toEqual([]);
  });
});
