import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-LSX6J5S7.js";
import "./chunk-NU3OU57J.js";
import "./chunk-HOHA7VYU.js";
import "./chunk-TNLYSKTF.js";
import "./chunk-SN4WE4NU.js";
import "./chunk-JM7ZM7O6.js";
import "./chunk-363LGGUO.js";
import "./chunk-GWXS6V7H.js";
import "./chunk-BPB3YESS.js";
import "./chunk-4R3GBQZH.js";
import "./chunk-J6DLEDD4.js";
import "./chunk-OOGSQOMY.js";
import "./chunk-PAFTTTTQ.js";
export {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
};
