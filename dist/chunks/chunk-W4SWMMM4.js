import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  BUMP_ORDER,
  KEYWORD_RULES,
  ONE_OF_RULES,
  REGEX_INPUT_CAP,
  SCHEMA_RULES,
  SEVERITIES,
  SchemaOracle,
  USAGE_RULES,
  canonicalize,
  compareFindings,
  compareText,
  compileSchema,
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
  equalJson,
  footprintFindings,
  hasEvidence,
  hashTool,
  isObject,
  isQualityRule,
  lintCatalogs,
  lintProtocol,
  loadTokenCounter,
  measureFootprint,
  oracleFinding,
  prepareSchemaChecker,
  rateGeneratorToggles,
  schemaFinding,
  stableJson,
  unescapePointerToken,
  weighUsage,
  withoutUncapturedLists
} from "./chunk-J4NHHBHU.js";
import {
  UserError
} from "./chunk-4R3GBQZH.js";
import {
  __commonJS,
  __toESM
} from "./chunk-PAFTTTTQ.js";

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

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
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

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var clean = (version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    };
    module.exports = clean;
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

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
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

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
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

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
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

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
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

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
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

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
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

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
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

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
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

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
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
        const cached = cache.get(memoKey);
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
        cache.set(memoKey, result);
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
    var cache = new LRU();
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

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
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

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
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

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
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

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
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

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
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

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
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

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
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

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
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

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
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

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
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

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
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
  along(path3, hints, other) {
    const frames = this.locate(path3);
    const otherFrames = other?.locate(path3);
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
  locate(path3) {
    const segs = path3.split("/").slice(1).map(unescapePointerToken);
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
    () => validInstances(accepting, 64)
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
function instanceLocation(path3) {
  const segs = path3.split("/").slice(1);
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
    const path3 = f.path.slice(SCHEMA_KEY[direction].length + 1);
    const location = breakingIn.get(`${f.subject}\0${direction}`) > 1 ? instanceLocation(path3) : void 0;
    const at = location && /\/properties\/[^/]+$/.test(path3) ? location.slice(0, -1) : location;
    const result = await searchWitness(direction, pair.before, pair.after, { path: path3, hints: hintsOf(f), ...at ? { at } : {} }, opts);
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

// src/usage/index.ts
import * as path2 from "node:path";

// src/usage/calls.ts
import { readFile, stat } from "node:fs/promises";

// src/usage/conventions.ts
var TOOL_CALL_METHODS = ["tools/call"];
var METHOD_ATTRIBUTES = ["mcp.method.name", "rpc.method"];
var OPERATION_ATTRIBUTE = "gen_ai.operation.name";
var TOOL_OPERATIONS = ["execute_tool"];
var TOOL_NAME_ATTRIBUTES = ["gen_ai.tool.name", "mcp.tool.name"];
var ARGUMENTS_ATTRIBUTES = ["gen_ai.tool.call.arguments", "mcp.request.params.arguments"];
var ARGUMENT_PREFIX = "mcp.request.argument.";
var RESULT_ATTRIBUTES = ["gen_ai.tool.call.result", "mcp.response.result"];
var SPAN_NAME_PREFIXES = ["tools/call ", "mcp.call_tool.", "execute_tool "];
function firstString(attrs, keys) {
  for (const key of keys) {
    const v = attrs.get(key);
    if (typeof v === "string" && v !== "") return v;
  }
  return void 0;
}
function toolOfSpan(name, attrs) {
  const method = firstString(attrs, METHOD_ATTRIBUTES);
  const operation = firstString(attrs, [OPERATION_ATTRIBUTE]);
  const named = firstString(attrs, TOOL_NAME_ATTRIBUTES);
  const prefix = SPAN_NAME_PREFIXES.find((p) => name.startsWith(p));
  const fromName = prefix ? name.slice(prefix.length).trim() : void 0;
  const isCall = method !== void 0 && TOOL_CALL_METHODS.includes(method) || operation !== void 0 && TOOL_OPERATIONS.includes(operation) || prefix !== void 0;
  if (!isCall) return void 0;
  return named ?? (fromName || void 0);
}
function argumentsOfSpan(attrs) {
  const text = firstString(attrs, ARGUMENTS_ATTRIBUTES);
  if (text !== void 0) return { text };
  const perKey = {};
  let any = false;
  for (const [key, value] of attrs) {
    if (key.startsWith(ARGUMENT_PREFIX)) {
      perKey[key.slice(ARGUMENT_PREFIX.length)] = value;
      any = true;
    }
  }
  return any ? { perKey } : {};
}
function resultOfSpan(attrs) {
  return firstString(attrs, RESULT_ATTRIBUTES);
}

// src/usage/calls.ts
var MAX_CALLS_FILE_BYTES = 64 * 1024 * 1024;
var MAX_CALLS = 2e5;
var MAX_PAYLOAD_CHARS = 256 * 1024;
function anyValue(v, depth = 0) {
  if (!isObject(v) || depth > 16) return void 0;
  if ("stringValue" in v) return v.stringValue;
  if ("boolValue" in v) return v.boolValue;
  if ("intValue" in v) return typeof v.intValue === "string" ? Number(v.intValue) : v.intValue;
  if ("doubleValue" in v) return v.doubleValue;
  if (isObject(v.arrayValue)) return (Array.isArray(v.arrayValue.values) ? v.arrayValue.values : []).map((x) => anyValue(x, depth + 1));
  if (isObject(v.kvlistValue)) return Object.fromEntries(attributeEntries(v.kvlistValue.values, depth + 1));
  return void 0;
}
function attributeEntries(list, depth = 0) {
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).flatMap((kv) => typeof kv.key === "string" ? [[kv.key, anyValue(kv.value, depth)]] : []);
}
function parseJsonText(text) {
  if (text.length > MAX_PAYLOAD_CHARS) return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function structuredOf(result) {
  return isObject(result) && result.structuredContent !== void 0 ? result.structuredContent : void 0;
}
function isoFromNanos(nanos) {
  const n = typeof nanos === "string" ? Number(nanos.slice(0, -6) || "0") : typeof nanos === "number" ? nanos / 1e6 : NaN;
  return Number.isFinite(n) && n > 0 ? new Date(n).toISOString() : void 0;
}
function callsFromOtlp(doc, file) {
  const out = [];
  const resourceSpans = Array.isArray(doc.resourceSpans) ? doc.resourceSpans : [];
  for (const rs of resourceSpans.filter(isObject)) {
    const scopes = Array.isArray(rs.scopeSpans) ? rs.scopeSpans : Array.isArray(rs.instrumentationLibrarySpans) ? rs.instrumentationLibrarySpans : [];
    for (const scope of scopes.filter(isObject)) {
      for (const span of (Array.isArray(scope.spans) ? scope.spans : []).filter(isObject)) {
        if (out.length >= MAX_CALLS) return out;
        const attrs = new Map(attributeEntries(span.attributes));
        const tool = toolOfSpan(typeof span.name === "string" ? span.name : "", attrs);
        if (tool === void 0) continue;
        const call = { tool, source: typeof span.spanId === "string" ? `${file} span ${span.spanId}` : file };
        const args = argumentsOfSpan(attrs);
        const parsed = args.text !== void 0 ? parseJsonText(args.text) : args.perKey;
        if (isObject(parsed)) call.arguments = parsed;
        const resultText = resultOfSpan(attrs);
        const structured = resultText !== void 0 ? structuredOf(parseJsonText(resultText)) : void 0;
        if (structured !== void 0) call.structuredContent = structured;
        const time = isoFromNanos(span.startTimeUnixNano);
        if (time) call.time = time;
        out.push(call);
      }
    }
  }
  return out;
}
function callsFromJsonl(text, file) {
  const out = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length && out.length < MAX_CALLS; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const value = parseJsonText(line);
    const tool = isObject(value) ? typeof value.tool === "string" ? value.tool : typeof value.name === "string" ? value.name : void 0 : void 0;
    if (!isObject(value) || tool === void 0) {
      throw new UserError(`${file}:${i + 1} is not a recorded call`, {
        hint: 'each line of a calls file is one JSON object like {"tool":"read_file","arguments":{"path":"a.txt"}}; an OTLP trace export is one JSON document with "resourceSpans".'
      });
    }
    const call = { tool, source: `${file}:${i + 1}` };
    if (isObject(value.arguments)) call.arguments = value.arguments;
    const structured = structuredOf(value.result);
    if (structured !== void 0) call.structuredContent = structured;
    if (typeof value.time === "string") call.time = value.time;
    out.push(call);
  }
  return out;
}
async function readCalls(file, shownAs = file) {
  let text;
  try {
    const info = await stat(file);
    if (info.size > MAX_CALLS_FILE_BYTES) {
      throw new UserError(
        `the calls file ${shownAs} is ${Math.round(info.size / 1048576)} MiB, over the ${MAX_CALLS_FILE_BYTES / 1048576} MiB limit`,
        {
          hint: "export a shorter window (e.g. the last 7 days) or sample the traces before passing them with --usage-calls."
        }
      );
    }
    text = await readFile(file, "utf8");
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`could not read the calls file ${shownAs}: ${err.message}`, {
      hint: "check the path given to --usage-calls (or usage.calls in the config); it is relative to the current directory (the config file’s folder for the config)."
    });
  }
  const isOtlp = /^\s*\{\s*"resourceSpans"/.test(text.slice(0, 256));
  const calls = isOtlp ? otlpDocuments(text, shownAs).flatMap((d) => callsFromOtlp(d, shownAs)) : callsFromJsonl(text, shownAs);
  const times = calls.flatMap((c) => c.time ? [c.time] : []).sort();
  const source = {
    kind: "calls",
    origin: shownAs,
    count: calls.length,
    ...times.length ? { oldest: times[0], newest: times[times.length - 1] } : {},
    notes: calls.length >= MAX_CALLS ? [`read the first ${MAX_CALLS} calls only`] : [],
    ...calls.length >= MAX_CALLS ? { incomplete: true } : {}
  };
  return { calls, source };
}
function otlpDocuments(text, file) {
  try {
    const whole = JSON.parse(text);
    if (isObject(whole)) return [whole];
  } catch {
  }
  const docs = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const doc = JSON.parse(line);
      if (isObject(doc)) docs.push(doc);
    } catch {
      throw new UserError(`${file} is neither an OTLP JSON export nor JSON lines of exports`, {
        hint: "export traces with the OTLP JSON file exporter (or the in-memory exporter serialised with @opentelemetry/otlp-transformer)."
      });
    }
  }
  return docs;
}

// src/usage/scan.ts
import { lstat, readdir, readFile as readFile2 } from "node:fs/promises";
import * as path from "node:path";

// src/usage/code-calls.ts
var MAX_CALL_CHARS = 8192;
var CALL_MARKERS = ["callTool(", "call_tool(", "callTool<"];
var LiteralReader = class {
  constructor(text, start, end) {
    this.text = text;
    this.end = end;
    this.pos = start;
  }
  text;
  end;
  pos;
  skipSpace() {
    while (this.pos < this.end) {
      const c = this.text[this.pos];
      if (c === " " || c === "\n" || c === "	" || c === "\r") this.pos++;
      else if (this.text.startsWith("//", this.pos) || c === "#") {
        const nl = this.text.indexOf("\n", this.pos);
        this.pos = nl < 0 || nl > this.end ? this.end : nl;
      } else break;
    }
  }
  peek() {
    this.skipSpace();
    return this.pos < this.end ? this.text[this.pos] : void 0;
  }
  /** A quoted string literal's content (no interpolation), or undefined. */
  string() {
    const quote = this.peek();
    if (quote !== '"' && quote !== "'" && quote !== "`") return void 0;
    let out = "";
    for (let i = this.pos + 1; i < this.end; i++) {
      const c = this.text[i];
      if (c === "\\") {
        out += this.text[++i] ?? "";
        continue;
      }
      if (c === quote) {
        this.pos = i + 1;
        return quote === "`" && out.includes("${") ? void 0 : out;
      }
      if (c === "\n" && quote !== "`") return void 0;
      out += c;
    }
    return void 0;
  }
  /** An identifier (a JS key or a Python keyword argument), or undefined. */
  identifier() {
    this.skipSpace();
    const start = this.pos;
    while (this.pos < this.end && /[A-Za-z0-9_$]/.test(this.text[this.pos])) this.pos++;
    return this.pos > start ? this.text.slice(start, this.pos) : void 0;
  }
  eat(char) {
    if (this.peek() !== char) return false;
    this.pos++;
    return true;
  }
  /** Skips one value (up to a top-level `,` or closing bracket). */
  skipValue() {
    let depth = 0;
    while (this.pos < this.end) {
      const c = this.peek();
      if (c === void 0) return;
      if (c === '"' || c === "'" || c === "`") {
        if (this.string() === void 0) this.pos++;
        continue;
      }
      if (c === "{" || c === "[" || c === "(") depth++;
      else if (c === "}" || c === "]" || c === ")") {
        if (depth === 0) return;
        depth--;
      } else if (c === "," && depth === 0) return;
      this.pos++;
    }
  }
  /** An object/dict literal as its top-level entries: key → the offset of its value. Undefined when not a literal. */
  object(onEntry) {
    if (!this.eat("{")) return false;
    for (; ; ) {
      if (this.eat("}")) return true;
      if (this.peek() === ".") return true;
      const key = this.string() ?? this.identifier();
      if (key === void 0) return false;
      if (this.eat(":")) onEntry(key, this);
      else if (this.peek() !== "," && this.peek() !== "}") return false;
      this.skipValue();
      if (!this.eat(",")) return this.eat("}");
    }
  }
};
function argumentKeys(reader) {
  const keys = [];
  return reader.object((key) => keys.push(key)) ? keys : void 0;
}
function readCall(text, start) {
  const reader = new LiteralReader(text, start, Math.min(text.length, start + MAX_CALL_CHARS));
  if (reader.peek() === "{") {
    let tool2;
    let keys2;
    reader.object((key, r) => {
      if (key === "name") tool2 = r.string();
      else if (key === "arguments") keys2 = argumentKeys(r);
    });
    return tool2 === void 0 ? void 0 : { tool: tool2, end: reader.pos, ...keys2 ? { argumentKeys: keys2 } : {} };
  }
  let tool = reader.string();
  let keys;
  for (let i = 0; i < 4; i++) {
    if (tool !== void 0 && !reader.eat(",")) break;
    const save = reader.pos;
    const word = reader.identifier();
    if (word !== void 0 && reader.eat("=")) {
      if (word === "name") tool = reader.string();
      else if (word === "arguments") keys = argumentKeys(reader);
      else reader.skipValue();
      continue;
    }
    reader.pos = save;
    if (tool === void 0) return void 0;
    keys = argumentKeys(reader);
    break;
  }
  return tool === void 0 ? void 0 : { tool, end: reader.pos, ...keys ? { argumentKeys: keys } : {} };
}
function findCodeCalls(text) {
  const out = [];
  for (const marker of CALL_MARKERS) {
    for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) {
      let start = at + marker.length;
      if (marker === "callTool<") {
        const paren = text.indexOf("(", start);
        if (paren < 0 || paren - start > 200) continue;
        start = paren + 1;
      }
      const call = readCall(text, start);
      if (call) out.push({ offset: at, ...call });
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

// src/usage/lines.ts
var LineTable = class {
  starts = [0];
  constructor(text) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  lineOf(offset) {
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
};

// src/usage/glob.ts
var MAX_EXPANSIONS = 64;
function expandBraces(pattern) {
  const open = pattern.indexOf("{");
  const close = open < 0 ? -1 : pattern.indexOf("}", open);
  if (open < 0 || close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const options = pattern.slice(open + 1, close).split(",");
  const out = [];
  for (const tail of expandBraces(pattern.slice(close + 1))) {
    for (const option of options) {
      out.push(head + option + tail);
      if (out.length > MAX_EXPANSIONS)
        throw new Error(`the pattern ${JSON.stringify(pattern)} expands to more than ${MAX_EXPANSIONS} alternatives`);
    }
  }
  return out;
}
function matchSegment(pattern, text) {
  let p = 0, t = 0, star = -1, mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === "?" || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === "*") {
      star = p++;
      mark = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === "*") p++;
  return p === pattern.length;
}
function matchPath(patternSegments, pathSegments) {
  const P = patternSegments.length, S = pathSegments.length;
  let next = new Array(S + 1).fill(false);
  next[S] = true;
  for (let i = P - 1; i >= 0; i--) {
    const cur = new Array(S + 1).fill(false);
    const seg = patternSegments[i];
    for (let j = S; j >= 0; j--) {
      if (seg === "**") cur[j] = next[j] || j < S && cur[j + 1];
      else cur[j] = j < S && next[j + 1] && matchSegment(seg, pathSegments[j]);
    }
    next = cur;
  }
  return next[0];
}
function pathMatcher(patterns) {
  const compiled = patterns.flatMap(expandBraces).map((p) => {
    const clean = p.replace(/^\.\//, "");
    return clean.includes("/") ? clean.split("/") : ["**", clean];
  });
  return (relativePath) => {
    const segments = relativePath.split("/");
    return compiled.some((c) => matchPath(c, segments));
  };
}
function isGlob(pattern) {
  return /[*?{]/.test(pattern);
}
function namesMatching(pattern, names) {
  const alternatives = expandBraces(pattern);
  const out = [];
  for (const name of names) if (alternatives.some((a) => matchSegment(a, name))) out.push(name);
  return out;
}

// src/usage/tool-index.ts
function inputProperties(tool) {
  const schema = tool.inputSchema;
  return isObject(schema) && isObject(schema.properties) ? Object.keys(schema.properties) : [];
}
function toolIndex(...snapshots) {
  const params = /* @__PURE__ */ new Map();
  for (const snapshot of snapshots) {
    for (const tool of snapshot.tools) {
      const set = params.get(tool.name) ?? /* @__PURE__ */ new Set();
      for (const p of inputProperties(tool)) set.add(p);
      params.set(tool.name, set);
    }
  }
  return { names: new Set(params.keys()), params };
}
function toolsOfEntry(entry, index) {
  const trimmed = entry.trim().replace(/^["']|["']$/g, "");
  if (trimmed.startsWith("mcp__")) {
    const rest = trimmed.slice("mcp__".length);
    const split = rest.indexOf("__");
    const toolPart = split < 0 ? "*" : rest.slice(split + 2);
    return { tools: isGlob(toolPart) ? namesMatching(toolPart, index.names) : index.names.has(toolPart) ? [toolPart] : [], via: trimmed };
  }
  if (isGlob(trimmed)) return { tools: namesMatching(trimmed, index.names), via: trimmed };
  return { tools: index.names.has(trimmed) ? [trimmed] : [] };
}

// src/usage/extract.ts
var CODE_EXTENSIONS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|py)$/;
var CLIENT_CONFIG_NAMES = /* @__PURE__ */ new Set([
  ".mcp.json",
  "mcp.json",
  "claude_desktop_config.json",
  "settings.json",
  "settings.local.json",
  "mcp_config.json"
]);
var ALLOW_KEYS = ["allowedTools", "allowTools", "alwaysAllow", "includeTools", "enabledTools", "tools", "allow"];
var DENY_KEYS = ["disabledTools", "deniedTools", "excludeTools", "disallowedTools", "deny"];
function kindOfFile(relativePath) {
  const base = relativePath.slice(relativePath.lastIndexOf("/") + 1);
  if (CLIENT_CONFIG_NAMES.has(base) && base.endsWith(".json")) return "client-config";
  if (base === "SKILL.md") return "skill";
  if (/(^|\/)agents\/[^/]+\.md$/.test(relativePath)) return "agent";
  if (CODE_EXTENSIONS.test(base)) return "code";
  return "prompt";
}
var TOKEN = /[A-Za-z0-9_./-]+/g;
var QUOTES = /* @__PURE__ */ new Set(["`", '"', "'"]);
function isDistinctive(name) {
  return /[_.\-/0-9]/.test(name) || /[a-z][A-Z]/.test(name);
}
function tokensOfLine(line) {
  const out = [];
  for (const m of line.matchAll(TOKEN)) {
    const text = m[0].replace(/[./-]+$/, "");
    if (text === "") continue;
    const before = line[m.index - 1];
    const quoted = before !== void 0 && QUOTES.has(before) || /\{\{\s*$/.test(line.slice(Math.max(0, m.index - 8), m.index));
    out.push({ text, start: m.index, quoted });
  }
  return out;
}
function textReferences(file, text, kind, index, opts = {}) {
  const out = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const tokens = tokensOfLine(lines[i]);
    const found = /* @__PURE__ */ new Map();
    for (const token of tokens) {
      if (token.text.startsWith("mcp__")) {
        const { tools, via } = toolsOfEntry(token.text, index);
        for (const t of tools) found.set(t, via ? { via } : {});
      } else if (index.names.has(token.text)) {
        const sure = token.quoted || isDistinctive(token.text);
        if (sure && (token.quoted || !opts.quotedOnly)) found.set(token.text, found.get(token.text)?.via ? found.get(token.text) : {});
        else if (!opts.quotedOnly && !found.has(token.text)) found.set(token.text, { loose: true });
      }
    }
    for (const [tool, how] of found) {
      const params = index.params.get(tool);
      const named = params ? [...new Set(tokens.map((t) => t.text).filter((t) => t !== tool && params.has(t)))] : [];
      out.push({
        tool,
        file,
        line: i + 1,
        kind,
        params: named,
        ...how.via ? { via: how.via } : {},
        ...how.loose ? { loose: true } : {}
      });
    }
  }
  return out;
}
function frontMatter(text) {
  if (!text.startsWith("---")) return void 0;
  const lines = text.split("\n");
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === "---");
  return end < 0 ? void 0 : { lines: lines.slice(1, end), firstLine: 2 };
}
function frontMatterList(text, key) {
  const fm = frontMatter(text);
  if (!fm) return [];
  const out = [];
  for (let i = 0; i < fm.lines.length; i++) {
    const line = fm.lines[i];
    if (!line.startsWith(`${key}:`)) continue;
    const inline = line.slice(key.length + 1).trim();
    const listed = inline.startsWith("[") ? inline.slice(1, inline.lastIndexOf("]") < 0 ? void 0 : inline.lastIndexOf("]")) : inline;
    for (const entry of listed.split(/[,\s]+/)) if (entry.replace(/["']/g, "") !== "") out.push({ entry, line: fm.firstLine + i });
    for (let j = i + 1; j < fm.lines.length && /^\s+-\s*/.test(fm.lines[j]); j++) {
      out.push({ entry: fm.lines[j].replace(/^\s+-\s*/, "").trim(), line: fm.firstLine + j });
    }
  }
  return out;
}
function frontMatterReferences(file, text, kind, index) {
  const key = kind === "agent" ? "tools" : "allowed-tools";
  const out = [];
  for (const { entry, line } of frontMatterList(text, key)) {
    const { tools, via } = toolsOfEntry(entry, index);
    for (const tool of tools) out.push({ tool, file, line, kind, params: [], ...via ? { via } : {} });
  }
  const listed = new Set(out.map((r) => `${r.tool}\0${r.line}`));
  return [...out, ...textReferences(file, text, kind, index).filter((r) => !listed.has(`${r.tool}\0${r.line}`))];
}
function lineOfEntry(text, lines, entry) {
  const at = text.indexOf(JSON.stringify(entry));
  return at < 0 ? 1 : lines.lineOf(at);
}
function clientConfigReferences(file, text, index) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return [];
  }
  if (!isObject(doc)) return [];
  const lines = new LineTable(text);
  const out = [];
  const listsOf = (holder) => {
    if (!isObject(holder)) return;
    for (const [keys, denied] of [
      [ALLOW_KEYS, false],
      [DENY_KEYS, true]
    ]) {
      for (const key of keys) {
        const list = holder[key];
        if (!Array.isArray(list)) continue;
        for (const entry of list) {
          if (typeof entry !== "string") continue;
          const { tools, via } = toolsOfEntry(entry, index);
          for (const tool of tools)
            out.push({
              tool,
              file,
              line: lineOfEntry(text, lines, entry),
              kind: "client-config",
              params: [],
              ...denied ? { denied } : {},
              ...via ? { via } : {}
            });
        }
      }
    }
  };
  listsOf(doc);
  listsOf(doc.permissions);
  for (const serversKey of ["mcpServers", "servers"]) {
    const servers = doc[serversKey];
    if (isObject(servers)) for (const server of Object.values(servers)) listsOf(server);
  }
  return out;
}
function codeReferences(file, text, index) {
  const lines = new LineTable(text);
  const out = [];
  const calls = findCodeCalls(text);
  for (const call of calls) {
    if (!index.names.has(call.tool)) continue;
    out.push({
      tool: call.tool,
      file,
      line: lines.lineOf(call.offset),
      kind: "code",
      params: call.argumentKeys ?? [],
      ...call.argumentKeys ? { argumentsKnown: true } : {}
    });
  }
  const callLines = /* @__PURE__ */ new Set();
  for (const call of calls) {
    for (let line = lines.lineOf(call.offset); line <= lines.lineOf(call.end); line++) callLines.add(`${call.tool}\0${line}`);
  }
  return [
    ...out,
    ...textReferences(file, text, "code", index, { quotedOnly: true }).filter((r) => !callLines.has(`${r.tool}\0${r.line}`))
  ];
}
function referencesInFile(file, text, index) {
  const kind = kindOfFile(file);
  switch (kind) {
    case "client-config":
      return clientConfigReferences(file, text, index);
    case "agent":
    case "skill":
      return frontMatterReferences(file, text, kind, index);
    case "code":
      return codeReferences(file, text, index);
    case "prompt":
      return textReferences(file, text, "prompt", index);
  }
}

// src/usage/scan.ts
var DEFAULT_USAGE_GLOBS = [
  "**/*.{md,mdx,txt,prompt}",
  "**/*.{j2,jinja,jinja2,hbs,handlebars,mustache}",
  "**/.claude/agents/*.md",
  "**/SKILL.md",
  "**/{.mcp.json,mcp.json,claude_desktop_config.json,mcp_config.json}",
  "**/.claude/settings{,.local}.json",
  "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,py}"
];
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", "dist", "build", "coverage", ".venv", "venv", "__pycache__", ".next", "target"]);
async function scanReferences(index, opts) {
  const maxFiles = opts.maxFiles ?? 5e3, maxFileBytes = opts.maxFileBytes ?? 1024 * 1024, maxEntries = opts.maxEntries ?? 1e5;
  const globs = opts.globs?.length ? opts.globs : DEFAULT_USAGE_GLOBS;
  let matches;
  try {
    matches = pathMatcher(globs);
  } catch (err) {
    throw new UserError(`a usage glob is too large: ${err.message}`, {
      hint: "split the pattern into several --usage-refs globs."
    });
  }
  try {
    if (!(await lstat(opts.root)).isDirectory()) throw new Error("not a directory");
  } catch {
    throw new UserError(`the usage root ${opts.root} is not a directory`, {
      hint: "give the repository folder to read references from with --usage-root DIR (or usage.root in the config)."
    });
  }
  const references = [];
  const notes = [];
  const skippedLarge = [];
  let files = 0, entries = 0;
  const pending = [""];
  walk: while (pending.length) {
    const dir = pending.shift();
    let listing;
    try {
      listing = await readdir(path.join(opts.root, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    listing.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of listing) {
      if (++entries > maxEntries) {
        notes.push(`stopped after ${maxEntries} directory entries`);
        break walk;
      }
      const rel = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(rel);
        continue;
      }
      if (!entry.isFile() || !matches(rel)) continue;
      if (files >= maxFiles) {
        notes.push(`stopped at ${maxFiles} files`);
        break walk;
      }
      const full = path.join(opts.root, rel);
      const info = await lstat(full);
      if (info.size > maxFileBytes) {
        skippedLarge.push(rel);
        continue;
      }
      files++;
      references.push(...referencesInFile(rel, await readFile2(full, "utf8"), index));
    }
  }
  if (skippedLarge.length) {
    notes.push(
      `skipped ${skippedLarge.length} file(s) over ${Math.round(maxFileBytes / 1024)} KiB: ${skippedLarge.slice(0, 5).join(", ")}${skippedLarge.length > 5 ? ", …" : ""}`
    );
  }
  references.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  return {
    references,
    source: {
      kind: "references",
      origin: `${opts.globs?.length ? globs.join(", ") : "the default globs"} under ${opts.shownRoot ?? opts.root}`,
      count: files,
      notes,
      ...notes.length ? { incomplete: true } : {}
    }
  };
}

// src/usage/index.ts
function wantsUsage(settings) {
  return settings !== void 0 && (settings.root !== void 0 || (settings.refs?.length ?? 0) > 0 || (settings.calls?.length ?? 0) > 0);
}
async function collectUsage(base, head, settings, cwd = process.cwd()) {
  const evidence = { references: [], calls: [], sources: [] };
  if (settings.root !== void 0 || settings.refs?.length) {
    const { references, source } = await scanReferences(toolIndex(base, head), {
      ...settings,
      root: path2.resolve(cwd, settings.root ?? "."),
      shownRoot: settings.root ?? ".",
      ...settings.refs?.length ? { globs: settings.refs } : {}
    });
    evidence.references.push(...references);
    evidence.sources.push(source);
  }
  for (const file of settings.calls ?? []) {
    const { calls, source } = await readCalls(path2.resolve(cwd, file), file);
    evidence.calls.push(...calls);
    evidence.sources.push(source);
  }
  return evidence;
}
async function weighRun(findings, base, head, settings, cwd) {
  const evidence = await collectUsage(base, head, settings, cwd);
  const weighed = await weighUsage(findings, base, head, evidence, { demoteUnused: settings.demoteUnused === true });
  const isAdded = (f) => Object.hasOwn(USAGE_RULES, f.rule);
  const added = applyOverrides(weighed.findings.filter(isAdded), settings.overrides);
  return {
    findings: [...weighed.findings.filter((f) => !isAdded(f)), ...added].sort(compareFindings),
    section: {
      sources: evidence.sources,
      labels: weighed.labels,
      demoteUnused: settings.demoteUnused === true,
      demoted: weighed.demoted,
      ...hasEvidence(evidence) ? {} : { empty: true }
    }
  };
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
  toolIndex,
  scanReferences,
  wantsUsage,
  weighRun
};
