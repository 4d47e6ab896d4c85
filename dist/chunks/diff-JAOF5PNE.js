import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-PDLWHHD3.js";
import "./chunk-EYWDDAM7.js";
import "./chunk-TEXMSLD2.js";
import "./chunk-WR534Y2T.js";
import "./chunk-SN4WE4NU.js";
import "./chunk-GTUWNVBR.js";
import "./chunk-3TT4KMB6.js";
import "./chunk-CXC5D4P6.js";
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
