import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-G4OT7OPI.js";
import "./chunk-4HX5NQL4.js";
import "./chunk-SN4WE4NU.js";
import "./chunk-CZJBZLD7.js";
import "./chunk-NZJQZ24F.js";
import "./chunk-W4SWMMM4.js";
import "./chunk-AHIGJGE3.js";
import "./chunk-J4NHHBHU.js";
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
