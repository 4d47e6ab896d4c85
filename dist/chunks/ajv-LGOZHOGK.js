import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-MAJ6UT3Y.js";
import "./chunk-V7WKMDCT.js";
import "./chunk-RIMPHXXD.js";
import "./chunk-PAFTTTTQ.js";
export default require_ajv();
