import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-SY7FYW45.js";
import "./chunk-CEBUBZL7.js";
import "./chunk-XBG7TJCL.js";
import "./chunk-OOGSQOMY.js";
import "./chunk-PAFTTTTQ.js";
export default require_ajv();
