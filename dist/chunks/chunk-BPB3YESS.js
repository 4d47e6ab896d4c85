import { createRequire as __mcpcCreateRequire } from 'node:module'; const require = __mcpcCreateRequire(import.meta.url);

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

export {
  VERSION
};
