import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-JHGQC2UR.js";
import "./chunk-MD4EZHPH.js";
import "./chunk-H2NRQG2R.js";
import "./chunk-CHDSEL6M.js";
import "./chunk-7CPATSVS.js";
import "./chunk-IV2IYT6Q.js";
import "./chunk-ZDAMOFGY.js";
import "./chunk-AYOHQ2HW.js";
import "./chunk-7BVKDH67.js";
import "./chunk-LHMKIFF4.js";
import "./chunk-BPB3YESS.js";
import "./chunk-IZD4RIUM.js";
import "./chunk-MG3LNJ7Q.js";
import "./chunk-J6DLEDD4.js";
import "./chunk-OOGSQOMY.js";
import "./chunk-PAFTTTTQ.js";
export {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
};
