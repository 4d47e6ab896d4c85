// Reports a server that starts depending on a deprecated protocol feature (Roots, Sampling, Logging; HTTP+SSE): a warning.
// One that keeps depending on it is the lint's deprecated-feature-in-use (reported, not gated: nothing changed).
import { deprecatedFeatureUses, type DeprecatedFeature } from '../catalog/deprecated-features.js';
import type { Catalog } from '../catalog/types.js';
import type { Finding } from '../findings/finding.js';
import { defineRules, findingMaker, type MessageTable } from '../findings/rule-kit.js';

export const DEPRECATED_FEATURE_RULES = defineRules('change', 'src/diff/deprecated-features.ts', 'server', {
  'deprecated-feature-adopted': [
    'warning',
    'the server starts depending on a feature the 2026-07-28 specification deprecates (Roots, Sampling, Logging: SEP-2577; the HTTP+SSE transport: SEP-2596)',
  ],
});

const DEPRECATED_FEATURE_MESSAGES = {
  'deprecated-feature-adopted': ({ feature }: { feature: DeprecatedFeature }) =>
    `The server now ${feature.evidence}: ${feature.name} ${feature.deprecation}, and new implementations should not adopt it; ${feature.migration} instead.`,
} satisfies MessageTable<keyof typeof DEPRECATED_FEATURE_RULES>;

const finding = findingMaker(DEPRECATED_FEATURE_RULES, DEPRECATED_FEATURE_MESSAGES);

/** A deprecated feature the head depends on and the base (recording it) did not. */
export function diffDeprecatedFeatures(base: Catalog, head: Catalog): Finding[] {
  const subject = head.server.name ?? base.server.name ?? 'server';
  return deprecatedFeatureUses(base, head)
    .filter((use) => use.before === false)
    .map(({ feature, value }) => finding('deprecated-feature-adopted', { subject, path: feature.path, after: value }, { feature }));
}
