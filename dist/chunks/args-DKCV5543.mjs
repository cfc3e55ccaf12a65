import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  buildCommand,
  commanderArguments,
  parseCommandArgs,
  parseSubcommandArgs,
  renderCommandHelp
} from "./chunk-A2HYIDOS.mjs";
import {
  DRY_RUN_OPTION,
  FORMAT_OPTION,
  booleanOption,
  expectPositionals,
  formatOption,
  stringListOption,
  stringOption
} from "./chunk-RDISS7JH.mjs";
import "./chunk-VTI63AYM.mjs";
import "./chunk-WOOJPRL6.mjs";
export {
  DRY_RUN_OPTION,
  FORMAT_OPTION,
  booleanOption,
  buildCommand,
  commanderArguments,
  expectPositionals,
  formatOption,
  parseCommandArgs,
  parseSubcommandArgs,
  renderCommandHelp,
  stringListOption,
  stringOption
};
