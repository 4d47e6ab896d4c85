import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);

// src/policy/overrides.ts
function applyOverrides(findings, overrides = {}) {
  const out = [];
  for (const f of findings) {
    const override = overrideOf(f.rule, overrides);
    if (override === "off") continue;
    if (override !== void 0 && override !== f.severity) out.push({ ...f, severity: override, originalSeverity: f.severity });
    else out.push({ ...f });
  }
  return out;
}
function overrideOf(rule, overrides = {}) {
  return Object.prototype.hasOwnProperty.call(overrides, rule) ? overrides[rule] : void 0;
}
function countsWithoutOffRules(counts, overrides = {}) {
  return new Map([...counts].filter(([rule]) => overrideOf(rule, overrides) !== "off"));
}

export {
  applyOverrides,
  countsWithoutOffRules
};
