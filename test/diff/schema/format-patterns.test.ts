// The format-regex table against the generator itself: every zod 4 string format's JSON Schema carries a pattern the table knows for that format.
import { describe, expect, test } from 'vitest';
import * as z from 'zod/v4';
import { generatorOfFormatPattern } from '../../../src/diff/schema/format-patterns.js';

const R = z.regexes;
const FORMATS: Record<string, z.ZodType> = {
  'z.email (default)': z.email(),
  'z.email (html5Email)': z.email({ pattern: R.html5Email }),
  'z.email (rfc5322Email)': z.email({ pattern: R.rfc5322Email }),
  'z.email (unicodeEmail)': z.email({ pattern: R.unicodeEmail }),
  'z.uuid()': z.uuid(),
  'z.uuidv4()': z.uuidv4(),
  'z.uuidv7()': z.uuidv7(),
  'z.guid()': z.guid(),
  'z.iso.datetime()': z.iso.datetime(),
  'z.iso.datetime({offset})': z.iso.datetime({ offset: true }),
  'z.iso.date()': z.iso.date(),
  'z.iso.duration()': z.iso.duration(),
  'z.ipv4()': z.ipv4(),
  'z.ipv6()': z.ipv6(),
  'z.cidrv4()': z.cidrv4(),
  'z.cidrv6()': z.cidrv6(),
  'z.hostname()': z.hostname(),
  'z.base64()': z.base64(),
  'z.base64url()': z.base64url(),
  'z.cuid()': z.cuid(),
  'z.cuid2()': z.cuid2(),
  'z.ulid()': z.ulid(),
  'z.nanoid()': z.nanoid(),
  'z.xid()': z.xid(),
  'z.ksuid()': z.ksuid(),
  'z.e164()': z.e164(),
  'z.emoji()': z.emoji(),
};

describe('format regexes of schema generators', () => {
  test.each(Object.entries(FORMATS))('%s: the pattern zod writes beside its format is in the table', (name, schema) => {
    const json = z.toJSONSchema(schema) as { format?: string; pattern?: string };
    expect(typeof json.format).toBe('string');
    expect(generatorOfFormatPattern(json.format!, json.pattern!)).toBe(`zod 4 ${name}`);
  });

  test('matches by exact string only: another format, a changed character, or a prefix are unknown', () => {
    const email = z.toJSONSchema(z.email()) as { pattern: string };
    expect(generatorOfFormatPattern('uuid', email.pattern)).toBeUndefined();
    expect(generatorOfFormatPattern('email', email.pattern.slice(0, -1))).toBeUndefined();
    expect(generatorOfFormatPattern('email', `${email.pattern}|.*`)).toBeUndefined();
    expect(generatorOfFormatPattern('constructor', 'x')).toBeUndefined();
  });
});
