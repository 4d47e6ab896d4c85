import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  DIFF_USAGE,
  diffReport,
  parseDiffArgs,
  run
} from "./chunk-XJQBFTQW.js";
import "./chunk-JJRFZCTJ.js";
import "./chunk-SN4WE4NU.js";
import "./chunk-Y5D4DLHN.js";
import "./chunk-TU75DKSM.js";
import "./chunk-GVJRPLVA.js";
import "./chunk-W4UN7TEE.js";
import "./chunk-OI42CNXG.js";
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
