import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-V72CFWZN.js";
import "./chunk-QHT5S2TF.js";
import "./chunk-H2NRQG2R.js";
import "./chunk-7LNQ2JRB.js";
import "./chunk-JIIKWVSW.js";
import "./chunk-3XHGYLPM.js";
import "./chunk-ZDAMOFGY.js";
import "./chunk-DEY5WHHG.js";
import "./chunk-LLRBDKEF.js";
import "./chunk-D2AULK6V.js";
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
