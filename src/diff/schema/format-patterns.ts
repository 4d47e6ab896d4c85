// The regexes schema generators write beside a string `format` they already emit (zod 4: `format: email` + its email regex): a table matched by exact string comparison.

/**
 * One generator's regex for a format: `source` is the exact `pattern` string its JSON Schema output carries. The
 * generator validates the format with this very regex, so the pattern accepts the values the server already accepted
 * under that format. Taken from zod 4.6 (`z.toJSONSchema` of each string format, printed once and pasted here);
 * pydantic and zod-to-json-schema write the format alone, so they have no rows.
 */
type FormatPatternRow = readonly [format: string, generator: string, source: string];

const ROWS: readonly FormatPatternRow[] = [
  [
    'email',
    'zod 4 z.email (default)',
    "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$",
  ],
  [
    'email',
    'zod 4 z.email (html5Email)',
    "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$",
  ],
  [
    'email',
    'zod 4 z.email (rfc5322Email)',
    '^(([^<>()\\[\\]\\\\.,;:\\s@"]+(\\.[^<>()\\[\\]\\\\.,;:\\s@"]+)*)|(".+"))@((\\[[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}])|(([a-zA-Z\\-0-9]+\\.)+[a-zA-Z]{2,}))$',
  ],
  ['email', 'zod 4 z.email (unicodeEmail)', '^[^\\s@"]{1,64}@[^\\s@]{1,255}$'],
  [
    'uuid',
    'zod 4 z.uuid()',
    '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$',
  ],
  ['uuid', 'zod 4 z.uuidv4()', '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$'],
  ['uuid', 'zod 4 z.uuidv6()', '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-6[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$'],
  ['uuid', 'zod 4 z.uuidv7()', '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-7[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$'],
  ['uuid', 'zod 4 z.guid()', '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$'],
  [
    'date-time',
    'zod 4 z.iso.datetime()',
    '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$',
  ],
  [
    'date-time',
    'zod 4 z.iso.datetime({offset})',
    '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$',
  ],
  [
    'date',
    'zod 4 z.iso.date()',
    '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$',
  ],
  [
    'duration',
    'zod 4 z.iso.duration()',
    '^P(?:(\\d+W)|(?!.*W)(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+([.,]\\d+)?S)?)?)$',
  ],
  [
    'ipv4',
    'zod 4 z.ipv4()',
    '^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$',
  ],
  [
    'ipv6',
    'zod 4 z.ipv6()',
    '^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$',
  ],
  [
    'cidrv4',
    'zod 4 z.cidrv4()',
    '^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\\/([0-9]|[1-2][0-9]|3[0-2])$',
  ],
  [
    'cidrv6',
    'zod 4 z.cidrv6()',
    '^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$',
  ],
  [
    'hostname',
    'zod 4 z.hostname()',
    '^(?=.{1,253}\\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\\.?$',
  ],
  ['base64', 'zod 4 z.base64()', '^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$'],
  ['base64url', 'zod 4 z.base64url()', '^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$'],
  ['cuid', 'zod 4 z.cuid()', '^[cC][0-9a-z]{6,}$'],
  ['cuid2', 'zod 4 z.cuid2()', '^[0-9a-z]+$'],
  ['ulid', 'zod 4 z.ulid()', '^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$'],
  ['nanoid', 'zod 4 z.nanoid()', '^[a-zA-Z0-9_-]{21}$'],
  ['xid', 'zod 4 z.xid()', '^[0-9a-vA-V]{20}$'],
  ['ksuid', 'zod 4 z.ksuid()', '^[A-Za-z0-9]{27}$'],
  ['e164', 'zod 4 z.e164()', '^\\+[1-9]\\d{6,14}$'],
  [
    'emoji',
    'zod 4 z.emoji()',
    '^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$',
  ],
];

const BY_FORMAT = new Map<string, Map<string, string>>();
for (const [format, generator, source] of ROWS) {
  const m = BY_FORMAT.get(format) ?? new Map<string, string>();
  if (!m.has(source)) m.set(source, generator);
  BY_FORMAT.set(format, m);
}

/**
 * The generator whose regex for `format` is exactly `pattern` (e.g. "zod 4 z.email (default)"), or undefined. Exact
 * comparison only: catalog text is never compiled or searched as a regex.
 */
export function generatorOfFormatPattern(format: string, pattern: string): string | undefined {
  return BY_FORMAT.get(format)?.get(pattern);
}
