import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  BUMP_ORDER,
  FOOTPRINT_CAVEAT,
  KEYWORD_RULES,
  ONE_OF_RULES,
  RULES,
  SCHEMA_RULES,
  SEVERITIES,
  SchemaOracle,
  compareFindings,
  describeFootprint,
  diffCacheHints,
  diffDeprecatedFeatures,
  diffMcpHeaders,
  diffNetworkRefs,
  diffPrompts,
  diffResourceTemplates,
  diffResources,
  diffServer,
  diffTools,
  footprintFindings,
  isQualityRule,
  lintCatalogs,
  lintProtocol,
  loadSchemaChecker,
  loadTokenCounter,
  measureFootprint,
  oracleFinding,
  rateGeneratorToggles,
  schemaFinding,
  signed
} from "./chunk-ESZQCZIQ.js";
import {
  canonicalize,
  equalJson,
  hashTool,
  isObject,
  releaseToolJson,
  stableJson,
  unescapePointerToken
} from "./chunk-4CB2JE25.js";
import {
  VERSION
} from "./chunk-BPB3YESS.js";
import {
  DEFAULT_TEXT_LIMIT,
  UserError,
  breakWorkflowCommand,
  oneLine,
  revealHidden,
  truncateText
} from "./chunk-GBM6N2PC.js";
import {
  __commonJS,
  __toESM
} from "./chunk-PAFTTTTQ.js";

// ../../main/node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "../../main/node_modules/semver/internal/constants.js"(exports, module) {
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

// ../../main/node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "../../main/node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// ../../main/node_modules/semver/internal/re.js
var require_re = __commonJS({
  "../../main/node_modules/semver/internal/re.js"(exports, module) {
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

// ../../main/node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "../../main/node_modules/semver/internal/parse-options.js"(exports, module) {
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

// ../../main/node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "../../main/node_modules/semver/internal/identifiers.js"(exports, module) {
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

// ../../main/node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "../../main/node_modules/semver/classes/semver.js"(exports, module) {
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
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
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

// ../../main/node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "../../main/node_modules/semver/functions/parse.js"(exports, module) {
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

// ../../main/node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "../../main/node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var valid = (version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    };
    module.exports = valid;
  }
});

// ../../main/node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "../../main/node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
  }
});

// ../../main/node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "../../main/node_modules/semver/functions/inc.js"(exports, module) {
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

// ../../main/node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "../../main/node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// ../../main/node_modules/semver/functions/major.js
var require_major = __commonJS({
  "../../main/node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// ../../main/node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "../../main/node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// ../../main/node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "../../main/node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// ../../main/node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "../../main/node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// ../../main/node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "../../main/node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// ../../main/node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "../../main/node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// ../../main/node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "../../main/node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// ../../main/node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "../../main/node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// ../../main/node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "../../main/node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// ../../main/node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "../../main/node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// ../../main/node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "../../main/node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// ../../main/node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "../../main/node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// ../../main/node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "../../main/node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// ../../main/node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "../../main/node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// ../../main/node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "../../main/node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// ../../main/node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "../../main/node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// ../../main/node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "../../main/node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// ../../main/node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "../../main/node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse();
    var { safeRe: re, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// ../../main/node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "../../main/node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// ../../main/node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "../../main/node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// ../../main/node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "../../main/node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// ../../main/node_modules/semver/classes/range.js
var require_range = __commonJS({
  "../../main/node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache2.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache2.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache2 = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator = (comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// ../../main/node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "../../main/node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// ../../main/node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "../../main/node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// ../../main/node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "../../main/node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// ../../main/node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "../../main/node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// ../../main/node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "../../main/node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// ../../main/node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "../../main/node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// ../../main/node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "../../main/node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// ../../main/node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "../../main/node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// ../../main/node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "../../main/node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// ../../main/node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "../../main/node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// ../../main/node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "../../main/node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// ../../main/node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "../../main/node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// ../../main/node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "../../main/node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// ../../main/node_modules/semver/index.js
var require_semver2 = __commonJS({
  "../../main/node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/quality/index.ts
function prepareQuality(opts = {}) {
  const ignore = () => void 0;
  if (opts.footprint !== false) loadTokenCounter().catch(ignore);
  if (opts.lint !== false) loadSchemaChecker().catch(ignore);
}
async function measureToolTokens(base, head) {
  const measured = await measureFootprint(base, head);
  releaseToolJson(base);
  releaseToolJson(head);
  return measured;
}
async function assessQuality(base, head, opts = {}) {
  const out = { findings: [] };
  const lint = opts.lint === false ? void 0 : await lintCatalogs(base, head, {
    ...opts.quality ? { quality: opts.quality } : {},
    ...opts.diffFindings ? { diffFindings: opts.diffFindings } : {}
  });
  if (lint) {
    const protocol = lintProtocol(base, head, opts.diffFindings);
    out.findings.push(...lint.new, ...protocol.new);
    out.existing = [...lint.existing, ...protocol.existing];
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

// src/diff/schema/witness-candidates.ts
var MAX_DEPTH = 4;
var PER_NODE = 24;
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
      return resolved === true ? own2 : own2 === true ? resolved : merge(own2, resolved);
    }
    if (!Array.isArray(node.allOf)) return node;
    const { allOf: members, ...own } = node;
    let out = own;
    for (const member of members) {
      const m = this.view(member, hops + 1);
      if (m === false) return false;
      if (m !== true) out = merge(out, m);
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
  samples(node, depth = 0, limit = PER_NODE) {
    const key = node === void 0 ? true : node;
    const cacheable = limit === PER_NODE && typeof key === "object" && key !== null;
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
    if (v === true) return depth >= MAX_DEPTH ? [null, 0, ""] : [{}, "a", 0, true, null, []];
    const out = [];
    if ("const" in v) out.push(v.const);
    if (Array.isArray(v.enum)) out.push(...v.enum.slice(0, PER_NODE));
    if ("default" in v) out.push(v.default);
    if (Array.isArray(v.examples)) out.push(...v.examples.slice(0, 8));
    for (const key of ["anyOf", "oneOf"]) {
      const branches = v[key];
      if (!Array.isArray(branches)) continue;
      const { [key]: _branches, ...own } = v;
      for (const b of branches.slice(0, 8)) {
        const bv = this.view(b);
        out.push(...this.generate(typeof bv === "boolean" ? bv : merge(own, bv), depth, Math.ceil(limit / 2)));
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
        return numbers(v, type === "integer");
      case "string":
        return strings(v);
      case "array":
        return depth >= MAX_DEPTH ? [[]] : this.arrays(v, depth);
      case "object":
        return depth >= MAX_DEPTH ? [{}] : this.objects(v, depth, limit);
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
      for (const value of uniqueByJson(values, PER_NODE * 3)) for (const k of [0, 1]) out.push(this.embed(frames, level, value, k));
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
        node = typeof branch === "boolean" ? branch : merge(own, branch);
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
function merge(a, b) {
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
function numbers(v, integer) {
  const num = (k) => typeof v[k] === "number" && Number.isFinite(v[k]) ? v[k] : void 0;
  const min = num("minimum"), max = num("maximum"), multipleOf = num("multipleOf");
  const exMin = num("exclusiveMinimum") ?? (v.exclusiveMinimum === true ? min : void 0);
  const exMax = num("exclusiveMaximum") ?? (v.exclusiveMaximum === true ? max : void 0);
  const first = exMin !== void 0 ? integer ? Math.floor(exMin) + 1 : exMin + 1 : min !== void 0 ? integer ? Math.ceil(min) : min : max !== void 0 ? Math.min(0, integer ? Math.floor(max) : max) : exMax !== void 0 ? Math.min(0, Math.ceil(exMax) - 1) : 0;
  const out = [multipleOf !== void 0 && multipleOf > 0 ? Math.ceil(first / multipleOf) * multipleOf : first, 0, 1, -1];
  for (const b of [min, max, exMin, exMax]) if (b !== void 0) out.push(b, b - 1, b + 1, ...integer ? [] : [b + 0.5, b - 0.5]);
  if (multipleOf !== void 0) out.push(multipleOf, multipleOf * 2, multipleOf + 1, multipleOf / 2);
  if (!integer) out.push(0.5, 1.5, -0.5);
  return out.filter((n) => Number.isFinite(n) && (!integer || Number.isInteger(n)));
}
function strings(v) {
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

// src/diff/schema/witness-validator.ts
function dialectOf(schema) {
  const uri = isObject(schema) && typeof schema.$schema === "string" ? schema.$schema : "";
  if (uri.includes("2020-12") || uri === "" && usesKeyword(schema, "prefixItems")) return "draft-2020-12";
  if (uri.includes("2019-09")) return "draft-2019-09";
  return "draft-07";
}
function usesKeyword(node, keyword, depth = 0) {
  if (depth > 64) return false;
  if (Array.isArray(node)) return node.some((v) => usesKeyword(v, keyword, depth + 1));
  if (!isObject(node)) return false;
  return Object.entries(node).some(([k, v]) => k === keyword || !DATA_KEYWORDS.has(k) && usesKeyword(v, keyword, depth + 1));
}
var DATA_KEYWORDS = /* @__PURE__ */ new Set(["const", "enum", "default", "examples"]);
function numericExclusiveBounds(node) {
  if (Array.isArray(node)) return node.map(numericExclusiveBounds);
  if (!isObject(node)) return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (DATA_KEYWORDS.has(k)) out[k] = v;
    else if ((k === "exclusiveMinimum" || k === "exclusiveMaximum") && typeof v === "boolean") {
      const bound = k === "exclusiveMinimum" ? "minimum" : "maximum";
      if (v && typeof node[bound] === "number") out[k] = node[bound];
    } else if ((k === "minimum" || k === "maximum") && node[k === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"] === true) continue;
    else out[k] = numericExclusiveBounds(v);
  }
  return out;
}
var MAX_PATTERN_LENGTH = 500;
var MAX_QUANTIFIERS = 8;
var REGEX_INPUT_CAP = 16;
var UnsafePattern = class extends Error {
};
function unsafePatternReason(pattern) {
  if (pattern.length > MAX_PATTERN_LENGTH) return `a pattern longer than ${MAX_PATTERN_LENGTH} characters`;
  const groups = [false];
  let quantifiers = 0;
  let lastGroupHadQuantifier = false;
  let i = 0;
  const unboundedAt = (j) => {
    const c = pattern[j];
    if (c === "*" || c === "+") return 1;
    if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(j));
      if (m && (m[2] !== void 0 ? m[3] === "" || Number(m[3]) > 1 : Number(m[1]) > 1)) return m[0].length;
    }
    return 0;
  };
  while (i < pattern.length) {
    const c = pattern[i];
    let atomIsGroup = false;
    if (c === "\\") i += 2;
    else if (c === "[") {
      i++;
      while (i < pattern.length && pattern[i] !== "]") i += pattern[i] === "\\" ? 2 : 1;
      i++;
    } else if (c === "(") {
      groups.push(false);
      i++;
      continue;
    } else if (c === ")") {
      lastGroupHadQuantifier = groups.length > 1 ? groups.pop() : false;
      atomIsGroup = true;
      i++;
    } else i++;
    const q = unboundedAt(i);
    if (q) {
      quantifiers++;
      if (atomIsGroup && lastGroupHadQuantifier) return "nested unbounded quantifiers (exponential backtracking)";
      groups[groups.length - 1] = true;
      i += q;
      if (pattern[i] === "?" || pattern[i] === "+") i++;
    } else if (atomIsGroup && lastGroupHadQuantifier) groups[groups.length - 1] = true;
    if (quantifiers > MAX_QUANTIFIERS) return `more than ${MAX_QUANTIFIERS} unbounded quantifiers`;
  }
  return void 0;
}
function guardedRegExp(pattern, flags) {
  const why = unsafePatternReason(pattern);
  if (why) throw new UnsafePattern(`the pattern ${JSON.stringify(pattern.slice(0, 60))} was not evaluated: ${why}`);
  return new RegExp(pattern, flags);
}
guardedRegExp.code = "new RegExp";
var AJV_OPTIONS = {
  strict: false,
  allErrors: false,
  validateFormats: false,
  validateSchema: false,
  addUsedSchema: false,
  // The search reads where and by which keyword an instance failed, never ajv's sentences: not generating them cuts a
  // compile by about a third.
  messages: false,
  // ajv's code optimiser roughly triples the compile time; these validators judge a few hundred instances at most.
  code: { optimize: false, regExp: guardedRegExp }
};
function classOf(mod) {
  const m = mod;
  return typeof m.default === "function" ? m.default : mod;
}
var instances = /* @__PURE__ */ new Map();
function ajvFor(dialect, allErrors) {
  const key = `${dialect}${allErrors ? "+all" : ""}`;
  let p = instances.get(key);
  if (!p) {
    const load = dialect === "draft-2020-12" ? import("./2020-E2EMLPHU.js") : dialect === "draft-2019-09" ? import("./2019-JPKUVZMJ.js") : import("./ajv-KSDOIPLL.js");
    p = load.then((mod) => new (classOf(mod))({ ...AJV_OPTIONS, allErrors }));
    instances.set(key, p);
  }
  return p;
}
var CACHE_LIMIT = 64;
var cache = /* @__PURE__ */ new Map();
function errorAt(e) {
  const name = e.keyword === "required" ? e.params?.missingProperty : e.keyword === "additionalProperties" ? e.params?.additionalProperty : void 0;
  return {
    at: name === void 0 ? e.instancePath : `${e.instancePath}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`,
    keyword: e.keyword
  };
}
async function compileSchema(schema, opts = {}) {
  const dialect = dialectOf(schema);
  const allErrors = opts.allErrors === true;
  const key = `${dialect}${allErrors ? "+all" : ""}\0${stableJson(schema)}`;
  const hit = cache.get(key);
  if (hit) return hit.compiled;
  const instance = ajvFor(dialect, allErrors);
  const ajv = await instance;
  let copy = typeof schema === "boolean" ? schema : numericExclusiveBounds(schema);
  if (isObject(copy)) {
    const { $schema: _dialectUri, ...rest } = copy;
    copy = rest;
  }
  let compiled;
  let held;
  try {
    const fn = ajv.compile(copy);
    held = typeof copy === "object" ? copy : void 0;
    compiled = { validate: (data) => fn(data) === true, errors: () => (fn.errors ?? []).map(errorAt), dialect };
  } catch (err) {
    compiled = { error: err instanceof Error ? err.message.split("\n")[0] : String(err) };
  }
  cache.set(key, { compiled, schema: held, instance });
  if (cache.size > CACHE_LIMIT) {
    const [oldestKey, oldest] = cache.entries().next().value;
    cache.delete(oldestKey);
    const evicted = oldest.schema;
    if (evicted) void oldest.instance.then((owner) => owner.removeSchema(evicted));
  }
  return compiled;
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
  const [acc, rej] = await Promise.all([compileSchema(accepting), compileSchema(rejecting)]);
  const failed = compileFailure(acc, direction === "input" ? "base" : "head") ?? compileFailure(rej, direction === "input" ? "head" : "base");
  if (failed) return { note: failed, tried: 0 };
  const validUnderAccepting = acc.validate;
  const validUnderRejecting = rej.validate;
  let everyError;
  const errorsOf = async (candidate) => {
    everyError ??= await compileSchema(rejecting, { allErrors: true });
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
    () => generator.rootObjects(maxCandidates + 1)
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
function duplicated(tools2) {
  const seen = /* @__PURE__ */ new Set(), twice = /* @__PURE__ */ new Set();
  for (const t of tools2) (seen.has(t.name) ? twice : seen).add(t.name);
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
function listedOnce(tools2) {
  const once = /* @__PURE__ */ new Map(), twice = /* @__PURE__ */ new Set();
  for (const t of tools2) {
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
  const b = canonicalize(base), h = canonicalize(head);
  const tools2 = diffTools(b.tools, h.tools, opts.now ?? /* @__PURE__ */ new Date());
  const [bChanged, hChanged] = withoutUnchangedTools(b, h);
  const sameRevision = b.protocolVersion === h.protocolVersion;
  const findings = dedupe([
    ...tools2.findings,
    ...sameRevision ? diffMcpHeaders(bChanged, hChanged, tools2.findings) : diffMcpHeaders(b, h, tools2.findings),
    ...diffNetworkRefs(bChanged, hChanged, tools2.findings),
    ...diffServer(b, h),
    ...diffCacheHints(b, h),
    ...diffDeprecatedFeatures(b, h),
    ...diffPrompts(b, h),
    ...diffResources(b, h),
    ...diffResourceTemplates(b, h),
    ...await runOracle(tools2.undecided, opts.oracle)
  ]);
  const rated = rateGeneratorToggles(findings, b, h);
  const checked = opts.witness === false ? rated : await attachWitnesses(bChanged, hChanged, rated, opts.witness);
  return checked.sort(compareFindings);
}

// src/policy/bump.ts
var import_semver = __toESM(require_semver2(), 1);
function parseVersion(version) {
  if (version === void 0) return void 0;
  return import_semver.default.valid(version.trim()) ?? void 0;
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
  const cmp = import_semver.default.compare(head, base);
  if (cmp < 0) return "downgrade";
  if (cmp === 0) return "none";
  const b = import_semver.default.parse(base), h = import_semver.default.parse(head);
  if (h.major !== b.major) return "major";
  if (h.minor !== b.minor) return "minor";
  if (h.patch !== b.patch) return "patch";
  return bumpOfCore(h);
}
function bumpForSeverity(severity, base, zeroMajorBreakingBump = "minor") {
  const shifted = base !== void 0 && import_semver.default.major(base) === 0 && zeroMajorBreakingBump === "minor";
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
  return import_semver.default.inc(base, bump);
}

// src/policy/overrides.ts
function applyOverrides(findings, overrides = {}) {
  const out = [];
  for (const f of findings) {
    const override = Object.prototype.hasOwnProperty.call(overrides, f.rule) ? overrides[f.rule] : void 0;
    if (override === "off") continue;
    if (override !== void 0 && override !== f.severity) out.push({ ...f, severity: override, originalSeverity: f.severity });
    else out.push({ ...f });
  }
  return out;
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
    ...measured ? { measured } : {}
  });
  const findings = applyOverrides([...diffFindings, ...quality.findings], policy.overrides).sort(compareFindings);
  return {
    findings,
    ...quality.existing ? { existing: applyOverrides(quality.existing, policy.overrides) } : {},
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
  if (args.lintExisting) {
    report.lint = { new: findings.filter((f) => f.kind === "tool" && isQualityRule(f.rule)), existing: sortFindings(args.lintExisting) };
  }
  return report;
}

// src/report/json.ts
function witnessExtra(f) {
  const e = f.extra;
  if (!e) return void 0;
  if (e.witness !== void 0) return { witness: e.witness };
  if (typeof e.witnessNote === "string") return { witnessNote: e.witnessNote };
  return void 0;
}
function refJson(ref) {
  return {
    name: ref.name ?? null,
    version: ref.version ?? null,
    hash: ref.hash,
    source: ref.source ?? null,
    toolCount: ref.toolCount
  };
}
function jsonFinding(f) {
  return {
    rule: f.rule,
    severity: f.severity,
    kind: f.kind,
    subject: f.subject,
    tool: f.kind === "tool" ? f.tool ?? f.subject : null,
    path: f.path,
    ...f.before !== void 0 ? { before: f.before } : {},
    ...f.after !== void 0 ? { after: f.after } : {},
    message: f.message,
    ...f.originalSeverity ? { originalSeverity: f.originalSeverity } : {},
    ...f.waived ? { waived: f.waived } : {},
    ...f.approved ? { approved: f.approved } : {},
    ...witnessExtra(f) ? { extra: witnessExtra(f) } : {}
  };
}
function toJsonReport(report) {
  const out = {
    label: report.label,
    base: refJson(report.base),
    head: refJson(report.head),
    requiredBump: report.requiredBump,
    counts: report.counts,
    findings: report.findings.map(jsonFinding)
  };
  const v = report.verdict;
  if (v) {
    out.verdict = v.verdict;
    out.actualBump = v.actualBump;
    out.baseVersion = v.baseVersion ?? null;
    out.headVersion = v.headVersion ?? null;
    out.suggestedVersion = v.suggestedVersion ?? null;
    out.reasons = v.reasons;
  }
  if (report.footprint) out.footprint = report.footprint;
  if (report.lint) out.lint = { new: report.lint.new.map(jsonFinding), existing: report.lint.existing.map(jsonFinding) };
  return out;
}
function renderJson(report) {
  return JSON.stringify(toJsonReport(report), null, 2) + "\n";
}

// src/report/escape.ts
var ZWJ = "‍";
function neutraliseReferences(text) {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`).replace(/#(?=\d)/g, `#${ZWJ}`).replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`);
}
function breakHtmlComments(text) {
  return text.replace(/<!--/g, `<!-${ZWJ}-`).replace(/--(?=!?>)/g, `-${ZWJ}-`);
}
function htmlEntities(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeMarkdownText(text, maxLength = DEFAULT_TEXT_LIMIT) {
  const shown = truncateText(revealHidden(String(text)), maxLength).replace(/\t/g, " ");
  const escaped = htmlEntities(shown).replace(/[\\`*_[\]{}#|~!$]/g, "\\$&").replace(/^(\s*)([-+=]|\d{1,9}[.)])(?=\s|$|[-=])/, (_m, sp, mark) => `${sp}${mark.replace(/([-+=.)])$/, "\\$1")}`);
  return neutraliseReferences(escaped).replace(/\n/g, "<br>");
}
function escapeHtmlText(text, maxLength = DEFAULT_TEXT_LIMIT) {
  const shown = truncateText(revealHidden(String(text)), maxLength).replace(/[\t\n]/g, " ");
  return neutraliseReferences(htmlEntities(shown).replace(/`/g, "&#96;"));
}
function longestRun(text, ch) {
  let best = 0;
  for (const m of text.matchAll(new RegExp(`\\${ch}+`, "g"))) best = Math.max(best, m[0].length);
  return best;
}
function inlineCode(text, opts = {}) {
  let body = breakHtmlComments(oneLine(text, opts.maxLength ?? DEFAULT_TEXT_LIMIT).replace(/\t/g, " "));
  if (opts.inTable) body = body.replace(/\|/g, "\\|");
  if (body === "") return "` `";
  const fence = "`".repeat(longestRun(body, "`") + 1);
  const pad = /^[`\s]|[`\s]$/.test(body) ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function codeBlock(text, lang = "", opts = {}) {
  const lines = revealHidden(String(text)).split("\n").map((l) => breakHtmlComments(breakWorkflowCommand(truncateText(l, opts.maxLineLength ?? 500))));
  const body = lines.join("\n");
  const fence = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  const info = lang.replace(/[^\w+-]/g, "");
  return `
${fence}${info}
${body}
${fence}
`;
}

// src/report/summary.ts
var SEVERITY_LABEL = { breaking: "Breaking", warning: "Warning", safe: "Safe", info: "Info" };
function describeVersions(report) {
  const v = report.verdict;
  const from = v?.baseVersion ?? report.base.version ?? "?";
  const to = v?.headVersion ?? report.head.version ?? "?";
  return v ? `${from} → ${to} (${v.actualBump === "none" ? "no bump" : v.actualBump})` : `${from} → ${to}`;
}
function bumpLabel(bump) {
  return bump === "none" ? "none" : bump;
}
function headline(report) {
  const v = report.verdict;
  const counts = describeCounts(report.counts);
  if (v) {
    const actions = v.reasons.filter((r) => r.blocking);
    const notes = v.reasons.filter((r) => !r.blocking);
    if (v.verdict === "fail") {
      const what = v.suggestedVersion ? `; bump to ${v.suggestedVersion}` : "";
      return { status: "fail", title: `contract check failed: ${counts}${what}`, actions, notes };
    }
    const approved = report.findings.some((f) => f.approved);
    const waived = report.findings.filter((f) => f.waived).length;
    const title = report.findings.length === 0 ? "contract check passed: no changes" : `contract check passed${approved ? " (breaking changes approved)" : ""}: ${counts}${waived ? ` (${waived} waived)` : ""}, required bump ${bumpLabel(v.requiredBump)}`;
    return { status: "pass", title, actions, notes };
  }
  if (report.counts.breaking > 0) {
    return { status: "breaking", title: `${counts}: requires a ${report.requiredBump} bump`, actions: [], notes: [] };
  }
  return {
    status: "clean",
    title: report.findings.length ? `${counts}: requires a ${bumpLabel(report.requiredBump)} bump` : "no changes",
    actions: [],
    notes: []
  };
}

// src/report/fold.ts
var FOLD_AFTER = 5;
var FOLD_SHOWN = 3;
var KIND_PLURAL = {
  tool: "tools",
  prompt: "prompts",
  resource: "resources",
  resourceTemplate: "resource templates",
  server: "servers",
  catalog: "catalogs"
};
var foldKey = (f) => `${f.severity}\0${f.kind}\0${f.rule}`;
var plain = (f) => (f.kind === "resource" || f.kind === "resourceTemplate") && !f.waived && !f.approved && !f.originalSeverity;
function foldRepeats(findings) {
  const counts = /* @__PURE__ */ new Map();
  for (const f of findings) if (plain(f)) counts.set(foldKey(f), (counts.get(foldKey(f)) ?? 0) + 1);
  const seen = /* @__PURE__ */ new Map();
  const foldedBy = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const key = foldKey(f);
    if (!plain(f) || (counts.get(key) ?? 0) <= FOLD_AFTER) {
      out.push({ finding: f });
      continue;
    }
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= FOLD_SHOWN) out.push({ finding: f });
    else if (n === FOLD_SHOWN + 1) {
      const rest = [f];
      foldedBy.set(key, rest);
      out.push({ folded: rest });
    } else foldedBy.get(key).push(f);
  }
  return out;
}

// src/report/witness.ts
var WITNESS_SHOWN = 200;
function witnessSentence(f, code, text) {
  const extra = f.extra;
  if (!extra) return void 0;
  if (extra.witness !== void 0) {
    const instance = code(stableJson(extra.witness));
    return f.rule.startsWith("output-") ? `the server may now return ${instance}, which the old schema rejected` : `this call was valid and is now rejected: ${instance}`;
  }
  if (typeof extra.witnessNote === "string") return `no witness found within the search budget (${text(extra.witnessNote)})`;
  return void 0;
}

// src/report/markdown.ts
var DEFAULT_MAX_MARKDOWN = 65e3;
var DEFAULT_SUMMARY_POINTER = "The report was cut to fit a comment: the full report is in the job summary.";
var ICON = { breaking: "🛑", warning: "⚠️", safe: "✅", info: "ℹ️" };
var KIND_LABEL = {
  tool: "tool",
  prompt: "prompt",
  resource: "resource",
  resourceTemplate: "resource template",
  server: "server",
  catalog: "catalog"
};
function richText(message, opts = {}) {
  const max = opts.maxLength ?? 1e3;
  const parts = message.split("`");
  if (parts.length % 2 === 0) return escapeMarkdownText(message, max);
  return parts.map((p, i) => i % 2 === 1 ? inlineCode(p, { inTable: opts.inTable, maxLength: 160 }) : escapeMarkdownText(p, max)).join("");
}
function cellJson(value) {
  if (value === void 0) return "";
  return inlineCode(stableJson(value), { inTable: true, maxLength: 120 });
}
function findingBadges(f) {
  const badges = [];
  if (f.waived)
    badges.push(
      `waived: ${escapeMarkdownText(f.waived.reason, 120)}${f.waived.expires ? ` (until ${escapeMarkdownText(f.waived.expires, 20)})` : ""}`
    );
  if (f.approved) badges.push(`approved by ${escapeMarkdownText(f.approved.by, 80)}`);
  if (f.originalSeverity) badges.push(`was ${f.originalSeverity}`);
  return badges.length ? ` _(${badges.join("; ")})_` : "";
}
var MAX_REASONS = 15;
function reasonLines(reasons) {
  const lines = reasons.slice(0, MAX_REASONS).map((r) => `- ${richText(r.message)}`);
  if (reasons.length > MAX_REASONS) lines.push(`- … and ${reasons.length - MAX_REASONS} more like these (see the findings below).`);
  return lines;
}
function tools(n) {
  return `${n} tool${n === 1 ? "" : "s"}`;
}
function subjectKey(f) {
  return `${f.kind}\0${f.subject}`;
}
function detailsBlock(findings) {
  const first = findings[0];
  const counts = {};
  for (const f of findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  const summary = ["breaking", "warning", "safe", "info"].filter((s) => counts[s]).map((s) => `${counts[s]} ${s}`).join(", ");
  const open = findings.some((f) => f.severity === "breaking" && !f.waived && !f.approved) ? " open" : "";
  const lines = [
    `<details${open}><summary>${ICON[first.severity]} ${KIND_LABEL[first.kind]} <code>${escapeHtmlText(first.subject, 120)}</code>: ${summary}</summary>`,
    "",
    "| Rule | Path | Before | After |",
    "|---|---|---|---|",
    ...findings.map(
      (f) => `| ${ICON[f.severity]} ${inlineCode(f.rule, { inTable: true })} | ${f.path ? inlineCode(f.path, { inTable: true, maxLength: 160 }) : ""} | ${cellJson(f.before)} | ${cellJson(f.after)} |`
    )
  ];
  for (const f of findings) {
    const segments = f.extra?.wordDiffSegments;
    if (Array.isArray(segments)) {
      const text = segments.map((s) => {
        const seg = s;
        return seg.op === "delete" ? `[-${seg.text}-]` : seg.op === "insert" ? `{+${seg.text}+}` : String(seg.text ?? "");
      }).join("");
      lines.push("", `Word diff of ${inlineCode(f.path || "/description")} (\`[-removed-]\` \`{+added+}\`):`, codeBlock(text, "text"));
    }
  }
  lines.push("", "</details>", "");
  return lines.join("\n");
}
function foldedDetailsBlock(findings) {
  const f = findings[0];
  return [
    `<details><summary>${ICON[f.severity]} ${findings.length} more ${KIND_PLURAL[f.kind]}: <code>${escapeHtmlText(f.rule, 80)}</code></summary>`,
    "",
    "| Subject | Path | Before | After |",
    "|---|---|---|---|",
    ...findings.map(
      (x) => `| ${inlineCode(x.subject, { inTable: true, maxLength: 120 })} | ${x.path ? inlineCode(x.path, { inTable: true, maxLength: 160 }) : ""} | ${cellJson(x.before)} | ${cellJson(x.after)} |`
    ),
    "",
    "</details>",
    ""
  ].join("\n");
}
var MAX_EXISTING_LINT_SHOWN = 20;
function qualitySections(report) {
  const out = [];
  const f = report.footprint;
  if (f) {
    out.push(
      "#### Token footprint",
      "",
      `The tools cost about **${describeFootprint(f)}** of model context on every request (${f.tokenizer}; ${FOOTPRINT_CAVEAT}).`,
      ""
    );
    if (f.perTool.length) {
      out.push("| Tool | Base | Head | Change |", "|---|---:|---:|---:|");
      for (const t of f.perTool)
        out.push(
          `| ${inlineCode(t.tool, { inTable: true, maxLength: 80 })} | ${t.base.toLocaleString("en-US")} | ${t.head.toLocaleString("en-US")} | ${signed(t.delta)} |`
        );
      out.push("");
    }
  }
  const lint = report.lint;
  if (lint) {
    const n = lint.new.length, e = lint.existing.length;
    out.push("#### Catalog quality", "");
    if (n + e === 0) out.push("No lint findings.", "");
    else {
      out.push(
        `**${n} new** lint finding${n === 1 ? "" : "s"} in this change${n ? " (in the table above; they count toward the gate)" : ""}; **${e} already there** (in the base too; not gated).`,
        ""
      );
      if (e) {
        out.push(
          `<details><summary>${e} lint finding${e === 1 ? "" : "s"} already in the base</summary>`,
          "",
          "| Rule | Subject | Finding |",
          "|---|---|---|"
        );
        for (const x of lint.existing.slice(0, MAX_EXISTING_LINT_SHOWN)) {
          out.push(
            `| ${ICON[x.severity]} ${inlineCode(x.rule, { inTable: true })} | ${KIND_LABEL[x.kind]} ${inlineCode(x.subject, { inTable: true, maxLength: 80 })} | ${richText(x.message, { maxLength: 160, inTable: true })} |`
          );
        }
        if (e > MAX_EXISTING_LINT_SHOWN) out.push(`| | | … and ${e - MAX_EXISTING_LINT_SHOWN} more (all are in the JSON report) |`);
        out.push("", "</details>", "");
      }
    }
  }
  return out.length ? "\n" + out.join("\n") : "";
}
function markdownBlocks(report) {
  const h = headline(report);
  const v = report.verdict;
  const icon = h.status === "fail" ? "❌" : h.status === "pass" ? "✅" : h.status === "breaking" ? "🛑" : "✅";
  const head = [`### ${icon} mcp-contract: ${inlineCode(report.label, { maxLength: 100 })} — ${h.title}`, ""];
  if (h.actions.length) head.push("**What to do:**", "", ...reasonLines(h.actions), "");
  if (h.notes.length) head.push("**Notes:**", "", ...reasonLines(h.notes), "");
  const c = report.counts;
  head.push(
    `| ${ICON.breaking} Breaking | ${ICON.warning} Warning | ${ICON.safe} Safe | ${ICON.info} Info | Required bump | Version |`,
    "|---:|---:|---:|---:|---|---|",
    `| ${c.breaking} | ${c.warning} | ${c.safe} | ${c.info} | **${bumpLabel(report.requiredBump)}** | ${escapeMarkdownText(describeVersions(report), 120)}${v?.suggestedVersion ? ` → needs **${escapeMarkdownText(v.suggestedVersion, 40)}**` : ""} |`,
    "",
    `Base ${inlineCode(report.base.hash.slice(0, 19))} (${tools(report.base.toolCount)}${report.base.source ? `, ${inlineCode(report.base.source, { maxLength: 120 })}` : ""}) → head ${inlineCode(report.head.hash.slice(0, 19))} (${tools(report.head.toolCount)}${report.head.source ? `, ${inlineCode(report.head.source, { maxLength: 120 })}` : ""})`,
    ""
  );
  const rows = [];
  const items = foldRepeats(report.findings);
  if (report.findings.length) {
    head.push("| Severity | Rule | Subject | Change |", "|---|---|---|---|");
    for (const item of items) {
      if ("folded" in item) {
        const f2 = item.folded[0];
        const names = item.folded.slice(0, 10).map((x) => inlineCode(x.subject, { inTable: true, maxLength: 60 })).join(", ");
        rows.push(
          `| ${ICON[f2.severity]} ${SEVERITY_LABEL[f2.severity]} | ${inlineCode(f2.rule, { inTable: true })} | ${item.folded.length} more ${KIND_PLURAL[f2.kind]} | The same change for ${names}${item.folded.length > 10 ? ", …" : ""} (each in the details below and in the JSON report) |`
        );
        continue;
      }
      const f = item.finding;
      const witness = witnessSentence(
        f,
        (instance) => inlineCode(instance, { inTable: true, maxLength: WITNESS_SHOWN }),
        (note) => escapeMarkdownText(note, 300)
      );
      rows.push(
        `| ${ICON[f.severity]} ${SEVERITY_LABEL[f.severity]} | ${inlineCode(f.rule, { inTable: true })} | ${KIND_LABEL[f.kind]} ${inlineCode(f.subject, { inTable: true, maxLength: 80 })} | ${richText(f.message, { maxLength: 400, inTable: true })}${findingBadges(f)}${witness ? `<br>${witness}` : ""} |`
      );
    }
  }
  const folded = new Set(items.flatMap((i) => "folded" in i ? i.folded : []));
  const groups = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    if (folded.has(f)) continue;
    const key = subjectKey(f);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  const details = [...groups.values()].map(detailsBlock);
  for (const item of items) if ("folded" in item) details.push(foldedDetailsBlock(item.folded));
  return { head, rows, details };
}
function renderMarkdown(report, opts = {}) {
  const max = opts.maxLength ?? DEFAULT_MAX_MARKDOWN;
  const { head, rows, details } = markdownBlocks(report);
  const headText = head.join("\n") + "\n";
  const rowsText = rows.map((r) => r + "\n");
  let quality = qualitySections(report);
  const detailsText = details.length ? ["\n#### Details\n\n", ...details] : [];
  const full = headText + rowsText.join("") + quality + detailsText.join("");
  if (full.length <= max) return full;
  const omittedNote = (rowsLeft, sectionsLeft) => {
    const parts = [];
    if (rowsLeft) parts.push(`${rowsLeft} more finding${rowsLeft === 1 ? "" : "s"}`);
    if (sectionsLeft) parts.push(`${sectionsLeft} detail section${sectionsLeft === 1 ? "" : "s"}`);
    return `
> ✂️ ${parts.join(" and ")} not shown. ${opts.summaryPointer ?? DEFAULT_SUMMARY_POINTER}
`;
  };
  const note = omittedNote(rows.length, details.length).length;
  if (headText.length + quality.length + note > max) quality = "";
  const reserve = note + quality.length;
  let out = headText;
  if (out.length + reserve > max) {
    const h = headline(report);
    return `### mcp-contract — ${h.title}
` + omittedNote(rows.length, details.length);
  }
  let shownRows = 0;
  for (const r of rowsText) {
    if (out.length + r.length + reserve > max) break;
    out += r;
    shownRows++;
  }
  out += quality;
  let shownDetails = 0;
  if (shownRows === rows.length && detailsText.length) {
    const [title, ...sections] = detailsText;
    if (out.length + title.length + (sections[0]?.length ?? 0) + note <= max) {
      out += title;
      for (const s of sections) {
        if (out.length + s.length + note > max) break;
        out += s;
        shownDetails++;
      }
    }
  }
  return out + omittedNote(rows.length - shownRows, details.length - shownDetails);
}

// src/report/sarif.ts
var LEVEL = { breaking: "error", warning: "warning", safe: "note", info: "note" };
function pascal(id) {
  return id.split(/[-/]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function toSarifLog(report, opts = {}) {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: pascal(r.id),
    shortDescription: { text: r.description },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { severity: r.severity, direction: r.direction, subject: r.subject }
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndex = (id, level, description) => {
    if (!index.has(id)) {
      index.set(id, rules.length);
      rules.push({ id, name: pascal(id), shortDescription: { text: description }, defaultConfiguration: { level }, properties: {} });
    }
    return index.get(id);
  };
  const snapshotUri = opts.snapshotUri ?? "mcp-contract.snapshot.json";
  const results = report.findings.map((f) => {
    const loc = opts.locate?.(f);
    const suppressed = f.waived ? [
      {
        kind: "external",
        status: "accepted",
        justification: `waived: ${f.waived.reason}${f.waived.expires ? ` (until ${f.waived.expires})` : ""}`
      }
    ] : f.approved ? [{ kind: "external", status: "accepted", justification: `approved by ${f.approved.by}` }] : void 0;
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex(f.rule, LEVEL[f.severity], f.rule),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: loc?.uri ?? snapshotUri },
            ...loc?.line ? { region: { startLine: loc.line } } : {}
          },
          logicalLocations: [
            { name: f.subject, fullyQualifiedName: `${f.kind}:${f.subject}${f.path}`, kind: f.kind === "tool" ? "function" : "object" }
          ]
        }
      ],
      partialFingerprints: { "mcpContract/v1": `${f.rule}|${f.kind}|${f.subject}|${f.path}` },
      properties: { severity: f.severity, path: f.path, ...f.originalSeverity ? { originalSeverity: f.originalSeverity } : {} },
      ...suppressed ? { suppressions: suppressed } : {}
    };
  });
  for (const r of report.verdict?.reasons.filter((x) => x.blocking) ?? []) {
    const id = `gate/${r.code}`;
    results.push({
      ruleId: id,
      ruleIndex: ruleIndex(id, "error", `The version gate failed: ${r.code}`),
      level: "error",
      message: { text: r.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: snapshotUri } } }]
    });
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "mcp-contract", version: VERSION, rules } },
        automationDetails: { id: `mcp-contract/${report.label}` },
        results
      }
    ]
  };
}
function renderSarif(report, opts = {}) {
  return JSON.stringify(toSarifLog(report, opts), null, 2) + "\n";
}

// src/report/text.ts
var ANSI = { red: "31", yellow: "33", green: "32", dim: "2", bold: "1", cyan: "36" };
var SEVERITY_COLOR = { breaking: "red", warning: "yellow", safe: "green", info: "dim" };
function json(value) {
  return value === void 0 ? "—" : oneLine(stableJson(value), 100);
}
function renderText(report, opts = {}) {
  const paint = (color, s) => opts.color ? `\x1B[${ANSI[color]}m${s}\x1B[0m` : s;
  const h = headline(report);
  const mark = h.status === "fail" ? paint("red", "✗ FAIL") : h.status === "pass" ? paint("green", "✓ PASS") : h.status === "breaking" ? paint("red", "✗ BREAKING") : paint("green", "✓ OK");
  const lines = [`${mark}  ${oneLine(report.label, 100)}: ${h.title}`];
  lines.push(
    `  version ${oneLine(describeVersions(report), 120)}; required bump: ${report.requiredBump}${report.verdict?.suggestedVersion ? `; needs ${oneLine(report.verdict.suggestedVersion, 40)}` : ""}`
  );
  lines.push(
    paint(
      "dim",
      `  base ${report.base.hash.slice(0, 19)} (${report.base.toolCount} tool${report.base.toolCount === 1 ? "" : "s"}${report.base.source ? `, ${oneLine(report.base.source, 120)}` : ""}) → head ${report.head.hash.slice(0, 19)} (${report.head.toolCount} tool${report.head.toolCount === 1 ? "" : "s"}${report.head.source ? `, ${oneLine(report.head.source, 120)}` : ""})`
    )
  );
  if (h.actions.length) {
    lines.push("", paint("bold", "What to do:"));
    for (const r of h.actions) lines.push(`  - ${oneLine(r.message, 1e3)}`);
  }
  if (h.notes.length) {
    lines.push("");
    for (const r of h.notes) lines.push(paint("dim", `  note: ${oneLine(r.message, 1e3)}`));
  }
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push("", paint(SEVERITY_COLOR[severity], paint("bold", `${SEVERITY_LABEL[severity].toUpperCase()} (${group.length})`)));
    for (const item of foldRepeats(group)) {
      if ("finding" in item) lines.push(...findingLines(item.finding, paint));
      else {
        const names = item.folded.slice(0, 8).map((x) => oneLine(x.subject, 60)).join(", ");
        lines.push(
          `  ${paint("cyan", item.folded[0].rule)}  … and ${item.folded.length} more ${KIND_PLURAL[item.folded[0].kind]} with the same change: ${names}${item.folded.length > 8 ? ", …" : ""} (all in --format json)`
        );
      }
    }
  }
  lines.push(...qualityLines(report, paint));
  return lines.join("\n") + "\n";
}
var MAX_EXISTING_LINT_LINES = 20;
function qualityLines(report, paint) {
  const lines = [];
  const f = report.footprint;
  if (f) {
    lines.push("", `${paint("bold", "TOKEN FOOTPRINT")}  ${describeFootprint(f)} per request (${f.tokenizer}; ${FOOTPRINT_CAVEAT})`);
    const width = Math.max(0, ...f.perTool.map((t) => signed(t.delta).length));
    for (const t of f.perTool)
      lines.push(
        `  ${signed(t.delta).padStart(width)}  ${oneLine(t.tool, 100)} (${t.base.toLocaleString("en-US")} → ${t.head.toLocaleString("en-US")})`
      );
  }
  const lint = report.lint;
  if (lint) {
    const e = lint.existing.length;
    lines.push(
      "",
      `${paint("bold", "LINT")}  ${lint.new.length} new in this change (listed above, gated); ${e} already in the base (not gated)`
    );
    for (const x of lint.existing.slice(0, MAX_EXISTING_LINT_LINES))
      lines.push(paint("dim", `  ${x.rule}  ${x.kind} ${oneLine(x.subject, 100)}: ${oneLine(x.message, 300)}`));
    if (e > MAX_EXISTING_LINT_LINES) lines.push(paint("dim", `  … and ${e - MAX_EXISTING_LINT_LINES} more (all are in --format json)`));
  }
  return lines;
}
function findingLines(f, paint) {
  const tags = [
    f.waived ? `waived: ${oneLine(f.waived.reason, 120)}${f.waived.expires ? ` (until ${oneLine(f.waived.expires, 20)})` : ""}` : "",
    f.approved ? `approved by ${oneLine(f.approved.by, 80)}` : "",
    f.originalSeverity ? `was ${f.originalSeverity}` : ""
  ].filter(Boolean);
  const out = [
    `  ${paint("cyan", f.rule)}  ${f.kind} ${oneLine(f.subject, 100)}${f.path ? ` ${oneLine(f.path, 160)}` : ""}${tags.length ? paint("dim", `  [${tags.join("; ")}]`) : ""}`
  ];
  out.push(`    ${oneLine(f.message, 600)}`);
  if (f.before !== void 0 || f.after !== void 0) out.push(paint("dim", `    ${json(f.before)} → ${json(f.after)}`));
  const witness = witnessSentence(
    f,
    (instance) => oneLine(instance, WITNESS_SHOWN),
    (note) => oneLine(note, 300)
  );
  if (witness) out.push(`    ${witness}`);
  return out;
}

// src/report/render.ts
var REPORT_FORMATS = ["text", "markdown", "json", "sarif"];
function renderReport(report, format, opts = {}) {
  switch (format) {
    case "text":
      return renderText(report, opts);
    case "markdown":
      return renderMarkdown(report, opts);
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, opts);
  }
}
function parseFormat(value, fallback = "text") {
  if (value === void 0) return fallback;
  if (REPORT_FORMATS.includes(value)) return value;
  throw new UserError(`unknown --format "${value}"`, { hint: `use one of: ${REPORT_FORMATS.join(", ")}.` });
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
  buildReport,
  escapeMarkdownText,
  inlineCode,
  codeBlock,
  SARIF_SCHEMA,
  toSarifLog,
  toJsonReport,
  renderReport,
  parseFormat
};
