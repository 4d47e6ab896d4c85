import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-X67XT2W5.js";
import "./chunk-CJP6S3M4.js";
import "./chunk-H2NRQG2R.js";
import "./chunk-TJD6XP7J.js";
import "./chunk-MV6DGPBN.js";
import "./chunk-IT67NOUB.js";
import "./chunk-ZDAMOFGY.js";
import "./chunk-OGOYTE3D.js";
import "./chunk-MI2PGVKQ.js";
import "./chunk-JRH6P2ZM.js";
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
