import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-KEHPWMPE.js";
import "./chunk-6AQMAJCS.js";
import "./chunk-H2NRQG2R.js";
import "./chunk-JQGHKEFV.js";
import "./chunk-JHEVGYGA.js";
import "./chunk-X53LTA7M.js";
import "./chunk-ZDAMOFGY.js";
import "./chunk-7F2RUDM2.js";
import "./chunk-BF2U5CAB.js";
import "./chunk-TMBH27G7.js";
import "./chunk-BPB3YESS.js";
import "./chunk-IZD4RIUM.js";
import "./chunk-MG3LNJ7Q.js";
import "./chunk-PAFTTTTQ.js";
export {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
};
