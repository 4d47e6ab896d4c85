import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  assertKnownRuleIds
} from "./chunk-UFM5R4RP.js";
import {
  discoverConfig,
  resolveConfig
} from "./chunk-DEY5WHHG.js";
import {
  UserError
} from "./chunk-MG3LNJ7Q.js";

// src/commands/config-file.ts
var CONFIG_OPTIONS = {
  config: { type: "string", short: "c" },
  "no-config": { type: "boolean" }
};
var CONFIG_USAGE = `  --config FILE, -c FILE  config file, JSON or YAML (policy: failOn, overrides, waivers, versionSources; servers);
                          the paths inside it are relative to the config file. Default: mcp-contract.config.json,
                          .yaml or .yml in the current directory, when there is one
  --no-config             use no config file, even when one is in the current directory`;
async function loadCommandConfig(values, opts) {
  if (values.config !== void 0 && values["no-config"]) {
    throw new UserError("--config and --no-config contradict each other", { hint: "give one of them." });
  }
  let file = values.config;
  if (file === void 0 && opts.discover && !values["no-config"]) {
    file = await discoverConfig();
    if (file !== void 0) opts.say?.(`mcp-contract: using ${file} (found in the current directory; --no-config ignores it)`);
  }
  if (file === void 0) return void 0;
  const config = await resolveConfig(file);
  assertKnownRuleIds(config.policy, file);
  return { config, shownAs: file };
}

export {
  CONFIG_OPTIONS,
  CONFIG_USAGE,
  loadCommandConfig
};
