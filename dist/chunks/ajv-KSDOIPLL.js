import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-LMG6EXSG.js";
import "./chunk-4RHPIJC2.js";
import "./chunk-LA6EIE7J.js";
import "./chunk-6VTGLM4T.js";
import "./chunk-PAFTTTTQ.js";
export default require_ajv();
