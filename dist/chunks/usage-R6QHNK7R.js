import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);
import {
  collectUsage,
  wantsUsage,
  weighRun
} from "./chunk-TXYC3PRH.js";
import "./chunk-ZDAMOFGY.js";
import {
  USAGE_RULES,
  hasEvidence,
  usageOf,
  weighUsage
} from "./chunk-D2AULK6V.js";
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
