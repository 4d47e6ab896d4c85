import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-E66MV2MD.js";
import "./chunk-P2W6IT3D.js";
import "./chunk-H2NRQG2R.js";
import "./chunk-R6ONNW2T.js";
import "./chunk-COGGEPKR.js";
import "./chunk-XIGTSW3V.js";
import "./chunk-ZDAMOFGY.js";
import "./chunk-EEYFPDJ2.js";
import "./chunk-ATOV5UJA.js";
import "./chunk-XICLR5MI.js";
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
