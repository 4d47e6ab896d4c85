import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-ZSBXP55D.js";
import "./chunk-PNIB22LL.js";
import "./chunk-66F2AMIG.js";
import "./chunk-76EC3YSI.js";
import "./chunk-SN4WE4NU.js";
import "./chunk-67VL5AHA.js";
import "./chunk-DOWW7LC7.js";
import "./chunk-JXI56AIT.js";
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
