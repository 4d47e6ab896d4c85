import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);

// src/commands/usage-args.ts
var USAGE_OPTIONS = {
  "usage-root": { type: "string" },
  "usage-refs": { type: "string", multiple: true },
  "usage-calls": { type: "string", multiple: true },
  "demote-unused": { type: "boolean" }
};
var USAGE_HELP = `Usage evidence (docs/usage.md): label every breaking finding broken / potentially affected / unaffected:
  --usage-root DIR        read references (prompts, agent and skill files, client configs, code) under DIR
  --usage-refs GLOB       which files under the root to read (repeatable; default: the usual prompt, agent, config and code files)
  --usage-calls FILE      recorded calls: an OTLP JSON trace export or JSONL of {tool, arguments, result?} (repeatable)
  --demote-unused         a breaking finding nothing uses becomes a warning (with no evidence at all, nothing is demoted)`;
function usageSettings(values, config) {
  const refs = values["usage-refs"] ?? config?.refs;
  const root = values["usage-root"] ?? config?.root ?? (values["usage-refs"] ? "." : void 0);
  const calls = values["usage-calls"] ?? config?.calls;
  const demoteUnused = values["demote-unused"] ?? config?.demoteUnused;
  if (root === void 0 && !refs?.length && !calls?.length) return void 0;
  return {
    ...root !== void 0 ? { root } : {},
    ...refs?.length ? { refs } : {},
    ...calls?.length ? { calls } : {},
    ...demoteUnused ? { demoteUnused } : {}
  };
}

export {
  USAGE_OPTIONS,
  USAGE_HELP,
  usageSettings
};
