import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  applyOverrides,
  countsWithoutOffRules
} from "./chunk-ZDAMOFGY.js";
import {
  KEYWORD_RULES,
  ONE_OF_RULES,
  SCHEMA_RULES,
  SchemaOracle,
  diffCacheHints,
  diffDeprecatedFeatures,
  diffMcpHeaders,
  diffNetworkRefs,
  diffPrompts,
  diffResourceTemplates,
  diffResources,
  diffServer,
  diffTools,
  diffUncapturedLists,
  footprintFindings,
  isQualityRule,
  lintCatalogs,
  lintProtocol,
  loadTokenCounter,
  measureFootprint,
  oracleFinding,
  prepareSchemaChecker,
  rateGeneratorToggles,
  schemaFinding,
  withoutUncapturedLists
} from "./chunk-LLRBDKEF.js";
import {
  BUMP_ORDER,
  REGEX_INPUT_CAP,
  SEVERITIES,
  canonicalize,
  compareFindings,
  compareText,
  compileSchema,
  equalJson,
  hashTool,
  isObject,
  stableJson,
  unescapePointerToken
} from "./chunk-D2AULK6V.js";
import {
  __commonJS,
  __toESM
} from "./chunk-PAFTTTTQ.js";

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      " ",
      "\u2028",
      "\u2029",
      " ",
      " ",
      "　",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num2 = +id;
              if (num2 >= 0 && num2 < MAX_SAFE_INTEGER) {
                return num2;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// src/quality/index.ts
function prepareQuality(opts = {}) {
  const ignore = () => void 0;
  if (opts.footprint !== false) loadTokenCounter().catch(ignore);
  if (opts.lint !== false) prepareSchemaChecker();
}
async function measureToolTokens(base, head) {
  return measureFootprint(base, head);
}
async function assessQuality(base, head, opts = {}) {
  const out = { findings: [] };
  const lint = opts.lint === false ? void 0 : await lintCatalogs(base, head, {
    ...opts.quality ? { quality: opts.quality } : {},
    ...opts.diffFindings ? { diffFindings: opts.diffFindings } : {},
    ...opts.listExisting === false ? { listExisting: false } : {}
  });
  if (lint) {
    const protocol = lintProtocol(base, head, opts.diffFindings);
    out.findings.push(...lint.new, ...protocol.new);
    out.existing = [...lint.existing, ...protocol.existing];
    if (lint.existingCounts.size) out.existingCounts = lint.existingCounts;
  }
  if (opts.footprint !== false) {
    const measured = opts.measured ?? await measureFootprint(base, head);
    out.footprint = measured.footprint;
    const changed = lint?.changedTools ?? changedToolNames(base, head);
    const budget = footprintFindings(measured, opts.quality, changed);
    out.findings.push(...budget.new);
    if (out.existing) out.existing.push(...budget.existing);
  }
  return out;
}
function changedToolNames(base, head) {
  const out = /* @__PURE__ */ new Set();
  for (const [name, hash] of Object.entries(head.hashes.tools)) if (base.hashes.tools[name] !== hash) out.add(name);
  return out;
}

// src/diff/schema/valid-instances.ts
var PER_NODE = 6;
var MAX_DEPTH = 4;
function validInstances(schema, limit = 32) {
  const compiled = compileSchema(schema);
  if (!("validate" in compiled)) return [];
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const v of new Builder(schema).build(schema, 0)) {
    const key = JSON.stringify(v);
    if (seen.has(key)) continue;
    seen.add(key);
    let valid;
    try {
      valid = compiled.validate(v);
    } catch {
      valid = false;
    }
    if (valid) out.push(v);
    if (out.length >= limit) break;
  }
  return out;
}
var num = (n, k) => typeof n[k] === "number" && Number.isFinite(n[k]) ? n[k] : void 0;
var Builder = class {
  constructor(root) {
    this.root = root;
  }
  root;
  /** The node a local `$ref` names (`#`, `#/$defs/…`, `#/definitions/…`, any local pointer), or undefined. */
  resolve(ref) {
    if (!ref.startsWith("#")) return void 0;
    let node = this.root;
    for (const raw of ref.slice(1).split("/").slice(1)) {
      const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      node = isObject(node) ? node[token] : Array.isArray(node) ? node[Number(token)] : void 0;
      if (node === void 0) return void 0;
    }
    return node;
  }
  build(node, depth) {
    if (node === void 0 || node === true) return depth > MAX_DEPTH ? [null] : [null, "a", 0, true, {}, []];
    if (!isObject(node) || depth > MAX_DEPTH + 2) return [];
    if (typeof node.$ref === "string") {
      const target = this.resolve(node.$ref);
      const { $ref: _ref, ...siblings } = node;
      const fromTarget = target === void 0 ? [] : this.build(target, depth + 1);
      return Object.keys(siblings).length ? this.mergeEach(fromTarget, this.build(siblings, depth)) : fromTarget;
    }
    const out = [];
    if (node.const !== void 0) out.push(node.const);
    if (Array.isArray(node.enum)) out.push(...node.enum.slice(0, PER_NODE * 2));
    if (node.default !== void 0) out.push(node.default);
    if (Array.isArray(node.examples)) out.push(...node.examples.slice(0, PER_NODE));
    if (node.const !== void 0 || Array.isArray(node.enum)) return out;
    const branches = ["anyOf", "oneOf"].flatMap((k) => Array.isArray(node[k]) ? node[k] : []);
    const own = this.byType(node, depth);
    if (branches.length) {
      const fromBranches = branches.flatMap((b) => this.build(b, depth + 1).slice(0, PER_NODE));
      out.push(...Object.keys(node).some((k) => TYPE_KEYWORDS.has(k)) ? this.mergeEach(fromBranches, own) : fromBranches);
    } else out.push(...own);
    if (node.if !== void 0) {
      const matching = this.build(node.if, depth + 1).slice(0, 3);
      const then = this.build(node.then ?? true, depth + 1).slice(0, 3);
      out.push(...matching.flatMap((m) => then.map((t) => merge(m, t))), ...this.build(node.else ?? true, depth + 1).slice(0, 3));
    }
    if (Array.isArray(node.allOf)) {
      const members = node.allOf.map((m) => this.build(m, depth + 1)[0]);
      if (members.every((m) => m !== void 0)) return [...out.map((v) => members.reduce((acc, m) => merge(acc, m), v)), ...out];
    }
    return out;
  }
  /** Each of `xs` merged with the first of `ys` where both are objects (a branch's instance under its siblings' object). */
  mergeEach(xs, ys) {
    const base = ys[0];
    return base === void 0 ? xs : [...xs.map((x) => merge(base, x)), ...ys];
  }
  byType(n, depth) {
    const types = typeof n.type === "string" ? [n.type] : Array.isArray(n.type) ? n.type : impliedTypes(n);
    return types.flatMap((t) => {
      if (t === "null") return [null];
      if (t === "boolean") return [true, false];
      if (t === "integer" || t === "number") return numbers(n, t === "integer");
      if (t === "string") return strings(n);
      if (t === "array") return this.arrays(n, depth);
      if (t === "object") return this.objects(n, depth);
      return [];
    });
  }
  arrays(n, depth) {
    const min = num(n, "minItems") ?? 0;
    const max = num(n, "maxItems") ?? Math.max(min, 2);
    const items = Array.isArray(n.items) ? [] : this.build(isObject(n.items) || typeof n.items === "boolean" ? n.items : true, depth + 1);
    const out = [];
    for (const count of /* @__PURE__ */ new Set([min, Math.min(max, min + 1), Math.min(max, 2)])) {
      if (count > 8 || count > max) continue;
      if (count === 0) out.push([]);
      else if (n.uniqueItems === true) {
        if (items.length >= count) out.push(items.slice(0, count));
      } else for (const v of items.slice(0, 3)) out.push(Array(count).fill(v));
    }
    return out;
  }
  objects(n, depth) {
    const props = isObject(n.properties) ? n.properties : {};
    const required = Array.isArray(n.required) ? n.required.filter((k) => typeof k === "string") : [];
    const fallback = isObject(n.additionalProperties) ? n.additionalProperties : true;
    const valuesOf = /* @__PURE__ */ new Map();
    const values = (k) => {
      let vs = valuesOf.get(k);
      if (!vs) valuesOf.set(k, vs = this.build(Object.prototype.hasOwnProperty.call(props, k) ? props[k] : fallback, depth + 1));
      return vs;
    };
    const base = {};
    for (const k of required) {
      const v = values(k)[0];
      if (v === void 0) return [];
      base[k] = v;
    }
    const out = [base];
    for (const k of required) for (const v of values(k).slice(1, PER_NODE)) out.push({ ...base, [k]: v });
    for (const k of Object.keys(props)) if (!required.includes(k)) for (const v of values(k).slice(0, 3)) out.push({ ...base, [k]: v });
    return out;
  }
};
var TYPE_KEYWORDS = /* @__PURE__ */ new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "minItems",
  "minLength",
  "minimum",
  "maximum"
]);
function impliedTypes(n) {
  const out = [];
  if (["properties", "required", "additionalProperties", "minProperties"].some((k) => k in n)) out.push("object");
  if (["items", "minItems", "maxItems", "uniqueItems", "prefixItems"].some((k) => k in n)) out.push("array");
  if (["minLength", "maxLength", "pattern"].some((k) => k in n)) out.push("string");
  if (["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"].some((k) => k in n)) out.push("number");
  return out.length ? out : Array.isArray(n.anyOf) || Array.isArray(n.oneOf) ? [] : ["null", "boolean", "integer", "string", "object", "array"];
}
function numbers(n, integer) {
  const exMin = num(n, "exclusiveMinimum") ?? (n.exclusiveMinimum === true ? num(n, "minimum") : void 0);
  const exMax = num(n, "exclusiveMaximum") ?? (n.exclusiveMaximum === true ? num(n, "maximum") : void 0);
  const min = exMin === void 0 ? num(n, "minimum") : void 0;
  const max = exMax === void 0 ? num(n, "maximum") : void 0;
  const lo = min ?? exMin, hi = max ?? exMax;
  const step = lo !== void 0 && hi !== void 0 ? Math.min(1, (hi - lo) / 4) : 1;
  const first = min ?? (exMin !== void 0 ? exMin + step : hi !== void 0 ? Math.min(0, max ?? exMax - step) : 0);
  const last = max ?? (exMax !== void 0 ? exMax - step : void 0);
  const candidates = [
    first,
    ...last !== void 0 ? [last] : [],
    ...lo !== void 0 && hi !== void 0 ? [lo + (hi - lo) / 2] : [first + 1]
  ];
  const out = integer ? candidates.flatMap((x) => [Math.ceil(x), Math.floor(x)]) : candidates;
  const multipleOf = num(n, "multipleOf");
  return multipleOf !== void 0 && multipleOf > 0 ? [...out.map((x) => Math.ceil(x / multipleOf) * multipleOf), ...out] : out;
}
function strings(n) {
  const min = num(n, "minLength") ?? 0;
  const max = num(n, "maxLength");
  const lengths = [Math.max(min, 1), min, ...max !== void 0 ? [max] : []].filter((l) => l <= 32 && (max === void 0 || l <= max));
  return [...new Set(lengths)].map((l) => "a".repeat(l));
}
function merge(a, b) {
  return isObject(a) && isObject(b) ? { ...a, ...b } : b;
}

// src/diff/schema/witness-candidates.ts
var MAX_DEPTH2 = 4;
var PER_NODE2 = 24;
var PER_ROOT = 400;
var MAX_STRING = 1024;
var MAX_ARRAY = 64;
var MAX_REF_HOPS = 16;
var ALL_TYPES = ["null", "boolean", "integer", "number", "string", "array", "object"];
var FORMAT_SAMPLES = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "00:00:00Z",
  email: "a@example.com",
  uri: "https://example.com",
  "uri-reference": "/a",
  url: "https://example.com",
  uuid: "00000000-0000-0000-0000-000000000000",
  ipv4: "127.0.0.1",
  ipv6: "::1",
  hostname: "example.com"
};
function extraKey(view) {
  const props = isObject(view.properties) ? view.properties : {};
  for (const k of ["extra", "x", "extra_property", "zz"]) if (!(k in props)) return k;
  return "extra_unused_key";
}
function uniqueByJson(values, limit) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const v of values) {
    const key = JSON.stringify(v);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
    if (out.length >= limit) break;
  }
  return out;
}
function bySize(values) {
  return values.map((v, i) => ({ v, i, n: JSON.stringify(v).length })).sort((a, b) => a.n - b.n || a.i - b.i).map((x) => x.v);
}
var CandidateGenerator = class {
  constructor(root) {
    this.root = root;
  }
  root;
  memo = /* @__PURE__ */ new Map();
  /** A subschema with its `$ref` chain followed and its `allOf` members merged in (shallowly): what generation reads. */
  view(node, hops = 0) {
    if (node === void 0 || node === true) return true;
    if (node === false) return false;
    if (!isObject(node)) return true;
    if (typeof node.$ref === "string") {
      const target = hops < MAX_REF_HOPS ? this.resolve(node.$ref) : void 0;
      if (target === void 0) return true;
      const { $ref: _ref, ...siblings } = node;
      const resolved = this.view(target, hops + 1);
      if (Object.keys(siblings).length === 0) return resolved;
      const own2 = this.view(siblings, hops + 1);
      if (resolved === false || own2 === false) return false;
      return resolved === true ? own2 : own2 === true ? resolved : merge2(own2, resolved);
    }
    if (!Array.isArray(node.allOf)) return node;
    const { allOf: members, ...own } = node;
    let out = own;
    for (const member of members) {
      const m = this.view(member, hops + 1);
      if (m === false) return false;
      if (m !== true) out = merge2(out, m);
    }
    return out;
  }
  resolve(ref) {
    if (!ref.startsWith("#")) return void 0;
    let node = this.root;
    if (ref === "#") return node;
    if (!ref.startsWith("#/")) return void 0;
    for (const raw of ref.slice(2).split("/")) {
      let token = raw;
      try {
        token = decodeURIComponent(raw);
      } catch {
      }
      token = unescapePointerToken(token);
      node = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : void 0;
      if (node === void 0) return void 0;
    }
    return node;
  }
  /**
   * Values to try for a subschema, the likeliest valid one first: its const and enum values, default, examples,
   * then per type a value inside the bounds, then the bounds ±1, the lengths, other types. Many are invalid on
   * purpose: the validator decides, the generator only proposes.
   */
  samples(node, depth = 0, limit = PER_NODE2) {
    const key = node === void 0 ? true : node;
    const cacheable = limit === PER_NODE2 && typeof key === "object" && key !== null;
    if (cacheable && this.memo.has(key)) return this.memo.get(key);
    if (cacheable) this.memo.set(key, []);
    const out = uniqueByJson(this.generate(this.view(node), depth, limit), limit);
    if (cacheable) this.memo.set(key, out);
    return out;
  }
  /** The first sample: what fills a required property of a container the search does not target. */
  guess(node, depth, k = 0) {
    const s = this.samples(node, depth);
    return s[Math.min(k, s.length - 1)] ?? null;
  }
  generate(v, depth, limit) {
    if (v === false) return [];
    if (v === true) return depth >= MAX_DEPTH2 ? [null, 0, ""] : [{}, "a", 0, true, null, []];
    const out = [];
    if ("const" in v) out.push(v.const);
    if (Array.isArray(v.enum)) out.push(...v.enum.slice(0, PER_NODE2));
    if ("default" in v) out.push(v.default);
    if (Array.isArray(v.examples)) out.push(...v.examples.slice(0, 8));
    for (const key of ["anyOf", "oneOf"]) {
      const branches = v[key];
      if (!Array.isArray(branches)) continue;
      const { [key]: _branches, ...own } = v;
      for (const b of branches.slice(0, 8)) {
        const bv = this.view(b);
        out.push(...this.generate(typeof bv === "boolean" ? bv : merge2(own, bv), depth, Math.ceil(limit / 2)));
      }
    }
    for (const type of typesOf(v)) out.push(...this.ofType(type, v, depth, limit));
    return out;
  }
  ofType(type, v, depth, limit) {
    switch (type) {
      case "null":
        return [null];
      case "boolean":
        return [true, false];
      case "integer":
      case "number":
        return numbers2(v, type === "integer");
      case "string":
        return strings2(v);
      case "array":
        return depth >= MAX_DEPTH2 ? [[]] : this.arrays(v, depth);
      case "object":
        return depth >= MAX_DEPTH2 ? [{}] : this.objects(v, depth, limit);
      default:
        return [];
    }
  }
  arrays(v, depth) {
    const tuple = Array.isArray(v.prefixItems) ? v.prefixItems : Array.isArray(v.items) ? v.items : void 0;
    const itemSchema = tuple ? Array.isArray(v.items) ? v.additionalItems : v.items : v.items;
    const prefix = (tuple ?? []).map((s) => this.guess(s, depth + 1));
    const item = this.guess(itemSchema, depth + 1);
    const minItems = typeof v.minItems === "number" ? v.minItems : 0;
    const maxItems = typeof v.maxItems === "number" ? v.maxItems : void 0;
    const filled = (n) => {
      const arr = prefix.slice(0, n);
      while (arr.length < n) arr.push(item);
      return arr;
    };
    const lengths = [Math.max(minItems, prefix.length), 0, 1, 2, minItems - 1, minItems + 1];
    if (maxItems !== void 0) lengths.push(maxItems, maxItems + 1);
    const out = lengths.filter((n) => n >= 0 && n <= MAX_ARRAY).map(filled);
    for (const s of this.samples(itemSchema, depth + 1).slice(0, 8)) out.push([...prefix, s]);
    if (tuple)
      tuple.forEach(
        (s, i) => this.samples(s, depth + 1).slice(0, 4).forEach((x) => out.push(prefix.map((p, j) => j === i ? x : p)))
      );
    return out;
  }
  objects(v, depth, limit) {
    const props = isObject(v.properties) ? v.properties : {};
    const required = Array.isArray(v.required) ? v.required.filter((r) => typeof r === "string") : [];
    const names = Object.keys(props).sort();
    const skeleton = this.skeleton(v, depth, 0);
    const out = [skeleton];
    const withKey = (base, k, value) => ({ ...base, [k]: value });
    for (const n of names) if (!(n in skeleton)) out.push(withKey(skeleton, n, this.guess(props[n], depth + 1)));
    for (const r of required) {
      const { [r]: _dropped, ...rest } = skeleton;
      out.push(rest);
    }
    out.push(withKey(skeleton, extraKey(v), isObject(v.additionalProperties) ? this.guess(v.additionalProperties, depth + 1) : "x"));
    out.push(Object.fromEntries(names.map((n) => [n, this.guess(props[n], depth + 1)])));
    for (const k of [1, 2]) out.push(this.skeleton(v, depth, k));
    const per = Math.max(2, Math.floor(limit / Math.max(1, names.length + 1)));
    for (const n of names) for (const s of this.samples(props[n], depth + 1).slice(0, per)) out.push(withKey(skeleton, n, s));
    if (isObject(v.additionalProperties))
      for (const s of this.samples(v.additionalProperties, depth + 1).slice(0, 6)) out.push(withKey(skeleton, extraKey(v), s));
    return out;
  }
  /** The object of the required properties only, each filled with its k-th sample (its likeliest valid value for k = 0). */
  skeleton(v, depth, k) {
    if (typeof v === "boolean") return {};
    const props = isObject(v.properties) ? v.properties : {};
    const required = Array.isArray(v.required) ? v.required.filter((r) => typeof r === "string") : [];
    const out = {};
    for (const r of [...new Set(required)].sort())
      out[r] = this.guess(props[r] ?? (isObject(v.additionalProperties) ? v.additionalProperties : true), depth + 1, k);
    return out;
  }
  /**
   * Objects a `not` matches, so the schema rejects them: values only a `not` names (a property renamed under `not`),
   * which the other version may accept. Each `not` of the root, or of a property reached through `properties`, gives
   * the samples of its subschema merged with the keywords beside it (the negated side first, so its property schemas,
   * often `{"type": "null"}`, are the ones filled in), placed in the skeletons of the objects around it.
   */
  negatedObjects(limit) {
    const out = [];
    const visit = (node, depth, place) => {
      const v = this.view(node);
      if (typeof v === "boolean") return;
      if (v.not !== void 0) {
        const { not: negated, ...own } = v;
        const body = this.view(negated);
        const per = depth === 0 ? PER_ROOT : PER_NODE2;
        if (typeof body !== "boolean")
          for (const s of uniqueByJson(this.generate(merge2(body, own), depth + 1, per), per)) out.push(place(s));
      }
      if (depth >= MAX_DEPTH2 || !isObject(v.properties)) return;
      const props = v.properties;
      let skeleton;
      for (const name of Object.keys(props).sort())
        visit(props[name], depth + 1, (value) => place({ ...skeleton ??= this.skeleton(v, depth, 0), [name]: value }));
    };
    visit(this.root, 0, (value) => value);
    return uniqueByJson(out.filter(isObject), limit);
  }
  /** The root's candidates for the generic search: objects (tool arguments and structuredContent are always objects). */
  rootObjects(limit) {
    const root = this.view(this.root);
    if (root === false) return [];
    const values = this.generate(typeof root === "boolean" ? { type: "object" } : root, 0, PER_ROOT).filter(isObject);
    return uniqueByJson(values, limit);
  }
  /**
   * Candidates placed at the spot a finding's path names (relative to the schema root), at every level from there up to
   * the root: `/properties/limit/maximum` gives objects whose `limit` runs through the samples of `limit` (and of
   * `hints`, e.g. the old and new bound), then objects through the samples of the root itself. A path this document
   * does not have (the property was added on the other side) stops at the deepest level it has.
   */
  along(path, hints, other) {
    const frames = this.locate(path);
    const otherFrames = other?.locate(path);
    const out = [];
    for (let level = frames.length - 1; level >= 0; level--) {
      const here = frames[level];
      const values = [
        ...level === frames.length - 1 ? hints : [],
        ...this.samples(here.node, level),
        ...otherFrames?.[level]?.steps.length === here.steps.length ? other.samples(otherFrames[level].node, level) : []
      ];
      for (const value of uniqueByJson(values, PER_NODE2 * 3)) for (const k of [0, 1]) out.push(this.embed(frames, level, value, k));
    }
    return out;
  }
  /** Where a path leads: for each instance level on the way, the schema there and the steps from the root. */
  locate(path) {
    const segs = path.split("/").slice(1).map(unescapePointerToken);
    const frames = [{ node: this.root, steps: [] }];
    let node = this.root;
    let steps = [];
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      const v = this.view(node);
      if (typeof v === "boolean") break;
      const last = i === segs.length - 1;
      const next = segs[i + 1];
      let child;
      let step;
      if (s === "properties" && next !== void 0 && isObject(v.properties) && next in v.properties) {
        child = v.properties[next];
        step = { kind: "property", name: next };
        i++;
      } else if ((s === "prefixItems" || s === "items") && next !== void 0 && /^\d+$/.test(next) && Array.isArray(v[s])) {
        child = v[s][Number(next)];
        step = { kind: "item", index: Number(next) };
        i++;
      } else if (s === "items" && !last && isObject(v.items)) {
        child = v.items;
        step = { kind: "item" };
      } else if (s === "additionalProperties" && !last && isObject(v.additionalProperties)) {
        child = v.additionalProperties;
        step = { kind: "extra" };
      } else if ((s === "anyOf" || s === "oneOf" || s === "allOf") && next !== void 0 && Array.isArray(v[s]) && /^\d+$/.test(next)) {
        const { [s]: _branches, ...own } = v;
        const branch = this.view(v[s][Number(next)]);
        node = typeof branch === "boolean" ? branch : merge2(own, branch);
        frames[frames.length - 1] = { node, steps };
        i++;
        continue;
      } else break;
      steps = [...steps, step];
      node = child;
      frames.push({ node, steps });
    }
    return frames;
  }
  /** `value` placed at frames[level] inside skeleton containers (required siblings filled with their k-th sample). */
  embed(frames, level, value, k) {
    let out = value;
    for (let i = level; i > 0; i--) {
      const step = frames[i].steps[i - 1];
      const container = this.view(frames[i - 1].node);
      if (step.kind === "item") {
        const arr = [];
        const v = typeof container === "boolean" ? {} : container;
        const tuple = Array.isArray(v.prefixItems) ? v.prefixItems : Array.isArray(v.items) ? v.items : [];
        const index = step.index ?? tuple.length;
        for (let j = 0; j < index; j++) arr.push(this.guess(tuple[j], i, k));
        arr.push(out);
        const minItems = typeof v.minItems === "number" ? Math.min(v.minItems, MAX_ARRAY) : 0;
        while (arr.length < minItems)
          arr.push(step.index === void 0 ? out : this.guess(Array.isArray(v.items) ? v.additionalItems : v.items, i, k));
        out = arr;
      } else {
        const skeleton = this.skeleton(container, i - 1, k);
        out = { ...skeleton, [step.kind === "property" ? step.name : extraKey(typeof container === "boolean" ? {} : container)]: out };
      }
    }
    return out;
  }
};
function merge2(a, b) {
  const out = { ...b, ...a };
  if (isObject(a.properties) && isObject(b.properties)) out.properties = { ...b.properties, ...a.properties };
  if (Array.isArray(a.required) && Array.isArray(b.required)) out.required = [.../* @__PURE__ */ new Set([...b.required, ...a.required])];
  if (a.type !== void 0 && b.type !== void 0) {
    const ta = Array.isArray(a.type) ? a.type : [a.type], tb = Array.isArray(b.type) ? b.type : [b.type];
    const both = ta.filter((t) => tb.includes(t) || t === "integer" && tb.includes("number")).concat(tb.filter((t) => t === "integer" && ta.includes("number")));
    out.type = [...new Set(both)];
  }
  return out;
}
function typesOf(v) {
  const nullable = v.nullable === true ? ["null"] : [];
  if (typeof v.type === "string") return [v.type, ...nullable];
  if (Array.isArray(v.type)) return [...v.type.filter((t) => typeof t === "string"), ...nullable];
  if ("const" in v || Array.isArray(v.enum)) return [];
  const hinted = [];
  if (["properties", "required", "additionalProperties", "minProperties", "maxProperties", "patternProperties", "propertyNames"].some(
    (k) => k in v
  ))
    hinted.push("object");
  if (["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains"].some((k) => k in v)) hinted.push("array");
  if (["minLength", "maxLength", "pattern", "format"].some((k) => k in v)) hinted.push("string");
  if (["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"].some((k) => k in v)) hinted.push("number");
  if (Array.isArray(v.anyOf) || Array.isArray(v.oneOf)) return hinted;
  return [...hinted, ...ALL_TYPES.filter((t) => !hinted.includes(t))];
}
function numbers2(v, integer) {
  const num2 = (k) => typeof v[k] === "number" && Number.isFinite(v[k]) ? v[k] : void 0;
  const min = num2("minimum"), max = num2("maximum"), multipleOf = num2("multipleOf");
  const exMin = num2("exclusiveMinimum") ?? (v.exclusiveMinimum === true ? min : void 0);
  const exMax = num2("exclusiveMaximum") ?? (v.exclusiveMaximum === true ? max : void 0);
  const first = exMin !== void 0 ? integer ? Math.floor(exMin) + 1 : exMin + 1 : min !== void 0 ? integer ? Math.ceil(min) : min : max !== void 0 ? Math.min(0, integer ? Math.floor(max) : max) : exMax !== void 0 ? Math.min(0, Math.ceil(exMax) - 1) : 0;
  const out = [multipleOf !== void 0 && multipleOf > 0 ? Math.ceil(first / multipleOf) * multipleOf : first, 0, 1, -1];
  for (const b of [min, max, exMin, exMax]) if (b !== void 0) out.push(b, b - 1, b + 1, ...integer ? [] : [b + 0.5, b - 0.5]);
  const [lo, hi] = [exMin ?? min, exMax ?? max];
  if (lo !== void 0 && hi !== void 0 && lo < hi) out.push(integer ? Math.floor((lo + hi) / 2) : lo + (hi - lo) / 2);
  if (multipleOf !== void 0) out.push(multipleOf, multipleOf * 2, multipleOf + 1, multipleOf / 2);
  if (!integer) out.push(0.5, 1.5, -0.5);
  return out.filter((n) => Number.isFinite(n) && (!integer || Number.isInteger(n)));
}
function strings2(v) {
  const minLength = typeof v.minLength === "number" ? v.minLength : 0;
  const maxLength = typeof v.maxLength === "number" ? v.maxLength : void 0;
  const out = [];
  const format = typeof v.format === "string" ? FORMAT_SAMPLES[v.format] : void 0;
  if (format !== void 0) out.push(format);
  const lengths = [Math.max(1, minLength), 0, minLength, minLength - 1, minLength + 1];
  if (maxLength !== void 0) lengths.push(maxLength, maxLength + 1, maxLength - 1);
  for (const n of lengths) if (n >= 0 && n <= MAX_STRING) out.push("a".repeat(n));
  out.push("0", "A", "a b");
  return out;
}

// src/diff/schema/witness.ts
var DEFAULT_WITNESS_CANDIDATES = 300;
var DEFAULT_WITNESS_PAIRS = 200;
var DEFAULT_WITNESS_MS = 250;
var DEFAULT_WITNESS_TOTAL_MS = 5e3;
var SCHEMA_KEY = { input: "inputSchema", output: "outputSchema" };
var IMPLICIT_INPUT = { type: "object" };
function sides(direction, before, after) {
  return direction === "input" ? { accepting: before, rejecting: after } : { accepting: after, rejecting: before };
}
function regexReach(node, found = { values: false, keys: false }, depth = 0) {
  if (depth > 64 || found.values && found.keys) return found;
  if (Array.isArray(node)) for (const v of node) regexReach(v, found, depth + 1);
  else if (isObject(node)) {
    for (const [k, v] of Object.entries(node)) {
      if (k === "pattern" && typeof v === "string") found.values = true;
      else if (k === "patternProperties" || k === "propertyNames") found.keys = true;
      if (k !== "enum" && k !== "const" && k !== "default" && k !== "examples") regexReach(v, found, depth + 1);
    }
  }
  return found;
}
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "examples",
  "$comment",
  "deprecated",
  "readOnly",
  "writeOnly",
  "markdownDescription",
  "default",
  "format",
  "x-order"
]);
var SUBSCHEMA = /* @__PURE__ */ new Set([
  "items",
  "additionalProperties",
  "additionalItems",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "allOf",
  "anyOf",
  "oneOf",
  "prefixItems"
]);
var SUBSCHEMA_MAP = /* @__PURE__ */ new Set(["properties", "patternProperties", "dependentSchemas", "$defs", "definitions"]);
function validationText(schema) {
  const strip = (node, depth) => {
    if (depth > 256) return node;
    if (Array.isArray(node)) return node.map((n) => strip(n, depth + 1));
    if (!isObject(node)) return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) {
      if (ANNOTATIONS.has(k)) continue;
      if (SUBSCHEMA.has(k)) out[k] = strip(v, depth + 1);
      else if (SUBSCHEMA_MAP.has(k) && isObject(v))
        out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, strip(sub, depth + 1)]));
      else out[k] = v;
    }
    return out;
  };
  return stableJson(strip(schema, 0));
}
function withinRegexCap(value, reach) {
  if (typeof value === "string") return !reach.values || value.length <= REGEX_INPUT_CAP;
  if (Array.isArray(value)) return value.every((v) => withinRegexCap(v, reach));
  if (isObject(value))
    return Object.entries(value).every(([k, v]) => (!reach.keys || k.length <= REGEX_INPUT_CAP) && withinRegexCap(v, reach));
  return true;
}
async function searchWitness(direction, before, after, focus = {}, opts = {}) {
  const { accepting, rejecting } = sides(direction, before, after);
  const explained = focus.explained ?? [];
  const [acc, rej] = [compileSchema(accepting), compileSchema(rejecting)];
  const failed = compileFailure(acc, direction === "input" ? "base" : "head") ?? compileFailure(rej, direction === "input" ? "head" : "base");
  if (failed) return { note: failed, tried: 0 };
  const validUnderAccepting = acc.validate;
  const validUnderRejecting = rej.validate;
  let everyError;
  const errorsOf = async (candidate) => {
    everyError ??= compileSchema(rejecting, { allErrors: true });
    return "validate" in everyError && !everyError.validate(candidate) ? everyError.errors() : void 0;
  };
  const counts = async (candidate) => {
    if (!explained.length && !focus.at) return true;
    const errors = await errorsOf(candidate);
    if (!errors) return true;
    if (explained.length && errors.every((e) => explainedBy(e, explained))) return false;
    return !focus.at || errors.some((e) => explainedBy(e, [focus.at]));
  };
  const budgetMs = opts.perPairMs ?? DEFAULT_WITNESS_MS;
  const maxCandidates = opts.maxCandidates ?? DEFAULT_WITNESS_CANDIDATES;
  const deadline = performance.now() + budgetMs;
  const generator = new CandidateGenerator(accepting);
  const reach = regexReach([accepting, rejecting]);
  let tried = 0, capped = 0;
  const none = () => `${tried} generated instances tried, none valid under the ${direction === "input" ? "base" : "head"} schema and invalid under the ${direction === "input" ? "head" : "base"} one`;
  const seen = /* @__PURE__ */ new Set();
  const rounds = [
    () => focus.path ? generator.along(focus.path, focus.hints ?? [], new CandidateGenerator(rejecting)) : [],
    () => generator.rootObjects(maxCandidates + 1),
    // Instances built to be valid under the accepting side: each costs one validation of the rejecting side only.
    () => validInstances(accepting, 64),
    // Last, what the rejecting side's `not` matches (so it rejects): values the accepting side's schema never names,
    // e.g. a property renamed under `not`.
    () => new CandidateGenerator(rejecting).negatedObjects(maxCandidates + 1)
  ];
  for (const round of rounds) {
    for (const candidate of bySize(round())) {
      if (!isObject(candidate)) continue;
      const key = JSON.stringify(candidate);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!withinRegexCap(candidate, reach)) {
        capped++;
        continue;
      }
      if (tried >= maxCandidates) return { note: `${none()} (the cap is ${maxCandidates})`, tried };
      if (performance.now() > deadline) return { note: `the ${budgetMs} ms budget ran out after ${tried} instances`, tried };
      tried++;
      let shows;
      try {
        shows = validUnderAccepting(candidate) && !validUnderRejecting(candidate) && await counts(candidate);
      } catch (err) {
        const why = err instanceof RangeError ? "validation recursed without end (a $ref that refers to itself, e.g. #/properties/x inside x)" : String(err);
        return { note: `the schemas cannot be validated instance by instance: ${why}`, tried };
      }
      if (shows) return { witness: candidate, tried };
    }
  }
  const regexNote = capped ? `; ${capped} longer candidates skipped: strings a pattern reads are kept to ${REGEX_INPUT_CAP} characters` : "";
  return { note: `${none()}${regexNote}`, tried };
}
function instanceLocation(path) {
  const segs = path.split("/").slice(1);
  const out = [];
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i], next = segs[i + 1], last = i === segs.length - 1;
    if (s === "properties" && next !== void 0) out.push(segs[++i]);
    else if ((s === "items" || s === "prefixItems") && next !== void 0 && /^\d+$/.test(next)) out.push(segs[++i]);
    else if ((s === "items" || s === "additionalProperties") && !last) out.push("*");
    else if ((s === "anyOf" || s === "oneOf" || s === "allOf") && next !== void 0 && /^\d+$/.test(next)) i++;
    else if (s === "$defs" || s === "definitions") return void 0;
    else break;
  }
  return out;
}
function explainedBy(e, locations) {
  const at = e.at.split("/").slice(1);
  return locations.some((loc) => loc.length <= at.length && loc.every((t, i) => t === "*" || t === at[i]));
}
function compileFailure(c, side) {
  return "error" in c ? `ajv cannot compile the ${side} schema: ${c.error}` : void 0;
}
function counterexampleFinding(tool, direction, witness, verdict) {
  const input = direction === "input";
  return {
    rule: input ? "input-schema-narrowed" : "output-schema-widened",
    severity: "breaking",
    kind: "tool",
    subject: tool,
    tool,
    path: `/${SCHEMA_KEY[direction]}`,
    message: input ? `Tool "${tool}": the input schema now rejects a call it accepted before: the witness search found arguments the base schema accepts and the head schema rejects, though ${verdict} (look at the keywords around the change)` : `Tool "${tool}": the output schema now allows a result it did not allow before: the witness search found a value the head schema allows and the base schema rejects, though ${verdict} (look at the keywords around the change)`,
    extra: { witness }
  };
}
function acknowledges(f) {
  if (f.rule === "output-property-added") return true;
  if (typeof f.extra?.artefact === "string") return true;
  return f.severity === "warning" && !f.rule.endsWith("-schema-inconclusive") && f.rule !== "input-pattern-changed";
}
function verdictOf(findings) {
  if (findings.length === 0) return "no rule reported a change";
  const rules = [...new Set(findings.map((f) => f.rule))].sort();
  return `the engine called the change non-breaking (${rules.slice(0, 4).join(", ")}${rules.length > 4 ? ", …" : ""})`;
}
function hintsOf(f) {
  const out = [];
  for (const v of [f.after, f.before]) {
    if (v === void 0) continue;
    if (Array.isArray(v)) out.push(...v.slice(0, 16));
    else if (!isObject(v)) out.push(v);
    if (typeof v === "number") out.push(v + 1, v - 1);
  }
  return out;
}
function duplicated(tools) {
  const seen = /* @__PURE__ */ new Set(), twice = /* @__PURE__ */ new Set();
  for (const t of tools) (seen.has(t.name) ? twice : seen).add(t.name);
  return twice;
}
var VALUE_SET_RULES = new Set(
  [...SCHEMA_RULES, ...Object.values(KEYWORD_RULES), ...Object.values(ONE_OF_RULES)].map((r) => r.id)
);
function speaksOfValues(rule) {
  return VALUE_SET_RULES.has(rule);
}
function isSchemaFinding(f, direction) {
  const key = `/${SCHEMA_KEY[direction]}`;
  return f.kind === "tool" && speaksOfValues(f.rule) && f.rule.startsWith(`${direction}-`) && (f.path === key || f.path.startsWith(`${key}/`));
}
function withExtra(f, extra) {
  return { ...f, extra: { ...f.extra ?? {}, ...extra } };
}
async function attachWitnesses(base, head, findings, opts = {}) {
  const baseByName = new Map(base.tools.map((t) => [t.name, t]));
  const headByName = new Map(head.tools.map((t) => [t.name, t]));
  const twice = /* @__PURE__ */ new Set([...duplicated(base.tools), ...duplicated(head.tools)]);
  const renamedFrom = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.rule === "tool-renamed" && typeof f.extra?.from === "string") renamedFrom.set(f.subject, f.extra.from);
  const out = [...findings];
  const pairs = [];
  for (const [name, h] of headByName) {
    const b = baseByName.get(renamedFrom.get(name) ?? name);
    if (!b || twice.has(name)) continue;
    for (const direction of ["input", "output"]) {
      const key = SCHEMA_KEY[direction];
      const before = b[key], after = h[key];
      if (equalJson(before ?? null, after ?? null)) continue;
      if (direction === "output" && (before === void 0 || after === void 0)) continue;
      pairs.push({ tool: name, direction, before: before ?? IMPLICIT_INPUT, after: after ?? IMPLICIT_INPUT });
    }
  }
  const pairOf = new Map(pairs.map((p) => [`${p.tool}\0${p.direction}`, p]));
  const totalMs = opts.totalMs ?? DEFAULT_WITNESS_TOTAL_MS;
  const maxPairs = opts.maxPairs ?? DEFAULT_WITNESS_PAIRS;
  const deadline = performance.now() + totalMs;
  let searched = 0;
  const breakingIn = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const d = isSchemaFinding(f, "input") ? "input" : isSchemaFinding(f, "output") ? "output" : void 0;
    if (d && f.severity === "breaking") breakingIn.set(`${f.subject}\0${d}`, (breakingIn.get(`${f.subject}\0${d}`) ?? 0) + 1);
  }
  const spent = () => searched >= maxPairs ? `the witness budget of this diff (${maxPairs} schema pairs searched) was used up before this finding` : performance.now() > deadline ? `the witness budget of this diff (${totalMs} ms for all changed schemas) ran out before this finding` : void 0;
  for (let i = 0; i < out.length; i++) {
    const f = out[i];
    if (f.severity !== "breaking" || f.kind !== "tool") continue;
    const direction = isSchemaFinding(f, "input") ? "input" : isSchemaFinding(f, "output") ? "output" : void 0;
    if (!direction) continue;
    if (twice.has(f.subject)) {
      out[i] = withExtra(f, {
        witnessNote: "the tool name is listed more than once, so which two definitions this finding compares is ambiguous"
      });
      continue;
    }
    const pair = pairOf.get(`${f.subject}\0${direction}`);
    if (!pair) {
      out[i] = withExtra(f, {
        witnessNote: direction === "output" ? "one side declares no outputSchema: the contract itself is gone, no single value shows it" : "the schemas of this pair could not be found again"
      });
      continue;
    }
    const over = spent();
    if (over) {
      out[i] = withExtra(f, { witnessNote: over });
      continue;
    }
    searched++;
    const path = f.path.slice(SCHEMA_KEY[direction].length + 1);
    const location = breakingIn.get(`${f.subject}\0${direction}`) > 1 ? instanceLocation(path) : void 0;
    const at = location && /\/properties\/[^/]+$/.test(path) ? location.slice(0, -1) : location;
    const result = await searchWitness(direction, pair.before, pair.after, { path, hints: hintsOf(f), ...at ? { at } : {} }, opts);
    out[i] = withExtra(f, "witness" in result ? { witness: result.witness } : { witnessNote: result.note });
  }
  for (const pair of pairs) {
    const own = findings.filter((f) => f.subject === pair.tool && isSchemaFinding(f, pair.direction));
    if (own.some((f) => f.severity === "breaking")) continue;
    if (validationText(pair.before) === validationText(pair.after)) continue;
    if (spent()) break;
    searched++;
    const explained = own.filter(acknowledges).map((f) => instanceLocation(f.path.slice(SCHEMA_KEY[pair.direction].length + 1))).filter((l) => l !== void 0);
    const result = await searchWitness(pair.direction, pair.before, pair.after, { explained }, opts);
    if ("witness" in result) out.push(counterexampleFinding(pair.tool, pair.direction, result.witness, verdictOf(own)));
  }
  return out;
}

// src/diff/index.ts
async function runOracle(pending, option) {
  if (pending.length === 0) return [];
  const findings = [];
  if (option === false) {
    for (const p of pending) {
      const change = oracleFinding(
        "inconclusive",
        p.direction,
        p.hadBreakingChange,
        ["set comparison disabled (--no-oracle)", ...p.reasons].join("; ")
      );
      if (change) findings.push(schemaFinding(p.tool, p.direction, change));
    }
    return findings;
  }
  const oracle = option ?? new SchemaOracle();
  try {
    const results = await oracle.check(pending.map((p) => ({ before: p.before, after: p.after, direction: p.direction })));
    results.forEach((result, i) => {
      const p = pending[i];
      const reason = [result.reason, ...p.reasons].filter(Boolean).join("; ");
      const change = oracleFinding(result.outcome, p.direction, p.hadBreakingChange, reason || void 0);
      if (change) findings.push(schemaFinding(p.tool, p.direction, change));
    });
  } finally {
    if (option === void 0) await oracle.close();
  }
  return findings;
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = stableJson({
      rule: f.rule,
      kind: f.kind,
      subject: f.subject,
      path: f.path,
      before: f.before ?? null,
      after: f.after ?? null
    });
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function listedOnce(tools) {
  const once = /* @__PURE__ */ new Map(), twice = /* @__PURE__ */ new Set();
  for (const t of tools) {
    if (once.has(t.name)) twice.add(t.name);
    else once.set(t.name, t);
  }
  for (const name of twice) once.delete(name);
  return once;
}
function withoutUnchangedTools(b, h) {
  const baseOnce = listedOnce(b.tools);
  const unchanged = /* @__PURE__ */ new Set();
  for (const [name, t] of listedOnce(h.tools)) {
    const peer = baseOnce.get(name);
    if (peer !== void 0 && (peer === t || hashTool(peer) === hashTool(t))) unchanged.add(name);
  }
  if (unchanged.size === 0) return [b, h];
  const keep = (t) => !unchanged.has(t.name);
  return [
    { ...b, tools: b.tools.filter(keep) },
    { ...h, tools: h.tools.filter(keep) }
  ];
}
async function diffCatalogs(base, head, opts = {}) {
  const canonicalBase = canonicalize(base), canonicalHead = canonicalize(head);
  const [b, h] = withoutUncapturedLists(canonicalBase, canonicalHead);
  const tools = diffTools(b.tools, h.tools, opts.now ?? /* @__PURE__ */ new Date());
  const [bChanged, hChanged] = withoutUnchangedTools(b, h);
  const sameRevision = b.protocolVersion === h.protocolVersion;
  const findings = dedupe([
    ...tools.findings,
    ...sameRevision ? diffMcpHeaders(bChanged, hChanged, tools.findings) : diffMcpHeaders(b, h, tools.findings),
    ...diffNetworkRefs(bChanged, hChanged, tools.findings),
    ...diffServer(b, h),
    ...diffCacheHints(b, h),
    ...diffDeprecatedFeatures(b, h),
    ...diffUncapturedLists(canonicalBase, canonicalHead),
    ...diffPrompts(b, h),
    ...diffResources(b, h),
    ...diffResourceTemplates(b, h),
    ...await runOracle(tools.undecided, opts.oracle)
  ]);
  const rated = rateGeneratorToggles(findings, b, h);
  const checked = opts.witness === false ? rated : await attachWitnesses(bChanged, hChanged, rated, opts.witness);
  return checked.sort(compareFindings);
}

// src/policy/bump.ts
var import_compare = __toESM(require_compare(), 1);
var import_inc = __toESM(require_inc(), 1);
var import_major = __toESM(require_major(), 1);
var import_parse = __toESM(require_parse(), 1);
var import_valid = __toESM(require_valid(), 1);
function parseVersion(version) {
  if (version === void 0) return void 0;
  return (0, import_valid.default)(version.trim()) ?? void 0;
}
function bumpRank(bump) {
  return BUMP_ORDER.indexOf(bump);
}
function maxBump(a, b) {
  return bumpRank(a) >= bumpRank(b) ? a : b;
}
function bumpOfCore(v) {
  if (v.minor === 0 && v.patch === 0) return "major";
  if (v.patch === 0) return "minor";
  return "patch";
}
function actualBump(base, head) {
  const cmp = (0, import_compare.default)(head, base);
  if (cmp < 0) return "downgrade";
  if (cmp === 0) return "none";
  const b = (0, import_parse.default)(base), h = (0, import_parse.default)(head);
  if (h.major !== b.major) return "major";
  if (h.minor !== b.minor) return "minor";
  if (h.patch !== b.patch) return "patch";
  return bumpOfCore(h);
}
function bumpForSeverity(severity, base, zeroMajorBreakingBump = "minor") {
  const shifted = base !== void 0 && (0, import_major.default)(base) === 0 && zeroMajorBreakingBump === "minor";
  switch (severity) {
    case "breaking":
      return shifted ? "minor" : "major";
    case "safe":
      return shifted ? "patch" : "minor";
    default:
      return "patch";
  }
}
function requiredBumpFor(findings, base, zeroMajorBreakingBump = "minor") {
  let bump = "none";
  for (const f of findings) bump = maxBump(bump, bumpForSeverity(f.severity, base, zeroMajorBreakingBump));
  return bump;
}
function covers(actual, required) {
  if (required === "none") return true;
  if (actual === "downgrade" || actual === "unknown") return false;
  return bumpRank(actual) >= bumpRank(required);
}
function nextVersion(base, bump) {
  if (bump === "none") return base;
  return (0, import_inc.default)(base, bump);
}

// src/quality/existing.ts
function summarizeExisting(findings, mode = "count", moreCounts = /* @__PURE__ */ new Map()) {
  const tally = new Map(moreCounts);
  for (const f of findings) tally.set(f.rule, (tally.get(f.rule) ?? 0) + 1);
  const byRule = {};
  for (const rule of [...tally.keys()].sort(compareText)) byRule[rule] = tally.get(rule);
  return {
    count: Object.values(byRule).reduce((sum, n) => sum + n, 0),
    byRule,
    ...mode === "all" ? { findings: [...findings].sort(compareFindings) } : {}
  };
}

// src/analyze/index.ts
function qualitySwitches(policy) {
  return { lint: policy?.quality?.lint ?? true, footprint: policy?.quality?.footprint ?? true };
}
function prepareAnalysis(opts = {}) {
  prepareQuality(qualitySwitches(opts.policy));
}
async function analyze(base, head, opts = {}) {
  const policy = opts.policy ?? {};
  const { lint, footprint } = qualitySwitches(policy);
  const listExisting = policy.quality?.lintReport === "all";
  const measured = footprint ? await measureToolTokens(base, head) : void 0;
  const diffFindings = await diffCatalogs(base, head, {
    ...opts.oracle === false ? { oracle: false } : {},
    ...opts.now ? { now: opts.now } : {}
  });
  const quality = await assessQuality(base, head, {
    ...policy.quality ? { quality: policy.quality } : {},
    lint,
    footprint,
    diffFindings,
    ...measured ? { measured } : {},
    // Only listed findings are made in full; the rest of what is already there is counted per rule.
    ...listExisting ? {} : { listExisting: false }
  });
  const findings = applyOverrides([...diffFindings, ...quality.findings], policy.overrides).sort(compareFindings);
  return {
    findings,
    ...quality.existing ? {
      existing: summarizeExisting(
        applyOverrides(quality.existing, policy.overrides),
        policy.quality?.lintReport,
        countsWithoutOffRules(quality.existingCounts ?? /* @__PURE__ */ new Map(), policy.overrides)
      )
    } : {},
    ...quality.footprint ? { footprint: quality.footprint } : {},
    requiredBump: requiredBumpFor(findings, parseVersion(base.server.version), policy.zeroMajorBreakingBump)
  };
}

// src/policy/wording.ts
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function countBySeverity(findings) {
  const counts = { breaking: 0, warning: 0, safe: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
function describeCounts(counts) {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map(
    (s) => s === "breaking" || s === "safe" ? plural(counts[s], `${s} change`) : plural(counts[s], s)
  );
  if (parts.length === 0) return "no changes";
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

// src/report/build.ts
function refOf(snapshot, source) {
  return {
    ...snapshot.server.name !== void 0 ? { name: snapshot.server.name } : {},
    ...snapshot.server.version !== void 0 ? { version: snapshot.server.version } : {},
    hash: snapshot.hashes.catalog,
    ...source !== void 0 ? { source } : {},
    toolCount: snapshot.tools.length
  };
}
function sortFindings(findings) {
  return [...findings].sort(compareFindings);
}
function requiredBumpOf(findings, baseVersion) {
  return requiredBumpFor(
    findings.filter((f) => !f.waived),
    parseVersion(baseVersion)
  );
}
function buildReport(args) {
  const findings = sortFindings(args.verdict ? args.verdict.findings : args.findings);
  const report = {
    label: args.label,
    base: refOf(args.base, args.baseSource),
    head: refOf(args.head, args.headSource),
    requiredBump: args.verdict ? args.verdict.requiredBump : args.requiredBump ?? requiredBumpOf(findings, args.base.server.version),
    counts: countBySeverity(findings),
    findings
  };
  if (args.verdict) report.verdict = { ...args.verdict, findings };
  if (args.footprint) report.footprint = args.footprint;
  if (args.usage) report.usage = args.usage;
  if (args.lintExisting) {
    report.lint = { new: findings.filter((f) => f.kind === "tool" && isQualityRule(f.rule)), existing: args.lintExisting };
  }
  return report;
}

export {
  parseVersion,
  bumpRank,
  maxBump,
  actualBump,
  bumpForSeverity,
  requiredBumpFor,
  covers,
  nextVersion,
  prepareQuality,
  prepareAnalysis,
  analyze,
  plural,
  countBySeverity,
  describeCounts,
  buildReport
};
