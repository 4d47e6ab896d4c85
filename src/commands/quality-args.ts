// The lint and token-footprint flags that `diff` and `check` share: their option table and their help lines.
export const QUALITY_OPTIONS = {
  'no-lint': { type: 'boolean' },
  lint: { type: 'string' },
  'no-footprint': { type: 'boolean' },
} as const;

export const QUALITY_USAGE = `  --no-lint               skip the catalog lint (descriptions, names, parameters, schema validity)
  --lint MODE             count (default): lint findings already in the base are counted per rule; all: also listed
  --no-footprint          skip the token count of the tools (o200k_base estimate)`;
