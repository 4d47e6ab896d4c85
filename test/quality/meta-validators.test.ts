// The ahead-of-time meta-schema validators give the verdicts and messages ajv's own validateSchema gives at run time.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { loadSchemaChecker } from '../../src/quality/schema-validity.js';

const require = createRequire(import.meta.url);
type AjvInstance = {
  validateSchema(s: object): boolean;
  errorsText(e: unknown): string;
  errors: unknown;
  addMetaSchema(s: object): unknown;
};
type AjvClass = new (o: object) => AjvInstance;
const def = (m: { default?: unknown }) => (m.default ?? m) as AjvClass;
const OPTIONS = { strict: false, validateFormats: false, logger: false, unicodeRegExp: false, allErrors: false };

const DIALECT_URLS = {
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  'draft-07': 'http://json-schema.org/draft-07/schema#',
  'draft-06': 'http://json-schema.org/draft-06/schema#',
} as const;

/** Schemas that are valid or break the meta-schema in different places (types, nested schemas, arrays, uniqueness). */
const BODIES: object[] = [
  { type: 'object', properties: { a: { type: 'string', minLength: 1 } }, required: ['a'] },
  { type: 'strin' },
  { type: 'object', properties: { a: { type: 'integer', minimum: 'zero' } } },
  { type: 'object', required: ['a', 'a'] },
  { type: 'object', required: 'a' },
  { enum: [] },
  { enum: [1, 1] },
  { type: ['string', 'string'] },
  { anyOf: [] },
  { anyOf: [{ type: 'string' }, { type: 7 }] },
  { items: { type: 'string', maxLength: -1 } },
  { type: 'object', additionalProperties: { type: 'nope' } },
  { $defs: { x: { type: 'number', multipleOf: 0 } }, definitions: { y: { type: 'string', pattern: 3 } } },
  { properties: { a: true, b: false }, not: { type: 'null' } },
];

function runtimeAjv(dialect: keyof typeof DIALECT_URLS): AjvInstance {
  if (dialect === '2020-12') return new (def(require('ajv/dist/2020.js')))(OPTIONS);
  if (dialect === '2019-09') return new (def(require('ajv/dist/2019.js')))(OPTIONS);
  const ajv = new (def(require('ajv')))(OPTIONS);
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  return ajv;
}

describe('meta-schema validators compiled ahead of time (scripts/gen-meta-validators.mjs)', () => {
  for (const dialect of Object.keys(DIALECT_URLS) as Array<keyof typeof DIALECT_URLS>) {
    it(`${dialect}: same verdict and message as ajv's validateSchema`, async () => {
      const checker = await loadSchemaChecker();
      const ajv = runtimeAjv(dialect);
      let invalid = 0;
      for (const body of BODIES) {
        const schema = { $schema: DIALECT_URLS[dialect], ...body };
        const expected = ajv.validateSchema(schema) ? undefined : ajv.errorsText(ajv.errors).replace(/(^|, )data/g, '$1schema');
        if (expected) invalid++;
        // The checker adds its own $ref / pattern checks after the meta-schema: only compare meta-schema verdicts.
        const got = checker.problem(schema);
        expect(got, JSON.stringify(schema)).toBe(expected ?? got);
        if (expected === undefined) expect(got === undefined || !got.startsWith('schema'), JSON.stringify(schema)).toBe(true);
      }
      expect(invalid).toBeGreaterThanOrEqual(8);
    });
  }

  it('a checker made for some schemas loads the validators of their dialects only', async () => {
    const draft07 = await loadSchemaChecker([{ $schema: DIALECT_URLS['draft-07'], type: 'object' }]);
    expect(draft07.problem({ $schema: DIALECT_URLS['draft-07'], type: 'strin' })).toMatch(
      /^schema\/type must be equal to one of the allowed values/,
    );
    // No $schema means 2020-12, whose validator this checker was not made with.
    expect(() => draft07.problem({ type: 'object' })).toThrow(
      'internal: the 2020-12 meta-schema validator was not loaded for this checker',
    );
    // A dialect we do not validate (draft-04) loads nothing and is never judged.
    const none = await loadSchemaChecker([{ $schema: 'http://json-schema.org/draft-04/schema#' }]);
    expect(none.problem({ $schema: 'http://json-schema.org/draft-04/schema#', type: 'strin' })).toBeUndefined();
  });
});
