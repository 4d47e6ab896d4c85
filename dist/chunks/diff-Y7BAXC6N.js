import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-WPTAFVUV.js";
import "./chunk-SMQ5FZEL.js";
import "./chunk-SN4WE4NU.js";
import "./chunk-TTPVWBSH.js";
import "./chunk-4FPQSONL.js";
import "./chunk-DMOYCC4L.js";
import "./chunk-2AQUSVSF.js";
import "./chunk-H2R2F2OE.js";
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
