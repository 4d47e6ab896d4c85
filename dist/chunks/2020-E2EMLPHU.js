import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  require__
} from "./chunk-PX3FAVRE.js";
import "./chunk-LCCZKSB2.js";
import "./chunk-LA6EIE7J.js";
import "./chunk-6VTGLM4T.js";
import "./chunk-PAFTTTTQ.js";
export default require__();
