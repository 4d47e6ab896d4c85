import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-JXJNZLNU.js";
import "./chunk-QKXNEO7T.js";
import "./chunk-SN4WE4NU.js";
import "./chunk-IVKNFSTP.js";
import "./chunk-Y7WOFWZN.js";
import "./chunk-2ATUJWJT.js";
import "./chunk-6ZDU35YK.js";
import "./chunk-6KNA7W4U.js";
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
