import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  require__
} from "./chunk-RJ5PZ47K.js";
import "./chunk-LSM7KIZG.js";
import "./chunk-XBG7TJCL.js";
import "./chunk-OOGSQOMY.js";
import "./chunk-PAFTTTTQ.js";
export default require__();
