import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-NSUT6PJW.js";
import "./chunk-P33QBWDR.js";
import "./chunk-SN4WE4NU.js";
import "./chunk-TBVNLXEQ.js";
import "./chunk-GCL6Z3TA.js";
import "./chunk-UO3F7BLE.js";
import "./chunk-RQJNZA4M.js";
import "./chunk-WXZRTK6O.js";
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
