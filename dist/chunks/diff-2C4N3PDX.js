import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-FSM2QHD2.js";
import "./chunk-DPSMILIB.js";
import "./chunk-SN4WE4NU.js";
import "./chunk-DT3RUUVH.js";
import "./chunk-BNPATHN3.js";
import "./chunk-HTBE6TQW.js";
import "./chunk-IQTAQCL3.js";
import "./chunk-RYPITAER.js";
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
