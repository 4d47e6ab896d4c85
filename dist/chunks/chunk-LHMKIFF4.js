import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-MG3LNJ7Q.js";
import {
  require_ajv,
  require_applicator,
  require_codegen,
  require_compile,
  require_core,
  require_core2,
  require_dependencies,
  require_discriminator,
  require_draft7,
  require_format,
  require_metadata,
  require_names,
  require_ref,
  require_ref_error,
  require_util,
  require_validate,
  require_validation,
  require_validation_error
} from "./chunk-J6DLEDD4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-PAFTTTTQ.js";

// node_modules/fast-json-stable-stringify/index.js
var require_fast_json_stable_stringify = __commonJS({
  "node_modules/fast-json-stable-stringify/index.js"(exports, module) {
    "use strict";
    module.exports = function(data, opts) {
      if (!opts) opts = {};
      if (typeof opts === "function") opts = { cmp: opts };
      var cycles = typeof opts.cycles === "boolean" ? opts.cycles : false;
      var cmp = opts.cmp && /* @__PURE__ */ (function(f) {
        return function(node) {
          return function(a, b) {
            var aobj = { key: a, value: node[a] };
            var bobj = { key: b, value: node[b] };
            return f(aobj, bobj);
          };
        };
      })(opts.cmp);
      var seen = [];
      return (function stringify(node) {
        if (node && node.toJSON && typeof node.toJSON === "function") {
          node = node.toJSON();
        }
        if (node === void 0) return;
        if (typeof node == "number") return isFinite(node) ? "" + node : "null";
        if (typeof node !== "object") return JSON.stringify(node);
        var i, out;
        if (Array.isArray(node)) {
          out = "[";
          for (i = 0; i < node.length; i++) {
            if (i) out += ",";
            out += stringify(node[i]) || "null";
          }
          return out + "]";
        }
        if (node === null) return "null";
        if (seen.indexOf(node) !== -1) {
          if (cycles) return JSON.stringify("__cycle__");
          throw new TypeError("Converting circular structure to JSON");
        }
        var seenIndex = seen.push(node) - 1;
        var keys = Object.keys(node).sort(cmp && cmp(node));
        out = "";
        for (i = 0; i < keys.length; i++) {
          var key = keys[i];
          var value = stringify(node[key]);
          if (!value) continue;
          if (out) out += ",";
          out += JSON.stringify(key) + ":" + value;
        }
        seen.splice(seenIndex, 1);
        return "{" + out + "}";
      })(data);
    };
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true,
        "https://json-schema.org/draft/2019-09/vocab/applicator": true,
        "https://json-schema.org/draft/2019-09/vocab/validation": true,
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true,
        "https://json-schema.org/draft/2019-09/vocab/format": false,
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      properties: {
        definitions: {
          $comment: "While no longer an official keyword as it is replaced by $defs, this keyword is retained in the meta-schema to prevent incompatible extensions as it remains in common use.",
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" is no longer a keyword, but schema authors should avoid redefining it to facilitate a smooth transition to "dependentSchemas" and "dependentRequired"',
          type: "object",
          additionalProperties: {
            anyOf: [{ $recursiveRef: "#" }, { $ref: "meta/validation#/$defs/stringArray" }]
          }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/applicator": true
      },
      $recursiveAnchor: true,
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        additionalItems: { $recursiveRef: "#" },
        unevaluatedItems: { $recursiveRef: "#" },
        items: {
          anyOf: [{ $recursiveRef: "#" }, { $ref: "#/$defs/schemaArray" }]
        },
        contains: { $recursiveRef: "#" },
        additionalProperties: { $recursiveRef: "#" },
        unevaluatedProperties: { $recursiveRef: "#" },
        properties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: {
            $recursiveRef: "#"
          }
        },
        propertyNames: { $recursiveRef: "#" },
        if: { $recursiveRef: "#" },
        then: { $recursiveRef: "#" },
        else: { $recursiveRef: "#" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $recursiveRef: "#" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $recursiveRef: "#" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/content": true
      },
      $recursiveAnchor: true,
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        contentSchema: { $recursiveRef: "#" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/core": true
      },
      $recursiveAnchor: true,
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $anchor: {
          type: "string",
          pattern: "^[A-Za-z][-A-Za-z0-9.:_]*$"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveRef: {
          type: "string",
          format: "uri-reference"
        },
        $recursiveAnchor: {
          type: "boolean",
          default: false
        },
        $vocabulary: {
          type: "object",
          propertyNames: {
            type: "string",
            format: "uri"
          },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $recursiveRef: "#" },
          default: {}
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json
var require_format2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/format.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/format",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/format": true
      },
      $recursiveAnchor: true,
      title: "Format vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/meta-data": true
      },
      $recursiveAnchor: true,
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2019-09/schema",
      $id: "https://json-schema.org/draft/2019-09/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2019-09/vocab/validation": true
      },
      $recursiveAnchor: true,
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2019-09/index.js
var require_json_schema_2019_09 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2019-09/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var content = require_content();
    var core = require_core3();
    var format = require_format2();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2019($data) {
      ;
      [
        metaSchema,
        applicator,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2019;
  }
});

// node_modules/ajv/dist/2019.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2019.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2019 = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var discriminator_1 = require_discriminator();
    var json_schema_2019_09_1 = require_json_schema_2019_09();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2019-09/schema";
    var Ajv20192 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        this.addVocabulary(dynamic_1.default);
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        this.addVocabulary(next_1.default);
        this.addVocabulary(unevaluated_1.default);
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2019_09_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2019 = Ajv20192;
    module.exports = exports = Ajv20192;
    module.exports.Ajv2019 = Ajv20192;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20192;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core4 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema2();
    var applicator = require_applicator3();
    var unevaluated = require_unevaluated2();
    var content = require_content2();
    var core = require_core4();
    var format = require_format_annotation();
    var metadata = require_meta_data2();
    var validation = require_validation3();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__2 = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// src/catalog/canonical.ts
var import_fast_json_stable_stringify = __toESM(require_fast_json_stable_stringify(), 1);
import { createHash } from "node:crypto";

// src/catalog/own-keys.ts
var hasOwn = (o, key) => Object.prototype.hasOwnProperty.call(o, key);
function setOwn(obj, key, value) {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}
function getOwn(obj, key) {
  return hasOwn(obj, key) ? obj[key] : void 0;
}

// src/findings/json.ts
function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function pointerToken(key) {
  if (!key.includes("~") && !key.includes("/")) return key;
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapePointerToken(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

// src/catalog/server-info.ts
var TEXT_FIELDS = /* @__PURE__ */ new Set(["name", "title", "version"]);
function readServerInfo(v) {
  if (!isObject(v)) return {};
  const out = {};
  for (const [key, value] of Object.entries(v)) {
    if (TEXT_FIELDS.has(key)) {
      if (typeof value === "string") out[key] = value;
    } else if (value !== void 0) out[key] = value;
  }
  return out;
}
function serverInfoExtras(info) {
  const out = {};
  for (const [key, value] of Object.entries(info)) if (!TEXT_FIELDS.has(key) && value !== void 0) out[key] = value;
  return out;
}

// src/catalog/types.ts
var SERVER_REQUEST_METHODS = ["elicitation/create", "ping", "roots/list", "sampling/createMessage"];
var TOLERABLE_LISTS = ["prompts/list", "resources/list", "resources/templates/list"];
function isTolerableList(method) {
  return TOLERABLE_LISTS.includes(method);
}
var SNAPSHOT_FORMAT_VERSION = 2;

// src/catalog/canonical.ts
var VOLATILE_META_KEY = /^(timestamp|generatedAt|capturedAt|updatedAt|lastModified|ttlMs|ttl|etag|cacheControl|cache|maxAge|requestId)$/i;
function sha256(data) {
  return "sha256:" + createHash("sha256").update(data).digest("hex");
}
function stableJson(value) {
  return (0, import_fast_json_stable_stringify.default)(value);
}
function sortKeysDeep(value) {
  return sortKeysWithin(value, 1, void 0);
}
var MAX_NESTING_DEPTH = 1e3;
function tooDeep(where) {
  return new UserError(`${where} is nested more than ${MAX_NESTING_DEPTH} levels deep; mcp-contract refuses to compare it`, {
    hint: "a schema this deep is almost certainly generated by mistake (a recursive type expanded inline instead of a $ref to $defs); check how the server builds its JSON Schemas."
  });
}
function sortKeysWithin(value, depth, where) {
  if (value === null || typeof value !== "object") return value;
  if (where !== void 0 && depth > MAX_NESTING_DEPTH) throw tooDeep(where);
  if (Array.isArray(value)) {
    let out2;
    for (let i = 0; i < value.length; i++) {
      const v = sortKeysWithin(value[i], depth + 1, where);
      if (v !== value[i] && !out2) out2 = value.slice(0, i);
      if (out2) out2.push(v);
    }
    return out2 ?? value;
  }
  const obj = value;
  const keys = Object.keys(obj);
  let sorted = true;
  for (let i = 1; i < keys.length; i++)
    if (keys[i - 1] > keys[i]) {
      sorted = false;
      break;
    }
  if (!sorted) keys.sort();
  let out = sorted ? void 0 : {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = sortKeysWithin(obj[k], depth + 1, where);
    if (!out && v !== obj[k]) {
      out = {};
      for (let j = 0; j < i; j++) setOwn(out, keys[j], obj[keys[j]]);
    }
    if (out) setOwn(out, k, v);
  }
  return out ?? value;
}
function withoutVolatileMeta(entry) {
  let out = entry;
  const meta = entry._meta;
  if (meta && typeof meta === "object" && !Array.isArray(meta) && Object.keys(meta).some((k) => VOLATILE_META_KEY.test(k))) {
    const kept = {};
    for (const [k, v] of Object.entries(meta)) if (!VOLATILE_META_KEY.test(k)) setOwn(kept, k, v);
    out = { ...out };
    if (Object.keys(kept).length) out._meta = kept;
    else delete out._meta;
  }
  const ann = out.annotations;
  if (ann && typeof ann === "object" && !Array.isArray(ann) && "lastModified" in ann) {
    const { lastModified: _drop, ...rest } = ann;
    out = { ...out, annotations: rest };
  }
  return out;
}
function byKey(key) {
  return (a, b) => {
    const ka = String(a[key] ?? ""), kb = String(b[key] ?? "");
    if (ka !== kb) return ka < kb ? -1 : 1;
    const sa = stableJson(a), sb = stableJson(b);
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  };
}
function equalJson(a, b) {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equalJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a, rb = b;
  let count = 0;
  for (const k in ra) {
    if (ra[k] === void 0) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(rb, k) || !equalJson(ra[k], rb[k])) return false;
  }
  for (const k in rb) if (rb[k] !== void 0) count--;
  return count === 0;
}
var CANONICAL = /* @__PURE__ */ new WeakSet();
var CANONICAL_TOOLS = /* @__PURE__ */ new WeakSet();
var SORTED_TOOL = /* @__PURE__ */ new WeakMap();
function entryLabel(kind, entry) {
  return `${kind} ${JSON.stringify(String(entry.name ?? entry.uri ?? entry.uriTemplate ?? "?")).slice(0, 80)}`;
}
function sortToolKeys(entry) {
  const sorted = sortKeysWithin(entry, 1, entryLabel("tool", entry));
  SORTED_TOOL.set(sorted, sorted);
  return sorted;
}
function canonicalize(catalog, peer) {
  if (CANONICAL.has(catalog)) return catalog;
  const sortedEntry = (entry, kind) => sortKeysWithin(entry, 1, entryLabel(kind, entry));
  const sortedEntries = (list, kind) => list.map((entry) => sortedEntry(entry, kind));
  const peerTools = /* @__PURE__ */ new Map();
  for (const t of peer && !CANONICAL.has(peer) ? peer.tools : []) if (!peerTools.has(t.name)) peerTools.set(t.name, t);
  const tools = catalog.tools.map((entry) => {
    if (SORTED_TOOL.get(entry) === entry) return entry;
    const same = peerTools.get(entry.name);
    const shared = same !== void 0 ? SORTED_TOOL.get(same) : void 0;
    const sorted = shared !== void 0 && equalJson(entry, same) ? shared : sortedEntry(entry, "tool");
    SORTED_TOOL.set(entry, sorted);
    return sorted;
  });
  const prompts = sortedEntries(catalog.prompts, "prompt");
  const resources = sortedEntries(catalog.resources, "resource"), resourceTemplates = sortedEntries(catalog.resourceTemplates, "resource template");
  const out = {
    server: sortKeysWithin(pickDefined({ ...catalog.server }), 1, "the server info"),
    capabilities: sortKeysWithin(catalog.capabilities ?? {}, 1, "the server capabilities"),
    tools: tools.map(withoutVolatileMeta).sort(byKey("name")),
    prompts: prompts.map(withoutVolatileMeta).sort(byKey("name")),
    resources: resources.map(withoutVolatileMeta).sort(byKey("uri")),
    resourceTemplates: resourceTemplates.map(withoutVolatileMeta).sort(byKey("uriTemplate"))
  };
  if (catalog.protocolVersion !== void 0) out.protocolVersion = catalog.protocolVersion;
  if (catalog.clientCapabilities !== void 0) out.clientCapabilities = sortKeysDeep(catalog.clientCapabilities);
  if (catalog.instructions !== void 0) out.instructions = catalog.instructions;
  if (catalog.cacheHints !== void 0) out.cacheHints = sortKeysDeep(catalog.cacheHints);
  if (catalog.transport !== void 0) out.transport = catalog.transport;
  if (catalog.listOrder !== void 0) out.listOrder = sortKeysDeep(catalog.listOrder);
  if (catalog.serverRequests !== void 0) out.serverRequests = [...new Set(catalog.serverRequests)].sort();
  if (catalog.uncapturedLists !== void 0) out.uncapturedLists = sortKeysDeep(catalog.uncapturedLists);
  for (const t of out.tools) CANONICAL_TOOLS.add(t);
  CANONICAL.add(out);
  return out;
}
function pickDefined(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== void 0));
}
var TOOL_HASH = /* @__PURE__ */ new WeakMap();
function isCanonicalTool(tool) {
  return CANONICAL_TOOLS.has(tool);
}
var STORED_TOOL_INDENT = "\n" + " ".repeat(6);
function canonicalToolText(tool) {
  const sorted = tool !== null && typeof tool === "object" && CANONICAL_TOOLS.has(tool) ? tool : sortKeysDeep(tool);
  return JSON.stringify(sorted, null, 2).replaceAll("\n", STORED_TOOL_INDENT);
}
function hashTool(tool) {
  if (tool === null || typeof tool !== "object" || !CANONICAL_TOOLS.has(tool)) return sha256(canonicalToolText(tool));
  let hash = TOOL_HASH.get(tool);
  if (hash === void 0) TOOL_HASH.set(tool, hash = sha256(canonicalToolText(tool)));
  return hash;
}
function rememberToolHash(tool, hash) {
  TOOL_HASH.set(tool, hash);
}
function hashCatalog(c) {
  const k = canonicalize(c);
  return sha256(
    stableJson({
      // The version is left out (a release bump alone is no change); every other serverInfo field counts.
      server: pickDefined({ name: k.server.name, title: k.server.title, ...serverInfoExtras(k.server) }),
      protocolVersion: k.protocolVersion ?? null,
      capabilities: k.capabilities,
      instructions: k.instructions ?? null,
      tools: k.tools.map((t) => hashTool(t)),
      prompts: k.prompts,
      resources: k.resources,
      resourceTemplates: k.resourceTemplates
    })
  );
}
function toSnapshot(catalog, peer) {
  const c = canonicalize(catalog, peer);
  const definitionsByName = /* @__PURE__ */ new Map();
  for (const t of c.tools) definitionsByName.set(t.name, [...definitionsByName.get(t.name) ?? [], t]);
  const tools = Object.fromEntries(
    [...definitionsByName].map(([name, definitions]) => [
      name,
      definitions.length === 1 ? hashTool(definitions[0]) : sha256(definitions.map(canonicalToolText).join("\n"))
    ])
  );
  const snap = {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    server: c.server,
    ...c.protocolVersion !== void 0 ? { protocolVersion: c.protocolVersion } : {},
    ...c.clientCapabilities !== void 0 ? { clientCapabilities: c.clientCapabilities } : {},
    capabilities: c.capabilities,
    ...c.instructions !== void 0 ? { instructions: c.instructions } : {},
    ...c.transport !== void 0 ? { transport: c.transport } : {},
    ...c.cacheHints !== void 0 ? { cacheHints: c.cacheHints } : {},
    ...c.listOrder !== void 0 ? { listOrder: c.listOrder } : {},
    ...c.serverRequests !== void 0 ? { serverRequests: c.serverRequests } : {},
    ...c.uncapturedLists !== void 0 ? { uncapturedLists: c.uncapturedLists } : {},
    hashes: { catalog: hashCatalog(c), tools },
    tools: c.tools,
    prompts: c.prompts,
    resources: c.resources,
    resourceTemplates: c.resourceTemplates
  };
  CANONICAL.add(snap);
  return snap;
}
function serializeSnapshot(snapshot) {
  const { hashes: _computedOnRead, tools, ...rest } = snapshot;
  const file = { ...rest, formatVersion: SNAPSHOT_FORMAT_VERSION };
  const ordered = {};
  for (const key of Object.keys(snapshot)) {
    if (key === "hashes") continue;
    ordered[key] = key === "tools" ? tools.map((tool) => ({ sha256: hashTool(tool), tool })) : file[key];
  }
  return JSON.stringify(ordered, null, 2) + "\n";
}

// src/findings/finding.ts
var import_fast_json_stable_stringify2 = __toESM(require_fast_json_stable_stringify(), 1);
var SEVERITIES = ["breaking", "warning", "safe", "info"];
function atOrAbove(severity, level) {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(level);
}
var BUMP_FOR_SEVERITY = {
  breaking: "major",
  safe: "minor",
  warning: "patch",
  info: "patch"
};
var BUMP_ORDER = ["none", "patch", "minor", "major"];
var KIND_ORDER = ["server", "catalog", "tool", "prompt", "resource", "resourceTemplate"];
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareText(a.subject, b.subject) || compareText(a.path, b.path) || compareText(a.rule, b.rule) || compareText((0, import_fast_json_stable_stringify2.default)(a), (0, import_fast_json_stable_stringify2.default)(b));
}

// src/usage/types.ts
function hasEvidence(evidence) {
  return evidence !== void 0 && evidence.sources.some((s) => s.count > 0);
}

// src/diff/schema/witness-validator.ts
var import_ajv = __toESM(require_ajv(), 1);
var import__ = __toESM(require__(), 1);
var import__2 = __toESM(require__2(), 1);

// src/diff/schema/witness-judge.ts
var ANNOTATIONS = /* @__PURE__ */ new Set([
  "title",
  "description",
  "default",
  "examples",
  "$comment",
  "deprecated",
  "readOnly",
  "writeOnly",
  "format",
  "markdownDescription",
  "example"
]);
var TYPES = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null", "array", "object"]);
var MAX_DEPTH = 32;
var OutsideSubset = class extends Error {
};
var outside = () => {
  throw new OutsideSubset();
};
function structuralJudge(schema) {
  try {
    return new Builder(schema).build(schema, 0, true);
  } catch (err) {
    if (err instanceof OutsideSubset) return void 0;
    throw err;
  }
}
function jsonEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}
var isCount = (v) => typeof v === "number" && Number.isInteger(v) && v >= 0;
var isBound = (v) => typeof v === "number" && Number.isFinite(v);
var safeName = (k) => !(k in Object.prototype) && k !== "__proto__";
function hasType(v, t) {
  switch (t) {
    case "null":
      return v === null;
    case "array":
      return Array.isArray(v);
    case "object":
      return isObject(v);
    case "integer":
      return typeof v === "number" && Number.isInteger(v);
    default:
      return typeof v === t;
  }
}
var Builder = class {
  constructor(root) {
    this.root = root;
  }
  root;
  resolving = /* @__PURE__ */ new Set();
  build(node, depth, isRoot = false) {
    if (typeof node === "boolean") return () => node;
    if (!isObject(node) || depth > MAX_DEPTH) return outside();
    const checks = [];
    const add = (j) => void checks.push(j);
    for (const [k, v] of Object.entries(node)) {
      if (ANNOTATIONS.has(k) || k.startsWith("x-")) continue;
      if ((k === "$defs" || k === "definitions") && isRoot && isObject(v)) {
        for (const d of Object.values(v)) this.build(d, depth + 1);
        continue;
      }
      this.keyword(node, k, v, depth, add);
    }
    if (checks.length === 0) return () => true;
    if (checks.length === 1) return checks[0];
    return (v) => checks.every((c) => c(v));
  }
  keyword(node, k, v, depth, add) {
    const sub = (s) => this.build(s, depth + 1);
    const list = (s) => Array.isArray(s) && s.length > 0 ? s.map(sub) : outside();
    switch (k) {
      case "type": {
        const types = typeof v === "string" ? [v] : Array.isArray(v) && v.length > 0 ? v : outside();
        if (!types.every((t) => typeof t === "string" && TYPES.has(t)) || new Set(types).size !== types.length) outside();
        return add((x) => types.some((t) => hasType(x, t)));
      }
      case "enum":
        if (!Array.isArray(v) || v.length === 0) outside();
        return add((x) => v.some((e) => jsonEqual(e, x)));
      case "const":
        return add((x) => jsonEqual(v, x));
      case "properties": {
        if (!isObject(v) || !Object.keys(v).every(safeName)) outside();
        const props = Object.entries(v).map(([name, s]) => [name, sub(s)]);
        return add((x) => !isObject(x) || props.every(([name, j]) => x[name] === void 0 || j(x[name])));
      }
      case "required": {
        if (!Array.isArray(v) || !v.every((n) => typeof n === "string" && safeName(n))) outside();
        const names = v;
        return add((x) => !isObject(x) || names.every((n) => x[n] !== void 0));
      }
      case "additionalProperties": {
        const j = sub(v);
        const declared = isObject(node.properties) ? new Set(Object.keys(node.properties)) : /* @__PURE__ */ new Set();
        return add((x) => !isObject(x) || Object.keys(x).every((name) => declared.has(name) || j(x[name])));
      }
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum": {
        if (!isBound(v)) outside();
        const b = v;
        const ok = k === "minimum" ? (n) => n >= b : k === "maximum" ? (n) => n <= b : k === "exclusiveMinimum" ? (n) => n > b : (n) => n < b;
        return add((x) => typeof x !== "number" || ok(x));
      }
      case "minLength":
      case "maxLength": {
        if (!isCount(v)) outside();
        const n = v;
        return add((x) => typeof x !== "string" || (k === "minLength" ? [...x].length >= n : [...x].length <= n));
      }
      case "minItems":
      case "maxItems":
      case "minProperties":
      case "maxProperties": {
        if (!isCount(v)) outside();
        const n = v;
        const size = (x) => k.endsWith("Items") ? Array.isArray(x) ? x.length : void 0 : isObject(x) ? Object.keys(x).length : void 0;
        const min = k.startsWith("min");
        return add((x) => {
          const s = size(x);
          return s === void 0 || (min ? s >= n : s <= n);
        });
      }
      case "items": {
        if (Array.isArray(v)) outside();
        const j = sub(v);
        return add((x) => !Array.isArray(x) || x.every(j));
      }
      case "uniqueItems":
        if (typeof v !== "boolean") outside();
        if (!v) return;
        return add((x) => !Array.isArray(x) || x.every((a, i) => x.slice(i + 1).every((b) => !jsonEqual(a, b))));
      case "anyOf": {
        const js = list(v);
        return add((x) => js.some((j) => j(x)));
      }
      case "allOf": {
        const js = list(v);
        return add((x) => js.every((j) => j(x)));
      }
      case "oneOf": {
        const js = list(v);
        return add((x) => {
          let matched = 0;
          for (const j of js) if (j(x) && ++matched > 1) return false;
          return matched === 1;
        });
      }
      case "not": {
        const j = sub(v);
        return add((x) => !j(x));
      }
      case "$ref":
        return add(this.ref(node, v, depth));
      default:
        return outside();
    }
  }
  /** A `$ref` to one definition of the root, alone on its node (siblings of `$ref` differ between dialects) and not recursive. */
  ref(node, ref, depth) {
    if (typeof ref !== "string" || Object.keys(node).some((k) => k !== "$ref" && !ANNOTATIONS.has(k) && !k.startsWith("x-"))) outside();
    const m = /^#\/(\$defs|definitions)\/([A-Za-z0-9_.-]+)$/.exec(ref);
    if (!m || !isObject(this.root)) return outside();
    const defs = this.root[m[1]];
    if (!isObject(defs) || !Object.prototype.hasOwnProperty.call(defs, m[2]) || this.resolving.has(ref)) return outside();
    this.resolving.add(ref);
    try {
      return this.build(defs[m[2]], depth + 1);
    } finally {
      this.resolving.delete(ref);
    }
  }
};

// src/diff/schema/witness-validator.ts
function dialectOf(schema) {
  const uri = isObject(schema) && typeof schema.$schema === "string" ? schema.$schema : "";
  if (uri.includes("2020-12") || uri === "" && LATER_KEYWORDS.some((k) => usesKeyword(schema, k))) return "draft-2020-12";
  if (uri.includes("2019-09")) return "draft-2019-09";
  return "draft-07";
}
function usesKeyword(node, keyword, depth = 0) {
  if (depth > 64) return false;
  if (Array.isArray(node)) return node.some((v) => usesKeyword(v, keyword, depth + 1));
  if (!isObject(node)) return false;
  return Object.entries(node).some(([k, v]) => k === keyword || !DATA_KEYWORDS.has(k) && usesKeyword(v, keyword, depth + 1));
}
var LATER_KEYWORDS = [
  "prefixItems",
  "dependentRequired",
  "dependentSchemas",
  "unevaluatedProperties",
  "unevaluatedItems",
  "minContains",
  "maxContains",
  "$dynamicRef",
  "$recursiveRef"
];
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
    const q2 = unboundedAt(i);
    if (q2) {
      quantifiers++;
      if (atomIsGroup && lastGroupHadQuantifier) return "nested unbounded quantifiers (exponential backtracking)";
      groups[groups.length - 1] = true;
      i += q2;
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
function createAjv(dialect, opts = {}) {
  const options = { ...AJV_OPTIONS, allErrors: opts.allErrors === true };
  return dialect === "draft-2020-12" ? new import__2.Ajv2020(options) : dialect === "draft-2019-09" ? new import__.Ajv2019(options) : new import_ajv.Ajv(options);
}
function ajvCopy(schema) {
  if (typeof schema === "boolean") return schema;
  const copy = numericExclusiveBounds(schema);
  if (!isObject(copy)) return copy;
  const { $schema: _dialectUri, ...rest } = copy;
  return rest;
}
var instances = /* @__PURE__ */ new Map();
function ajvFor(dialect, allErrors) {
  const key = `${dialect}${allErrors ? "+all" : ""}`;
  let ajv = instances.get(key);
  if (!ajv) instances.set(key, ajv = createAjv(dialect, { allErrors }));
  return ajv;
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
function compileSchema(schema, opts = {}) {
  const dialect = dialectOf(schema);
  const allErrors = opts.allErrors === true;
  const key = `${dialect}${allErrors ? "+all" : ""}\0${stableJson(schema)}`;
  const hit = cache.get(key);
  if (hit) return hit.compiled;
  const instance = ajvFor(dialect, allErrors);
  const copy = ajvCopy(schema);
  let compiled;
  let held;
  const judge = allErrors ? void 0 : structuralJudge(copy);
  if (judge) compiled = { validate: judge, errors: () => [], dialect };
  else
    try {
      const fn = instance.compile(copy);
      held = typeof copy === "object" ? copy : void 0;
      compiled = { validate: (data) => fn(data) === true, errors: () => (fn.errors ?? []).map(errorAt), dialect };
    } catch (err) {
      compiled = { error: err instanceof Error ? err.message.split("\n")[0] : String(err) };
    }
  cache.set(key, { compiled, schema: held, instance });
  if (cache.size > CACHE_LIMIT) {
    const [oldestKey, oldest] = cache.entries().next().value;
    cache.delete(oldestKey);
    if (oldest.schema) oldest.instance.removeSchema(oldest.schema);
  }
  return compiled;
}

// src/findings/rule-kit.ts
function defineRules(family, emittedBy, subject, specs) {
  const out = {};
  for (const id of Object.keys(specs)) {
    const [severity, description, direction = "none"] = specs[id];
    out[id] = { id, severity, direction, subject, family, description, emittedBy };
  }
  return out;
}
function makeFinding(rule, f) {
  const kind = f.kind ?? rule.subject;
  return {
    rule: rule.id,
    severity: f.severity ?? rule.severity,
    kind,
    subject: f.subject,
    ...kind === "tool" ? { tool: f.subject } : {},
    path: f.path,
    ...f.before !== void 0 ? { before: f.before } : {},
    ...f.after !== void 0 ? { after: f.after } : {},
    message: f.message,
    ...f.extra !== void 0 ? { extra: f.extra } : {}
  };
}
function findingMaker(rules, messages) {
  return (rule, fields, args) => makeFinding(rules[rule], { ...fields, message: messages[rule](args) });
}
function q(value) {
  return typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value ?? null);
}

// src/usage/impact.ts
var USAGE_RULES = defineRules("usage", "src/usage/impact.ts", "tool", {
  "recorded-output-schema-mismatch": [
    "breaking",
    "recorded results' structuredContent does not match the tool's outputSchema: breaking when the head's schema rejects results the base's accepted, a warning when both reject them (the schema does not describe what the server returns)",
    "output"
  ]
});
var MAX_REFERENCES_SHOWN = 20;
var OMISSION_RULES = /* @__PURE__ */ new Set(["input-property-added-required", "input-property-became-required"]);
function changedPart(f) {
  if (f.path === "") return { area: "tool" };
  const tokens = f.path.split("/").slice(1).map(unescapePointerToken);
  if (tokens[0] === "inputSchema") {
    const param = tokens[1] === "properties" ? tokens[2] : void 0;
    if (param === void 0) return { area: "input" };
    const renamedTo = f.rule === "input-property-renamed" && typeof f.after === "string" ? [f.after] : [];
    return { area: "input", param, errorsAt: [param, ...renamedTo] };
  }
  if (tokens[0] === "outputSchema") return { area: "output" };
  return { area: "other" };
}
function referenceBreaks(f, ref, part) {
  if (ref.loose) return false;
  if (part.area === "tool") return true;
  if (part.area !== "input" || part.param === void 0) return false;
  if (OMISSION_RULES.has(f.rule)) return ref.argumentsKnown === true && !ref.params.includes(part.param);
  return ref.params.includes(part.param);
}
function toolsByName(snapshot) {
  return new Map(snapshot.tools.map((t) => [t.name, t]));
}
function groupByTool(items) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const list = out.get(item.tool);
    if (list) list.push(item);
    else out.set(item.tool, [item]);
  }
  return out;
}
var UsageIndex = class {
  constructor(evidence, base, head, renamedFrom) {
    this.renamedFrom = renamedFrom;
    this.refs = groupByTool(evidence.references.filter((r) => !r.denied));
    this.calls = groupByTool(evidence.calls);
    this.total = evidence.calls.length;
    this.base = toolsByName(base);
    this.head = toolsByName(head);
  }
  renamedFrom;
  refs;
  calls;
  total;
  base;
  head;
  schemas = /* @__PURE__ */ new Map();
  replayed = /* @__PURE__ */ new Map();
  schema(schema) {
    let hit = this.schemas.get(schema);
    if (!hit) this.schemas.set(schema, hit = compileSchema(schema, { allErrors: true }));
    return hit;
  }
  /** The name a head tool had in the base (renamed tools), else its own. */
  baseNameOf(headName) {
    return this.renamedFrom.get(headName) ?? headName;
  }
  /** Recorded calls under the tool's base name and its head name. */
  callsOf(baseName, headName) {
    const under = this.calls.get(baseName) ?? [];
    return baseName === headName ? under : [...under, ...this.calls.get(headName) ?? []];
  }
  /** The tool's recorded calls that the change rejects (already invalid against the base: not this change's doing). */
  replays(baseName, headName) {
    const key = `${baseName}\0${headName}`;
    let hit = this.replayed.get(key);
    if (!hit) this.replayed.set(key, hit = this.replay(baseName, headName));
    return hit;
  }
  async replay(baseName, headName) {
    const headTool = this.head.get(headName), baseTool = this.base.get(baseName);
    if (!headTool || !isObject(headTool.inputSchema)) return [];
    const head = this.schema(headTool.inputSchema);
    const base = baseTool && isObject(baseTool.inputSchema) ? this.schema(baseTool.inputSchema) : void 0;
    if ("error" in head) return [];
    const out = [];
    for (const call of this.callsOf(baseName, headName)) {
      if (!call.arguments) continue;
      if (base && !("error" in base) && !base.validate(call.arguments)) continue;
      if (!head.validate(call.arguments)) out.push({ call, errors: head.errors() });
    }
    return out;
  }
};
async function rejectedCalls(index, baseName, headName, params) {
  const out = [];
  for (const { call, errors } of await index.replays(baseName, headName)) {
    const relevant = params === void 0 ? errors : errors.filter((e) => params.some((p) => e.at === `/${p}` || e.at.startsWith(`/${p}/`)));
    if (relevant.length) out.push({ call, error: `${relevant[0].at || "(root)"} fails ${relevant[0].keyword}` });
  }
  return out;
}
function shownReferences(refs) {
  return refs.slice(0, MAX_REFERENCES_SHOWN).map((r) => ({ file: r.file, line: r.line, kind: r.kind, params: r.params }));
}
function percent(share) {
  return `${Math.round(share * 1e3) / 10}%`;
}
async function labelOf(f, index) {
  const part = changedPart(f);
  const baseName = index.baseNameOf(f.subject);
  const underBase = index.refs.get(baseName) ?? [];
  const refs = baseName === f.subject ? underBase : [...underBase, ...index.refs.get(f.subject) ?? []];
  const breaking = f.rule === "tool-renamed" ? underBase.filter((r) => !r.loose) : refs.filter((r) => referenceBreaks(f, r, part));
  const callsUnderBase = index.calls.get(baseName) ?? [];
  const calls = index.callsOf(baseName, f.subject);
  const total = index.total;
  let rejected = [];
  if (part.area === "tool")
    rejected = callsUnderBase.map((call) => ({
      call,
      error: f.rule === "tool-renamed" ? `the tool is now ${q(f.subject)}` : "the tool is gone"
    }));
  else if (part.area === "input") rejected = await rejectedCalls(index, baseName, f.subject, part.errorsAt);
  const callStats = calls.length > 0 ? {
    rejected: rejected.length,
    ofTool: calls.length,
    total,
    share: total ? rejected.length / total : 0,
    ...rejected[0] ? { example: { source: rejected[0].call.source, arguments: rejected[0].call.arguments ?? {}, error: rejected[0].error } } : {}
  } : void 0;
  const withCalls = callStats ? { calls: callStats } : {};
  const shown = {
    references: shownReferences(breaking.length ? [...breaking, ...refs.filter((r) => !breaking.includes(r))] : refs),
    referenceCount: refs.length
  };
  if (breaking.length || rejected.length) {
    const parts = [
      ...breaking.length ? [`${breaking.length} reference${breaking.length === 1 ? "" : "s"} use${breaking.length === 1 ? "s" : ""} exactly what changed`] : [],
      ...rejected.length ? [
        `${rejected.length} of ${calls.length} recorded call${calls.length === 1 ? "" : "s"} of ${q(baseName)} (${percent(callStats.share)} of all recorded calls) now fail${rejected.length === 1 ? "s" : ""}`
      ] : []
    ];
    return { label: "broken", reason: parts.join("; "), ...shown, ...withCalls };
  }
  if (refs.length || calls.length) {
    const sure = refs.filter((r) => !r.loose);
    const withArgs = calls.filter((c) => c.arguments).length;
    const parts = [
      ...sure.length ? [`${q(baseName)} is referenced ${sure.length} time${sure.length === 1 ? "" : "s"}, not the changed part`] : [],
      ...sure.length < refs.length ? [
        `${q(baseName)} appears ${refs.length - sure.length} time${refs.length - sure.length === 1 ? "" : "s"} as a plain word that may mean the tool`
      ] : [],
      ...calls.length && withArgs === 0 ? [`${calls.length} recorded call${calls.length === 1 ? "" : "s"} without arguments`] : [],
      ...withArgs ? [`${withArgs} recorded call${withArgs === 1 ? "" : "s"} with arguments, none rejected by the head schema`] : []
    ];
    return { label: "potentially-affected", reason: parts.join("; "), ...shown, ...withCalls };
  }
  const names = baseName === f.subject ? q(f.subject) : `${q(baseName)} or ${q(f.subject)}`;
  return { label: "unaffected", reason: `no reference or recorded call uses ${names}`, references: [], referenceCount: 0 };
}
async function outputMismatch(tool, index) {
  if (!isObject(tool.outputSchema)) return void 0;
  const baseName = index.baseNameOf(tool.name);
  const results = index.callsOf(baseName, tool.name).filter((c) => c.structuredContent !== void 0);
  if (results.length === 0) return void 0;
  const head = index.schema(tool.outputSchema);
  if ("error" in head) return void 0;
  const baseTool = index.base.get(baseName);
  const base = baseTool && isObject(baseTool.outputSchema) ? index.schema(baseTool.outputSchema) : void 0;
  let rejected = 0, newlyRejected = 0;
  let example;
  for (const call of results) {
    if (head.validate(call.structuredContent)) continue;
    const err = head.errors()[0];
    rejected++;
    example ??= { source: call.source, error: err ? `${err.at || "(root)"} fails ${err.keyword}` : "invalid" };
    if (base && !("error" in base) && base.validate(call.structuredContent)) newlyRejected++;
  }
  if (rejected === 0) return void 0;
  const severity = newlyRejected > 0 ? "breaking" : "warning";
  return makeFinding(USAGE_RULES["recorded-output-schema-mismatch"], {
    subject: tool.name,
    path: "/outputSchema",
    severity,
    message: `${rejected} of ${results.length} recorded result${results.length === 1 ? "" : "s"} of ${q(tool.name)} ${rejected === 1 ? "doesn't" : "don't"} match the declared outputSchema (first: ${example.source}, ${example.error})${newlyRejected ? `; ${newlyRejected} matched the base's schema, so the change made it describe results the server does not return` : ""}: clients that validate structuredContent reject these results`,
    extra: { rejected, results: results.length, newlyRejected, example }
  });
}
async function weighUsage(findings, base, head, evidence, opts = {}) {
  const labels = { broken: 0, "potentially-affected": 0, unaffected: 0 };
  if (!hasEvidence(evidence)) return { findings: [...findings], demoted: 0, labels };
  const renamedFrom = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.rule === "tool-renamed" && typeof f.extra?.from === "string") renamedFrom.set(f.subject, f.extra.from);
  const index = new UsageIndex(evidence, base, head, renamedFrom);
  const complete = !evidence.sources.some((s) => s.incomplete);
  let demoted = 0;
  const out = [];
  for (const f of findings) {
    if (f.severity !== "breaking") {
      out.push(f);
      continue;
    }
    const usage = f.kind === "tool" ? await labelOf(f, index) : {
      label: "potentially-affected",
      reason: `usage of ${f.kind === "server" ? "the server" : `${f.kind}s`} is not read from the evidence`,
      references: [],
      referenceCount: 0
    };
    labels[usage.label]++;
    if (opts.demoteUnused && complete && usage.label === "unaffected") {
      demoted++;
      usage.demoted = true;
      out.push({
        ...f,
        severity: "warning",
        originalSeverity: f.originalSeverity ?? f.severity,
        extra: { ...f.extra, usage }
      });
    } else out.push({ ...f, extra: { ...f.extra, usage } });
  }
  for (const tool of head.tools) {
    const mismatch = await outputMismatch(tool, index);
    if (mismatch) out.push(mismatch);
  }
  return { findings: out, demoted, labels };
}
function usageOf(f) {
  const u = f.extra?.usage;
  return isObject(u) && typeof u.label === "string" ? u : void 0;
}

export {
  isObject,
  pointerToken,
  unescapePointerToken,
  SERVER_REQUEST_METHODS,
  TOLERABLE_LISTS,
  isTolerableList,
  SNAPSHOT_FORMAT_VERSION,
  setOwn,
  getOwn,
  readServerInfo,
  serverInfoExtras,
  sha256,
  stableJson,
  MAX_NESTING_DEPTH,
  equalJson,
  sortToolKeys,
  canonicalize,
  isCanonicalTool,
  canonicalToolText,
  hashTool,
  rememberToolHash,
  toSnapshot,
  serializeSnapshot,
  defineRules,
  makeFinding,
  findingMaker,
  q,
  SEVERITIES,
  atOrAbove,
  BUMP_FOR_SEVERITY,
  BUMP_ORDER,
  compareText,
  compareFindings,
  dialectOf,
  REGEX_INPUT_CAP,
  createAjv,
  ajvCopy,
  compileSchema,
  hasEvidence,
  USAGE_RULES,
  weighUsage,
  usageOf
};
