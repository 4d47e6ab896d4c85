import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  collectUsage,
  wantsUsage,
  weighRun
} from "./chunk-WUDHH6PH.js";
import "./chunk-ZDAMOFGY.js";
import {
  USAGE_RULES,
  hasEvidence,
  usageOf,
  weighUsage
} from "./chunk-TMBH27G7.js";
import "./chunk-MG3LNJ7Q.js";
import "./chunk-PAFTTTTQ.js";
export {
  USAGE_RULES,
  collectUsage,
  hasEvidence,
  usageOf,
  wantsUsage,
  weighRun,
  weighUsage
};
