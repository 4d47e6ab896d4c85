// The gate's public surface: gate() and the helpers the CLI and the Action use around it.
export { gate } from './gate.js';
export type { GateArgs } from './gate.js';
export { applyOverrides } from './overrides.js';
export { actualBump, bumpForSeverity, nextVersion, parseVersion, requiredBumpFor } from './bump.js';
export { waiverExpired, waiverMatches } from './waivers.js';
export type { ActualBump, GatedFinding, Reason, Verdict } from './types.js';
