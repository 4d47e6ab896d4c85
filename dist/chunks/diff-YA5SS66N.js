import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-PKWM4FOC.js";
import "./chunk-PCK4FRXH.js";
import "./chunk-H2NRQG2R.js";
import "./chunk-YQFRDSWU.js";
import "./chunk-EQOERJZO.js";
import "./chunk-LK2MEDXG.js";
import "./chunk-ZDAMOFGY.js";
import "./chunk-7F2RUDM2.js";
import "./chunk-EAGDZA5M.js";
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
