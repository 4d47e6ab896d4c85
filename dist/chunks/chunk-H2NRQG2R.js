import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  closestName
} from "./chunk-IZD4RIUM.js";
import {
  UserError,
  oneLine
} from "./chunk-MG3LNJ7Q.js";

// src/commands/flags.ts
import { parseArgs } from "node:util";
function helpOf(ctx) {
  return `\`mcp-contract ${ctx.command} --help\` lists the options`;
}
function unknownFlagError(flag, options, ctx) {
  const found = flag.startsWith("--") ? closestName(flag.slice(2), Object.keys(options)) : void 0;
  const near = found === void 0 ? void 0 : `--${found}`;
  const shown = oneLine(flag, 80);
  const hint = near ? `did you mean ${near}? (${helpOf(ctx)}.)` : ctx.serverAfterDoubleDash ? `${helpOf(ctx)}. If ${shown} is a flag of the server itself, write it after \`--\` with the server command (everything after \`--\` goes to the server).` : `${helpOf(ctx)}.`;
  return new UserError(`unknown option ${shown} for mcp-contract ${ctx.command}`, { hint });
}
function valueError(message, ctx) {
  return new UserError(message, { hint: `${helpOf(ctx)}.` });
}
function lookup(arg, options) {
  if (arg.startsWith("--")) {
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? void 0 : eq);
    return Object.prototype.hasOwnProperty.call(options, name) ? { name, flag: `--${name}`, inline: eq >= 0 } : void 0;
  }
  const entry = Object.entries(options).find(([, o]) => o.short === arg[1]);
  return entry ? { name: entry[0], flag: `-${arg[1]}`, inline: arg.length > 2 } : void 0;
}
function preflight(argv, options, ctx) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") return;
    if (!arg.startsWith("-") || arg === "-") continue;
    const found = lookup(arg, options);
    if (!found) throw unknownFlagError(arg.startsWith("--") ? arg.split("=")[0] : arg.slice(0, 2), options, ctx);
    const spec = options[found.name];
    if (spec.type === "boolean") {
      if (found.inline) throw valueError(`${found.flag} is a switch and takes no value (got "${oneLine(arg, 80)}")`, ctx);
      continue;
    }
    if (found.inline) continue;
    const next = argv[i + 1];
    if (next === void 0 || next.length > 1 && next.startsWith("-")) {
      throw valueError(`${found.flag} needs a value`, ctx);
    }
    i++;
  }
}
function parseFlags(argv, options, ctx) {
  preflight(argv, options, ctx);
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (err) {
    throw valueError(`${err.message.split("\n")[0].split(". ")[0]}`, ctx);
  }
}

export {
  parseFlags
};
