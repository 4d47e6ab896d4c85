import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-V56JGA4U.js";
import "./chunk-XLWJQY56.js";
import "./chunk-SN4WE4NU.js";
import "./chunk-4XB4HH5T.js";
import "./chunk-R4WSYMKV.js";
import "./chunk-GHRNR4KY.js";
import "./chunk-SKSU4LLE.js";
import "./chunk-J57PPJUK.js";
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
