import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-4HA5JLRC.js";
import "./chunk-JLNXIIGL.js";
import "./chunk-H2NRQG2R.js";
import "./chunk-I44ERJE7.js";
import "./chunk-COGGEPKR.js";
import "./chunk-ZOQKIYO6.js";
import "./chunk-ZDAMOFGY.js";
import "./chunk-EEYFPDJ2.js";
import "./chunk-LAIBQH7B.js";
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
