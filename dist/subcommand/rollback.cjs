var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/commander/lib/error.js
var require_error = __commonJS({
  "node_modules/commander/lib/error.js"(exports2) {
    var CommanderError2 = class extends Error {
      /**
       * Constructs the CommanderError class
       * @param {number} exitCode suggested exit code which could be used with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       */
      constructor(exitCode, code, message) {
        super(message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
        this.code = code;
        this.exitCode = exitCode;
        this.nestedError = void 0;
      }
    };
    var InvalidArgumentError2 = class extends CommanderError2 {
      /**
       * Constructs the InvalidArgumentError class
       * @param {string} [message] explanation of why argument is invalid
       */
      constructor(message) {
        super(1, "commander.invalidArgument", message);
        Error.captureStackTrace(this, this.constructor);
        this.name = this.constructor.name;
      }
    };
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
  }
});

// node_modules/commander/lib/argument.js
var require_argument = __commonJS({
  "node_modules/commander/lib/argument.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Argument2 = class {
      /**
       * Initialize a new command argument with the given name and description.
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @param {string} name
       * @param {string} [description]
       */
      constructor(name, description) {
        this.description = description || "";
        this.variadic = false;
        this.parseArg = void 0;
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.argChoices = void 0;
        switch (name[0]) {
          case "<":
            this.required = true;
            this._name = name.slice(1, -1);
            break;
          case "[":
            this.required = false;
            this._name = name.slice(1, -1);
            break;
          default:
            this.required = true;
            this._name = name;
            break;
        }
        if (this._name.length > 3 && this._name.slice(-3) === "...") {
          this.variadic = true;
          this._name = this._name.slice(0, -3);
        }
      }
      /**
       * Return argument name.
       *
       * @return {string}
       */
      name() {
        return this._name;
      }
      /**
       * @package
       */
      _concatValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        return previous.concat(value);
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Argument}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Set the custom handler for processing CLI command arguments into argument values.
       *
       * @param {Function} [fn]
       * @return {Argument}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Only allow argument value to be one of choices.
       *
       * @param {string[]} values
       * @return {Argument}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._concatValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Make argument required.
       *
       * @returns {Argument}
       */
      argRequired() {
        this.required = true;
        return this;
      }
      /**
       * Make argument optional.
       *
       * @returns {Argument}
       */
      argOptional() {
        this.required = false;
        return this;
      }
    };
    function humanReadableArgName(arg) {
      const nameOutput = arg.name() + (arg.variadic === true ? "..." : "");
      return arg.required ? "<" + nameOutput + ">" : "[" + nameOutput + "]";
    }
    exports2.Argument = Argument2;
    exports2.humanReadableArgName = humanReadableArgName;
  }
});

// pegasus-lazy-builtin:node:child_process
var require_node_child_process = __commonJS({
  "pegasus-lazy-builtin:node:child_process"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "ChildProcess": { enumerable: true, get: () => require("node:child_process")["ChildProcess"] },
      "_forkChild": { enumerable: true, get: () => require("node:child_process")["_forkChild"] },
      "exec": { enumerable: true, get: () => require("node:child_process")["exec"] },
      "execFile": { enumerable: true, get: () => require("node:child_process")["execFile"] },
      "execFileSync": { enumerable: true, get: () => require("node:child_process")["execFileSync"] },
      "execSync": { enumerable: true, get: () => require("node:child_process")["execSync"] },
      "fork": { enumerable: true, get: () => require("node:child_process")["fork"] },
      "spawn": { enumerable: true, get: () => require("node:child_process")["spawn"] },
      "spawnSync": { enumerable: true, get: () => require("node:child_process")["spawnSync"] }
    });
  }
});

// node_modules/commander/lib/help.js
var require_help = __commonJS({
  "node_modules/commander/lib/help.js"(exports2) {
    var { humanReadableArgName } = require_argument();
    var Help2 = class {
      constructor() {
        this.helpWidth = void 0;
        this.minWidthToWrap = 40;
        this.sortSubcommands = false;
        this.sortOptions = false;
        this.showGlobalOptions = false;
      }
      /**
       * prepareContext is called by Commander after applying overrides from `Command.configureHelp()`
       * and just before calling `formatHelp()`.
       *
       * Commander just uses the helpWidth and the rest is provided for optional use by more complex subclasses.
       *
       * @param {{ error?: boolean, helpWidth?: number, outputHasColors?: boolean }} contextOptions
       */
      prepareContext(contextOptions) {
        this.helpWidth = this.helpWidth ?? contextOptions.helpWidth ?? 80;
      }
      /**
       * Get an array of the visible subcommands. Includes a placeholder for the implicit help command, if there is one.
       *
       * @param {Command} cmd
       * @returns {Command[]}
       */
      visibleCommands(cmd) {
        const visibleCommands = cmd.commands.filter((cmd2) => !cmd2._hidden);
        const helpCommand = cmd._getHelpCommand();
        if (helpCommand && !helpCommand._hidden) {
          visibleCommands.push(helpCommand);
        }
        if (this.sortSubcommands) {
          visibleCommands.sort((a, b) => {
            return a.name().localeCompare(b.name());
          });
        }
        return visibleCommands;
      }
      /**
       * Compare options for sort.
       *
       * @param {Option} a
       * @param {Option} b
       * @returns {number}
       */
      compareOptions(a, b) {
        const getSortKey = (option) => {
          return option.short ? option.short.replace(/^-/, "") : option.long.replace(/^--/, "");
        };
        return getSortKey(a).localeCompare(getSortKey(b));
      }
      /**
       * Get an array of the visible options. Includes a placeholder for the implicit help option, if there is one.
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleOptions(cmd) {
        const visibleOptions = cmd.options.filter((option) => !option.hidden);
        const helpOption = cmd._getHelpOption();
        if (helpOption && !helpOption.hidden) {
          const removeShort = helpOption.short && cmd._findOption(helpOption.short);
          const removeLong = helpOption.long && cmd._findOption(helpOption.long);
          if (!removeShort && !removeLong) {
            visibleOptions.push(helpOption);
          } else if (helpOption.long && !removeLong) {
            visibleOptions.push(
              cmd.createOption(helpOption.long, helpOption.description)
            );
          } else if (helpOption.short && !removeShort) {
            visibleOptions.push(
              cmd.createOption(helpOption.short, helpOption.description)
            );
          }
        }
        if (this.sortOptions) {
          visibleOptions.sort(this.compareOptions);
        }
        return visibleOptions;
      }
      /**
       * Get an array of the visible global options. (Not including help.)
       *
       * @param {Command} cmd
       * @returns {Option[]}
       */
      visibleGlobalOptions(cmd) {
        if (!this.showGlobalOptions) return [];
        const globalOptions = [];
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          const visibleOptions = ancestorCmd.options.filter(
            (option) => !option.hidden
          );
          globalOptions.push(...visibleOptions);
        }
        if (this.sortOptions) {
          globalOptions.sort(this.compareOptions);
        }
        return globalOptions;
      }
      /**
       * Get an array of the arguments if any have a description.
       *
       * @param {Command} cmd
       * @returns {Argument[]}
       */
      visibleArguments(cmd) {
        if (cmd._argsDescription) {
          cmd.registeredArguments.forEach((argument) => {
            argument.description = argument.description || cmd._argsDescription[argument.name()] || "";
          });
        }
        if (cmd.registeredArguments.find((argument) => argument.description)) {
          return cmd.registeredArguments;
        }
        return [];
      }
      /**
       * Get the command term to show in the list of subcommands.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandTerm(cmd) {
        const args = cmd.registeredArguments.map((arg) => humanReadableArgName(arg)).join(" ");
        return cmd._name + (cmd._aliases[0] ? "|" + cmd._aliases[0] : "") + (cmd.options.length ? " [options]" : "") + // simplistic check for non-help option
        (args ? " " + args : "");
      }
      /**
       * Get the option term to show in the list of options.
       *
       * @param {Option} option
       * @returns {string}
       */
      optionTerm(option) {
        return option.flags;
      }
      /**
       * Get the argument term to show in the list of arguments.
       *
       * @param {Argument} argument
       * @returns {string}
       */
      argumentTerm(argument) {
        return argument.name();
      }
      /**
       * Get the longest command term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestSubcommandTermLength(cmd, helper) {
        return helper.visibleCommands(cmd).reduce((max, command) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleSubcommandTerm(helper.subcommandTerm(command))
            )
          );
        }, 0);
      }
      /**
       * Get the longest option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestOptionTermLength(cmd, helper) {
        return helper.visibleOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest global option term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestGlobalOptionTermLength(cmd, helper) {
        return helper.visibleGlobalOptions(cmd).reduce((max, option) => {
          return Math.max(
            max,
            this.displayWidth(helper.styleOptionTerm(helper.optionTerm(option)))
          );
        }, 0);
      }
      /**
       * Get the longest argument term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      longestArgumentTermLength(cmd, helper) {
        return helper.visibleArguments(cmd).reduce((max, argument) => {
          return Math.max(
            max,
            this.displayWidth(
              helper.styleArgumentTerm(helper.argumentTerm(argument))
            )
          );
        }, 0);
      }
      /**
       * Get the command usage to be displayed at the top of the built-in help.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandUsage(cmd) {
        let cmdName = cmd._name;
        if (cmd._aliases[0]) {
          cmdName = cmdName + "|" + cmd._aliases[0];
        }
        let ancestorCmdNames = "";
        for (let ancestorCmd = cmd.parent; ancestorCmd; ancestorCmd = ancestorCmd.parent) {
          ancestorCmdNames = ancestorCmd.name() + " " + ancestorCmdNames;
        }
        return ancestorCmdNames + cmdName + " " + cmd.usage();
      }
      /**
       * Get the description for the command.
       *
       * @param {Command} cmd
       * @returns {string}
       */
      commandDescription(cmd) {
        return cmd.description();
      }
      /**
       * Get the subcommand summary to show in the list of subcommands.
       * (Fallback to description for backwards compatibility.)
       *
       * @param {Command} cmd
       * @returns {string}
       */
      subcommandDescription(cmd) {
        return cmd.summary() || cmd.description();
      }
      /**
       * Get the option description to show in the list of options.
       *
       * @param {Option} option
       * @return {string}
       */
      optionDescription(option) {
        const extraInfo = [];
        if (option.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${option.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (option.defaultValue !== void 0) {
          const showDefault = option.required || option.optional || option.isBoolean() && typeof option.defaultValue === "boolean";
          if (showDefault) {
            extraInfo.push(
              `default: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`
            );
          }
        }
        if (option.presetArg !== void 0 && option.optional) {
          extraInfo.push(`preset: ${JSON.stringify(option.presetArg)}`);
        }
        if (option.envVar !== void 0) {
          extraInfo.push(`env: ${option.envVar}`);
        }
        if (extraInfo.length > 0) {
          return `${option.description} (${extraInfo.join(", ")})`;
        }
        return option.description;
      }
      /**
       * Get the argument description to show in the list of arguments.
       *
       * @param {Argument} argument
       * @return {string}
       */
      argumentDescription(argument) {
        const extraInfo = [];
        if (argument.argChoices) {
          extraInfo.push(
            // use stringify to match the display of the default value
            `choices: ${argument.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`
          );
        }
        if (argument.defaultValue !== void 0) {
          extraInfo.push(
            `default: ${argument.defaultValueDescription || JSON.stringify(argument.defaultValue)}`
          );
        }
        if (extraInfo.length > 0) {
          const extraDescription = `(${extraInfo.join(", ")})`;
          if (argument.description) {
            return `${argument.description} ${extraDescription}`;
          }
          return extraDescription;
        }
        return argument.description;
      }
      /**
       * Generate the built-in help text.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {string}
       */
      formatHelp(cmd, helper) {
        const termWidth = helper.padWidth(cmd, helper);
        const helpWidth = helper.helpWidth ?? 80;
        function callFormatItem(term, description) {
          return helper.formatItem(term, termWidth, description, helper);
        }
        let output = [
          `${helper.styleTitle("Usage:")} ${helper.styleUsage(helper.commandUsage(cmd))}`,
          ""
        ];
        const commandDescription = helper.commandDescription(cmd);
        if (commandDescription.length > 0) {
          output = output.concat([
            helper.boxWrap(
              helper.styleCommandDescription(commandDescription),
              helpWidth
            ),
            ""
          ]);
        }
        const argumentList = helper.visibleArguments(cmd).map((argument) => {
          return callFormatItem(
            helper.styleArgumentTerm(helper.argumentTerm(argument)),
            helper.styleArgumentDescription(helper.argumentDescription(argument))
          );
        });
        if (argumentList.length > 0) {
          output = output.concat([
            helper.styleTitle("Arguments:"),
            ...argumentList,
            ""
          ]);
        }
        const optionList = helper.visibleOptions(cmd).map((option) => {
          return callFormatItem(
            helper.styleOptionTerm(helper.optionTerm(option)),
            helper.styleOptionDescription(helper.optionDescription(option))
          );
        });
        if (optionList.length > 0) {
          output = output.concat([
            helper.styleTitle("Options:"),
            ...optionList,
            ""
          ]);
        }
        if (helper.showGlobalOptions) {
          const globalOptionList = helper.visibleGlobalOptions(cmd).map((option) => {
            return callFormatItem(
              helper.styleOptionTerm(helper.optionTerm(option)),
              helper.styleOptionDescription(helper.optionDescription(option))
            );
          });
          if (globalOptionList.length > 0) {
            output = output.concat([
              helper.styleTitle("Global Options:"),
              ...globalOptionList,
              ""
            ]);
          }
        }
        const commandList = helper.visibleCommands(cmd).map((cmd2) => {
          return callFormatItem(
            helper.styleSubcommandTerm(helper.subcommandTerm(cmd2)),
            helper.styleSubcommandDescription(helper.subcommandDescription(cmd2))
          );
        });
        if (commandList.length > 0) {
          output = output.concat([
            helper.styleTitle("Commands:"),
            ...commandList,
            ""
          ]);
        }
        return output.join("\n");
      }
      /**
       * Return display width of string, ignoring ANSI escape sequences. Used in padding and wrapping calculations.
       *
       * @param {string} str
       * @returns {number}
       */
      displayWidth(str) {
        return stripColor(str).length;
      }
      /**
       * Style the title for displaying in the help. Called with 'Usage:', 'Options:', etc.
       *
       * @param {string} str
       * @returns {string}
       */
      styleTitle(str) {
        return str;
      }
      styleUsage(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word === "[command]") return this.styleSubcommandText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleCommandText(word);
        }).join(" ");
      }
      styleCommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleOptionDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleSubcommandDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleArgumentDescription(str) {
        return this.styleDescriptionText(str);
      }
      styleDescriptionText(str) {
        return str;
      }
      styleOptionTerm(str) {
        return this.styleOptionText(str);
      }
      styleSubcommandTerm(str) {
        return str.split(" ").map((word) => {
          if (word === "[options]") return this.styleOptionText(word);
          if (word[0] === "[" || word[0] === "<")
            return this.styleArgumentText(word);
          return this.styleSubcommandText(word);
        }).join(" ");
      }
      styleArgumentTerm(str) {
        return this.styleArgumentText(str);
      }
      styleOptionText(str) {
        return str;
      }
      styleArgumentText(str) {
        return str;
      }
      styleSubcommandText(str) {
        return str;
      }
      styleCommandText(str) {
        return str;
      }
      /**
       * Calculate the pad width from the maximum term length.
       *
       * @param {Command} cmd
       * @param {Help} helper
       * @returns {number}
       */
      padWidth(cmd, helper) {
        return Math.max(
          helper.longestOptionTermLength(cmd, helper),
          helper.longestGlobalOptionTermLength(cmd, helper),
          helper.longestSubcommandTermLength(cmd, helper),
          helper.longestArgumentTermLength(cmd, helper)
        );
      }
      /**
       * Detect manually wrapped and indented strings by checking for line break followed by whitespace.
       *
       * @param {string} str
       * @returns {boolean}
       */
      preformatted(str) {
        return /\n[^\S\r\n]/.test(str);
      }
      /**
       * Format the "item", which consists of a term and description. Pad the term and wrap the description, indenting the following lines.
       *
       * So "TTT", 5, "DDD DDDD DD DDD" might be formatted for this.helpWidth=17 like so:
       *   TTT  DDD DDDD
       *        DD DDD
       *
       * @param {string} term
       * @param {number} termWidth
       * @param {string} description
       * @param {Help} helper
       * @returns {string}
       */
      formatItem(term, termWidth, description, helper) {
        const itemIndent = 2;
        const itemIndentStr = " ".repeat(itemIndent);
        if (!description) return itemIndentStr + term;
        const paddedTerm = term.padEnd(
          termWidth + term.length - helper.displayWidth(term)
        );
        const spacerWidth = 2;
        const helpWidth = this.helpWidth ?? 80;
        const remainingWidth = helpWidth - termWidth - spacerWidth - itemIndent;
        let formattedDescription;
        if (remainingWidth < this.minWidthToWrap || helper.preformatted(description)) {
          formattedDescription = description;
        } else {
          const wrappedDescription = helper.boxWrap(description, remainingWidth);
          formattedDescription = wrappedDescription.replace(
            /\n/g,
            "\n" + " ".repeat(termWidth + spacerWidth)
          );
        }
        return itemIndentStr + paddedTerm + " ".repeat(spacerWidth) + formattedDescription.replace(/\n/g, `
${itemIndentStr}`);
      }
      /**
       * Wrap a string at whitespace, preserving existing line breaks.
       * Wrapping is skipped if the width is less than `minWidthToWrap`.
       *
       * @param {string} str
       * @param {number} width
       * @returns {string}
       */
      boxWrap(str, width) {
        if (width < this.minWidthToWrap) return str;
        const rawLines = str.split(/\r\n|\n/);
        const chunkPattern = /[\s]*[^\s]+/g;
        const wrappedLines = [];
        rawLines.forEach((line) => {
          const chunks = line.match(chunkPattern);
          if (chunks === null) {
            wrappedLines.push("");
            return;
          }
          let sumChunks = [chunks.shift()];
          let sumWidth = this.displayWidth(sumChunks[0]);
          chunks.forEach((chunk) => {
            const visibleWidth = this.displayWidth(chunk);
            if (sumWidth + visibleWidth <= width) {
              sumChunks.push(chunk);
              sumWidth += visibleWidth;
              return;
            }
            wrappedLines.push(sumChunks.join(""));
            const nextChunk = chunk.trimStart();
            sumChunks = [nextChunk];
            sumWidth = this.displayWidth(nextChunk);
          });
          wrappedLines.push(sumChunks.join(""));
        });
        return wrappedLines.join("\n");
      }
    };
    function stripColor(str) {
      const sgrPattern = /\x1b\[\d*(;\d*)*m/g;
      return str.replace(sgrPattern, "");
    }
    exports2.Help = Help2;
    exports2.stripColor = stripColor;
  }
});

// node_modules/commander/lib/option.js
var require_option = __commonJS({
  "node_modules/commander/lib/option.js"(exports2) {
    var { InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var Option2 = class {
      /**
       * Initialize a new `Option` with the given `flags` and `description`.
       *
       * @param {string} flags
       * @param {string} [description]
       */
      constructor(flags, description) {
        this.flags = flags;
        this.description = description || "";
        this.required = flags.includes("<");
        this.optional = flags.includes("[");
        this.variadic = /\w\.\.\.[>\]]$/.test(flags);
        this.mandatory = false;
        const optionFlags = splitOptionFlags(flags);
        this.short = optionFlags.shortFlag;
        this.long = optionFlags.longFlag;
        this.negate = false;
        if (this.long) {
          this.negate = this.long.startsWith("--no-");
        }
        this.defaultValue = void 0;
        this.defaultValueDescription = void 0;
        this.presetArg = void 0;
        this.envVar = void 0;
        this.parseArg = void 0;
        this.hidden = false;
        this.argChoices = void 0;
        this.conflictsWith = [];
        this.implied = void 0;
      }
      /**
       * Set the default value, and optionally supply the description to be displayed in the help.
       *
       * @param {*} value
       * @param {string} [description]
       * @return {Option}
       */
      default(value, description) {
        this.defaultValue = value;
        this.defaultValueDescription = description;
        return this;
      }
      /**
       * Preset to use when option used without option-argument, especially optional but also boolean and negated.
       * The custom processing (parseArg) is called.
       *
       * @example
       * new Option('--color').default('GREYSCALE').preset('RGB');
       * new Option('--donate [amount]').preset('20').argParser(parseFloat);
       *
       * @param {*} arg
       * @return {Option}
       */
      preset(arg) {
        this.presetArg = arg;
        return this;
      }
      /**
       * Add option name(s) that conflict with this option.
       * An error will be displayed if conflicting options are found during parsing.
       *
       * @example
       * new Option('--rgb').conflicts('cmyk');
       * new Option('--js').conflicts(['ts', 'jsx']);
       *
       * @param {(string | string[])} names
       * @return {Option}
       */
      conflicts(names) {
        this.conflictsWith = this.conflictsWith.concat(names);
        return this;
      }
      /**
       * Specify implied option values for when this option is set and the implied options are not.
       *
       * The custom processing (parseArg) is not called on the implied values.
       *
       * @example
       * program
       *   .addOption(new Option('--log', 'write logging information to file'))
       *   .addOption(new Option('--trace', 'log extra details').implies({ log: 'trace.txt' }));
       *
       * @param {object} impliedOptionValues
       * @return {Option}
       */
      implies(impliedOptionValues) {
        let newImplied = impliedOptionValues;
        if (typeof impliedOptionValues === "string") {
          newImplied = { [impliedOptionValues]: true };
        }
        this.implied = Object.assign(this.implied || {}, newImplied);
        return this;
      }
      /**
       * Set environment variable to check for option value.
       *
       * An environment variable is only used if when processed the current option value is
       * undefined, or the source of the current value is 'default' or 'config' or 'env'.
       *
       * @param {string} name
       * @return {Option}
       */
      env(name) {
        this.envVar = name;
        return this;
      }
      /**
       * Set the custom handler for processing CLI option arguments into option values.
       *
       * @param {Function} [fn]
       * @return {Option}
       */
      argParser(fn) {
        this.parseArg = fn;
        return this;
      }
      /**
       * Whether the option is mandatory and must have a value after parsing.
       *
       * @param {boolean} [mandatory=true]
       * @return {Option}
       */
      makeOptionMandatory(mandatory = true) {
        this.mandatory = !!mandatory;
        return this;
      }
      /**
       * Hide option in help.
       *
       * @param {boolean} [hide=true]
       * @return {Option}
       */
      hideHelp(hide = true) {
        this.hidden = !!hide;
        return this;
      }
      /**
       * @package
       */
      _concatValue(value, previous) {
        if (previous === this.defaultValue || !Array.isArray(previous)) {
          return [value];
        }
        return previous.concat(value);
      }
      /**
       * Only allow option value to be one of choices.
       *
       * @param {string[]} values
       * @return {Option}
       */
      choices(values) {
        this.argChoices = values.slice();
        this.parseArg = (arg, previous) => {
          if (!this.argChoices.includes(arg)) {
            throw new InvalidArgumentError2(
              `Allowed choices are ${this.argChoices.join(", ")}.`
            );
          }
          if (this.variadic) {
            return this._concatValue(arg, previous);
          }
          return arg;
        };
        return this;
      }
      /**
       * Return option name.
       *
       * @return {string}
       */
      name() {
        if (this.long) {
          return this.long.replace(/^--/, "");
        }
        return this.short.replace(/^-/, "");
      }
      /**
       * Return option name, in a camelcase format that can be used
       * as an object attribute key.
       *
       * @return {string}
       */
      attributeName() {
        if (this.negate) {
          return camelcase(this.name().replace(/^no-/, ""));
        }
        return camelcase(this.name());
      }
      /**
       * Check if `arg` matches the short or long flag.
       *
       * @param {string} arg
       * @return {boolean}
       * @package
       */
      is(arg) {
        return this.short === arg || this.long === arg;
      }
      /**
       * Return whether a boolean option.
       *
       * Options are one of boolean, negated, required argument, or optional argument.
       *
       * @return {boolean}
       * @package
       */
      isBoolean() {
        return !this.required && !this.optional && !this.negate;
      }
    };
    var DualOptions = class {
      /**
       * @param {Option[]} options
       */
      constructor(options) {
        this.positiveOptions = /* @__PURE__ */ new Map();
        this.negativeOptions = /* @__PURE__ */ new Map();
        this.dualOptions = /* @__PURE__ */ new Set();
        options.forEach((option) => {
          if (option.negate) {
            this.negativeOptions.set(option.attributeName(), option);
          } else {
            this.positiveOptions.set(option.attributeName(), option);
          }
        });
        this.negativeOptions.forEach((value, key) => {
          if (this.positiveOptions.has(key)) {
            this.dualOptions.add(key);
          }
        });
      }
      /**
       * Did the value come from the option, and not from possible matching dual option?
       *
       * @param {*} value
       * @param {Option} option
       * @returns {boolean}
       */
      valueFromOption(value, option) {
        const optionKey = option.attributeName();
        if (!this.dualOptions.has(optionKey)) return true;
        const preset = this.negativeOptions.get(optionKey).presetArg;
        const negativeValue = preset !== void 0 ? preset : false;
        return option.negate === (negativeValue === value);
      }
    };
    function camelcase(str) {
      return str.split("-").reduce((str2, word) => {
        return str2 + word[0].toUpperCase() + word.slice(1);
      });
    }
    function splitOptionFlags(flags) {
      let shortFlag;
      let longFlag;
      const shortFlagExp = /^-[^-]$/;
      const longFlagExp = /^--[^-]/;
      const flagParts = flags.split(/[ |,]+/).concat("guard");
      if (shortFlagExp.test(flagParts[0])) shortFlag = flagParts.shift();
      if (longFlagExp.test(flagParts[0])) longFlag = flagParts.shift();
      if (!shortFlag && shortFlagExp.test(flagParts[0]))
        shortFlag = flagParts.shift();
      if (!shortFlag && longFlagExp.test(flagParts[0])) {
        shortFlag = longFlag;
        longFlag = flagParts.shift();
      }
      if (flagParts[0].startsWith("-")) {
        const unsupportedFlag = flagParts[0];
        const baseError = `option creation failed due to '${unsupportedFlag}' in option flags '${flags}'`;
        if (/^-[^-][^-]/.test(unsupportedFlag))
          throw new Error(
            `${baseError}
- a short flag is a single dash and a single character
  - either use a single dash and a single character (for a short flag)
  - or use a double dash for a long option (and can have two, like '--ws, --workspace')`
          );
        if (shortFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many short flags`);
        if (longFlagExp.test(unsupportedFlag))
          throw new Error(`${baseError}
- too many long flags`);
        throw new Error(`${baseError}
- unrecognised flag format`);
      }
      if (shortFlag === void 0 && longFlag === void 0)
        throw new Error(
          `option creation failed due to no flags found in '${flags}'.`
        );
      return { shortFlag, longFlag };
    }
    exports2.Option = Option2;
    exports2.DualOptions = DualOptions;
  }
});

// node_modules/commander/lib/suggestSimilar.js
var require_suggestSimilar = __commonJS({
  "node_modules/commander/lib/suggestSimilar.js"(exports2) {
    var maxDistance = 3;
    function editDistance(a, b) {
      if (Math.abs(a.length - b.length) > maxDistance)
        return Math.max(a.length, b.length);
      const d = [];
      for (let i = 0; i <= a.length; i++) {
        d[i] = [i];
      }
      for (let j = 0; j <= b.length; j++) {
        d[0][j] = j;
      }
      for (let j = 1; j <= b.length; j++) {
        for (let i = 1; i <= a.length; i++) {
          let cost = 1;
          if (a[i - 1] === b[j - 1]) {
            cost = 0;
          } else {
            cost = 1;
          }
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            // deletion
            d[i][j - 1] + 1,
            // insertion
            d[i - 1][j - 1] + cost
            // substitution
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
          }
        }
      }
      return d[a.length][b.length];
    }
    function suggestSimilar(word, candidates) {
      if (!candidates || candidates.length === 0) return "";
      candidates = Array.from(new Set(candidates));
      const searchingOptions = word.startsWith("--");
      if (searchingOptions) {
        word = word.slice(2);
        candidates = candidates.map((candidate) => candidate.slice(2));
      }
      let similar = [];
      let bestDistance = maxDistance;
      const minSimilarity = 0.4;
      candidates.forEach((candidate) => {
        if (candidate.length <= 1) return;
        const distance = editDistance(word, candidate);
        const length = Math.max(word.length, candidate.length);
        const similarity = (length - distance) / length;
        if (similarity > minSimilarity) {
          if (distance < bestDistance) {
            bestDistance = distance;
            similar = [candidate];
          } else if (distance === bestDistance) {
            similar.push(candidate);
          }
        }
      });
      similar.sort((a, b) => a.localeCompare(b));
      if (searchingOptions) {
        similar = similar.map((candidate) => `--${candidate}`);
      }
      if (similar.length > 1) {
        return `
(Did you mean one of ${similar.join(", ")}?)`;
      }
      if (similar.length === 1) {
        return `
(Did you mean ${similar[0]}?)`;
      }
      return "";
    }
    exports2.suggestSimilar = suggestSimilar;
  }
});

// node_modules/commander/lib/command.js
var require_command = __commonJS({
  "node_modules/commander/lib/command.js"(exports2) {
    var EventEmitter = require("node:events").EventEmitter;
    var childProcess = require_node_child_process();
    var path16 = require("node:path");
    var fs = require("node:fs");
    var process2 = require("node:process");
    var { Argument: Argument2, humanReadableArgName } = require_argument();
    var { CommanderError: CommanderError2 } = require_error();
    var { Help: Help2, stripColor } = require_help();
    var { Option: Option2, DualOptions } = require_option();
    var { suggestSimilar } = require_suggestSimilar();
    var Command2 = class _Command extends EventEmitter {
      /**
       * Initialize a new `Command`.
       *
       * @param {string} [name]
       */
      constructor(name) {
        super();
        this.commands = [];
        this.options = [];
        this.parent = null;
        this._allowUnknownOption = false;
        this._allowExcessArguments = false;
        this.registeredArguments = [];
        this._args = this.registeredArguments;
        this.args = [];
        this.rawArgs = [];
        this.processedArgs = [];
        this._scriptPath = null;
        this._name = name || "";
        this._optionValues = {};
        this._optionValueSources = {};
        this._storeOptionsAsProperties = false;
        this._actionHandler = null;
        this._executableHandler = false;
        this._executableFile = null;
        this._executableDir = null;
        this._defaultCommandName = null;
        this._exitCallback = null;
        this._aliases = [];
        this._combineFlagAndOptionalValue = true;
        this._description = "";
        this._summary = "";
        this._argsDescription = void 0;
        this._enablePositionalOptions = false;
        this._passThroughOptions = false;
        this._lifeCycleHooks = {};
        this._showHelpAfterError = false;
        this._showSuggestionAfterError = true;
        this._savedState = null;
        this._outputConfiguration = {
          writeOut: (str) => process2.stdout.write(str),
          writeErr: (str) => process2.stderr.write(str),
          outputError: (str, write) => write(str),
          getOutHelpWidth: () => process2.stdout.isTTY ? process2.stdout.columns : void 0,
          getErrHelpWidth: () => process2.stderr.isTTY ? process2.stderr.columns : void 0,
          getOutHasColors: () => useColor() ?? (process2.stdout.isTTY && process2.stdout.hasColors?.()),
          getErrHasColors: () => useColor() ?? (process2.stderr.isTTY && process2.stderr.hasColors?.()),
          stripColor: (str) => stripColor(str)
        };
        this._hidden = false;
        this._helpOption = void 0;
        this._addImplicitHelpCommand = void 0;
        this._helpCommand = void 0;
        this._helpConfiguration = {};
      }
      /**
       * Copy settings that are useful to have in common across root command and subcommands.
       *
       * (Used internally when adding a command using `.command()` so subcommands inherit parent settings.)
       *
       * @param {Command} sourceCommand
       * @return {Command} `this` command for chaining
       */
      copyInheritedSettings(sourceCommand) {
        this._outputConfiguration = sourceCommand._outputConfiguration;
        this._helpOption = sourceCommand._helpOption;
        this._helpCommand = sourceCommand._helpCommand;
        this._helpConfiguration = sourceCommand._helpConfiguration;
        this._exitCallback = sourceCommand._exitCallback;
        this._storeOptionsAsProperties = sourceCommand._storeOptionsAsProperties;
        this._combineFlagAndOptionalValue = sourceCommand._combineFlagAndOptionalValue;
        this._allowExcessArguments = sourceCommand._allowExcessArguments;
        this._enablePositionalOptions = sourceCommand._enablePositionalOptions;
        this._showHelpAfterError = sourceCommand._showHelpAfterError;
        this._showSuggestionAfterError = sourceCommand._showSuggestionAfterError;
        return this;
      }
      /**
       * @returns {Command[]}
       * @private
       */
      _getCommandAndAncestors() {
        const result = [];
        for (let command = this; command; command = command.parent) {
          result.push(command);
        }
        return result;
      }
      /**
       * Define a command.
       *
       * There are two styles of command: pay attention to where to put the description.
       *
       * @example
       * // Command implemented using action handler (description is supplied separately to `.command`)
       * program
       *   .command('clone <source> [destination]')
       *   .description('clone a repository into a newly created directory')
       *   .action((source, destination) => {
       *     console.log('clone command called');
       *   });
       *
       * // Command implemented using separate executable file (description is second parameter to `.command`)
       * program
       *   .command('start <service>', 'start named service')
       *   .command('stop [service]', 'stop named service, or all if no name supplied');
       *
       * @param {string} nameAndArgs - command name and arguments, args are `<required>` or `[optional]` and last may also be `variadic...`
       * @param {(object | string)} [actionOptsOrExecDesc] - configuration options (for action), or description (for executable)
       * @param {object} [execOpts] - configuration options (for executable)
       * @return {Command} returns new command for action handler, or `this` for executable command
       */
      command(nameAndArgs, actionOptsOrExecDesc, execOpts) {
        let desc = actionOptsOrExecDesc;
        let opts = execOpts;
        if (typeof desc === "object" && desc !== null) {
          opts = desc;
          desc = null;
        }
        opts = opts || {};
        const [, name, args] = nameAndArgs.match(/([^ ]+) *(.*)/);
        const cmd = this.createCommand(name);
        if (desc) {
          cmd.description(desc);
          cmd._executableHandler = true;
        }
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        cmd._hidden = !!(opts.noHelp || opts.hidden);
        cmd._executableFile = opts.executableFile || null;
        if (args) cmd.arguments(args);
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd.copyInheritedSettings(this);
        if (desc) return this;
        return cmd;
      }
      /**
       * Factory routine to create a new unattached command.
       *
       * See .command() for creating an attached subcommand, which uses this routine to
       * create the command. You can override createCommand to customise subcommands.
       *
       * @param {string} [name]
       * @return {Command} new command
       */
      createCommand(name) {
        return new _Command(name);
      }
      /**
       * You can customise the help with a subclass of Help by overriding createHelp,
       * or by overriding Help properties using configureHelp().
       *
       * @return {Help}
       */
      createHelp() {
        return Object.assign(new Help2(), this.configureHelp());
      }
      /**
       * You can customise the help by overriding Help properties using configureHelp(),
       * or with a subclass of Help by overriding createHelp().
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureHelp(configuration) {
        if (configuration === void 0) return this._helpConfiguration;
        this._helpConfiguration = configuration;
        return this;
      }
      /**
       * The default output goes to stdout and stderr. You can customise this for special
       * applications. You can also customise the display of errors by overriding outputError.
       *
       * The configuration properties are all functions:
       *
       *     // change how output being written, defaults to stdout and stderr
       *     writeOut(str)
       *     writeErr(str)
       *     // change how output being written for errors, defaults to writeErr
       *     outputError(str, write) // used for displaying errors and not used for displaying help
       *     // specify width for wrapping help
       *     getOutHelpWidth()
       *     getErrHelpWidth()
       *     // color support, currently only used with Help
       *     getOutHasColors()
       *     getErrHasColors()
       *     stripColor() // used to remove ANSI escape codes if output does not have colors
       *
       * @param {object} [configuration] - configuration options
       * @return {(Command | object)} `this` command for chaining, or stored configuration
       */
      configureOutput(configuration) {
        if (configuration === void 0) return this._outputConfiguration;
        Object.assign(this._outputConfiguration, configuration);
        return this;
      }
      /**
       * Display the help or a custom message after an error occurs.
       *
       * @param {(boolean|string)} [displayHelp]
       * @return {Command} `this` command for chaining
       */
      showHelpAfterError(displayHelp = true) {
        if (typeof displayHelp !== "string") displayHelp = !!displayHelp;
        this._showHelpAfterError = displayHelp;
        return this;
      }
      /**
       * Display suggestion of similar commands for unknown commands, or options for unknown options.
       *
       * @param {boolean} [displaySuggestion]
       * @return {Command} `this` command for chaining
       */
      showSuggestionAfterError(displaySuggestion = true) {
        this._showSuggestionAfterError = !!displaySuggestion;
        return this;
      }
      /**
       * Add a prepared subcommand.
       *
       * See .command() for creating an attached subcommand which inherits settings from its parent.
       *
       * @param {Command} cmd - new subcommand
       * @param {object} [opts] - configuration options
       * @return {Command} `this` command for chaining
       */
      addCommand(cmd, opts) {
        if (!cmd._name) {
          throw new Error(`Command passed to .addCommand() must have a name
- specify the name in Command constructor or using .name()`);
        }
        opts = opts || {};
        if (opts.isDefault) this._defaultCommandName = cmd._name;
        if (opts.noHelp || opts.hidden) cmd._hidden = true;
        this._registerCommand(cmd);
        cmd.parent = this;
        cmd._checkForBrokenPassThrough();
        return this;
      }
      /**
       * Factory routine to create a new unattached argument.
       *
       * See .argument() for creating an attached argument, which uses this routine to
       * create the argument. You can override createArgument to return a custom argument.
       *
       * @param {string} name
       * @param {string} [description]
       * @return {Argument} new argument
       */
      createArgument(name, description) {
        return new Argument2(name, description);
      }
      /**
       * Define argument syntax for command.
       *
       * The default is that the argument is required, and you can explicitly
       * indicate this with <> around the name. Put [] around the name for an optional argument.
       *
       * @example
       * program.argument('<input-file>');
       * program.argument('[output-file]');
       *
       * @param {string} name
       * @param {string} [description]
       * @param {(Function|*)} [fn] - custom argument processing function
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      argument(name, description, fn, defaultValue) {
        const argument = this.createArgument(name, description);
        if (typeof fn === "function") {
          argument.default(defaultValue).argParser(fn);
        } else {
          argument.default(fn);
        }
        this.addArgument(argument);
        return this;
      }
      /**
       * Define argument syntax for command, adding multiple at once (without descriptions).
       *
       * See also .argument().
       *
       * @example
       * program.arguments('<cmd> [env]');
       *
       * @param {string} names
       * @return {Command} `this` command for chaining
       */
      arguments(names) {
        names.trim().split(/ +/).forEach((detail) => {
          this.argument(detail);
        });
        return this;
      }
      /**
       * Define argument syntax for command, adding a prepared argument.
       *
       * @param {Argument} argument
       * @return {Command} `this` command for chaining
       */
      addArgument(argument) {
        const previousArgument = this.registeredArguments.slice(-1)[0];
        if (previousArgument && previousArgument.variadic) {
          throw new Error(
            `only the last argument can be variadic '${previousArgument.name()}'`
          );
        }
        if (argument.required && argument.defaultValue !== void 0 && argument.parseArg === void 0) {
          throw new Error(
            `a default value for a required argument is never used: '${argument.name()}'`
          );
        }
        this.registeredArguments.push(argument);
        return this;
      }
      /**
       * Customise or override default help command. By default a help command is automatically added if your command has subcommands.
       *
       * @example
       *    program.helpCommand('help [cmd]');
       *    program.helpCommand('help [cmd]', 'show help');
       *    program.helpCommand(false); // suppress default help command
       *    program.helpCommand(true); // add help command even if no subcommands
       *
       * @param {string|boolean} enableOrNameAndArgs - enable with custom name and/or arguments, or boolean to override whether added
       * @param {string} [description] - custom description
       * @return {Command} `this` command for chaining
       */
      helpCommand(enableOrNameAndArgs, description) {
        if (typeof enableOrNameAndArgs === "boolean") {
          this._addImplicitHelpCommand = enableOrNameAndArgs;
          return this;
        }
        enableOrNameAndArgs = enableOrNameAndArgs ?? "help [command]";
        const [, helpName, helpArgs] = enableOrNameAndArgs.match(/([^ ]+) *(.*)/);
        const helpDescription = description ?? "display help for command";
        const helpCommand = this.createCommand(helpName);
        helpCommand.helpOption(false);
        if (helpArgs) helpCommand.arguments(helpArgs);
        if (helpDescription) helpCommand.description(helpDescription);
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        return this;
      }
      /**
       * Add prepared custom help command.
       *
       * @param {(Command|string|boolean)} helpCommand - custom help command, or deprecated enableOrNameAndArgs as for `.helpCommand()`
       * @param {string} [deprecatedDescription] - deprecated custom description used with custom name only
       * @return {Command} `this` command for chaining
       */
      addHelpCommand(helpCommand, deprecatedDescription) {
        if (typeof helpCommand !== "object") {
          this.helpCommand(helpCommand, deprecatedDescription);
          return this;
        }
        this._addImplicitHelpCommand = true;
        this._helpCommand = helpCommand;
        return this;
      }
      /**
       * Lazy create help command.
       *
       * @return {(Command|null)}
       * @package
       */
      _getHelpCommand() {
        const hasImplicitHelpCommand = this._addImplicitHelpCommand ?? (this.commands.length && !this._actionHandler && !this._findCommand("help"));
        if (hasImplicitHelpCommand) {
          if (this._helpCommand === void 0) {
            this.helpCommand(void 0, void 0);
          }
          return this._helpCommand;
        }
        return null;
      }
      /**
       * Add hook for life cycle event.
       *
       * @param {string} event
       * @param {Function} listener
       * @return {Command} `this` command for chaining
       */
      hook(event, listener) {
        const allowedValues = ["preSubcommand", "preAction", "postAction"];
        if (!allowedValues.includes(event)) {
          throw new Error(`Unexpected value for event passed to hook : '${event}'.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        if (this._lifeCycleHooks[event]) {
          this._lifeCycleHooks[event].push(listener);
        } else {
          this._lifeCycleHooks[event] = [listener];
        }
        return this;
      }
      /**
       * Register callback to use as replacement for calling process.exit.
       *
       * @param {Function} [fn] optional callback which will be passed a CommanderError, defaults to throwing
       * @return {Command} `this` command for chaining
       */
      exitOverride(fn) {
        if (fn) {
          this._exitCallback = fn;
        } else {
          this._exitCallback = (err) => {
            if (err.code !== "commander.executeSubCommandAsync") {
              throw err;
            } else {
            }
          };
        }
        return this;
      }
      /**
       * Call process.exit, and _exitCallback if defined.
       *
       * @param {number} exitCode exit code for using with process.exit
       * @param {string} code an id string representing the error
       * @param {string} message human-readable description of the error
       * @return never
       * @private
       */
      _exit(exitCode, code, message) {
        if (this._exitCallback) {
          this._exitCallback(new CommanderError2(exitCode, code, message));
        }
        process2.exit(exitCode);
      }
      /**
       * Register callback `fn` for the command.
       *
       * @example
       * program
       *   .command('serve')
       *   .description('start service')
       *   .action(function() {
       *      // do work here
       *   });
       *
       * @param {Function} fn
       * @return {Command} `this` command for chaining
       */
      action(fn) {
        const listener = (args) => {
          const expectedArgsCount = this.registeredArguments.length;
          const actionArgs = args.slice(0, expectedArgsCount);
          if (this._storeOptionsAsProperties) {
            actionArgs[expectedArgsCount] = this;
          } else {
            actionArgs[expectedArgsCount] = this.opts();
          }
          actionArgs.push(this);
          return fn.apply(this, actionArgs);
        };
        this._actionHandler = listener;
        return this;
      }
      /**
       * Factory routine to create a new unattached option.
       *
       * See .option() for creating an attached option, which uses this routine to
       * create the option. You can override createOption to return a custom option.
       *
       * @param {string} flags
       * @param {string} [description]
       * @return {Option} new option
       */
      createOption(flags, description) {
        return new Option2(flags, description);
      }
      /**
       * Wrap parseArgs to catch 'commander.invalidArgument'.
       *
       * @param {(Option | Argument)} target
       * @param {string} value
       * @param {*} previous
       * @param {string} invalidArgumentMessage
       * @private
       */
      _callParseArg(target, value, previous, invalidArgumentMessage) {
        try {
          return target.parseArg(value, previous);
        } catch (err) {
          if (err.code === "commander.invalidArgument") {
            const message = `${invalidArgumentMessage} ${err.message}`;
            this.error(message, { exitCode: err.exitCode, code: err.code });
          }
          throw err;
        }
      }
      /**
       * Check for option flag conflicts.
       * Register option if no conflicts found, or throw on conflict.
       *
       * @param {Option} option
       * @private
       */
      _registerOption(option) {
        const matchingOption = option.short && this._findOption(option.short) || option.long && this._findOption(option.long);
        if (matchingOption) {
          const matchingFlag = option.long && this._findOption(option.long) ? option.long : option.short;
          throw new Error(`Cannot add option '${option.flags}'${this._name && ` to command '${this._name}'`} due to conflicting flag '${matchingFlag}'
-  already used by option '${matchingOption.flags}'`);
        }
        this.options.push(option);
      }
      /**
       * Check for command name and alias conflicts with existing commands.
       * Register command if no conflicts found, or throw on conflict.
       *
       * @param {Command} command
       * @private
       */
      _registerCommand(command) {
        const knownBy = (cmd) => {
          return [cmd.name()].concat(cmd.aliases());
        };
        const alreadyUsed = knownBy(command).find(
          (name) => this._findCommand(name)
        );
        if (alreadyUsed) {
          const existingCmd = knownBy(this._findCommand(alreadyUsed)).join("|");
          const newCmd = knownBy(command).join("|");
          throw new Error(
            `cannot add command '${newCmd}' as already have command '${existingCmd}'`
          );
        }
        this.commands.push(command);
      }
      /**
       * Add an option.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addOption(option) {
        this._registerOption(option);
        const oname = option.name();
        const name = option.attributeName();
        if (option.negate) {
          const positiveLongFlag = option.long.replace(/^--no-/, "--");
          if (!this._findOption(positiveLongFlag)) {
            this.setOptionValueWithSource(
              name,
              option.defaultValue === void 0 ? true : option.defaultValue,
              "default"
            );
          }
        } else if (option.defaultValue !== void 0) {
          this.setOptionValueWithSource(name, option.defaultValue, "default");
        }
        const handleOptionValue = (val, invalidValueMessage, valueSource) => {
          if (val == null && option.presetArg !== void 0) {
            val = option.presetArg;
          }
          const oldValue = this.getOptionValue(name);
          if (val !== null && option.parseArg) {
            val = this._callParseArg(option, val, oldValue, invalidValueMessage);
          } else if (val !== null && option.variadic) {
            val = option._concatValue(val, oldValue);
          }
          if (val == null) {
            if (option.negate) {
              val = false;
            } else if (option.isBoolean() || option.optional) {
              val = true;
            } else {
              val = "";
            }
          }
          this.setOptionValueWithSource(name, val, valueSource);
        };
        this.on("option:" + oname, (val) => {
          const invalidValueMessage = `error: option '${option.flags}' argument '${val}' is invalid.`;
          handleOptionValue(val, invalidValueMessage, "cli");
        });
        if (option.envVar) {
          this.on("optionEnv:" + oname, (val) => {
            const invalidValueMessage = `error: option '${option.flags}' value '${val}' from env '${option.envVar}' is invalid.`;
            handleOptionValue(val, invalidValueMessage, "env");
          });
        }
        return this;
      }
      /**
       * Internal implementation shared by .option() and .requiredOption()
       *
       * @return {Command} `this` command for chaining
       * @private
       */
      _optionEx(config, flags, description, fn, defaultValue) {
        if (typeof flags === "object" && flags instanceof Option2) {
          throw new Error(
            "To add an Option object use addOption() instead of option() or requiredOption()"
          );
        }
        const option = this.createOption(flags, description);
        option.makeOptionMandatory(!!config.mandatory);
        if (typeof fn === "function") {
          option.default(defaultValue).argParser(fn);
        } else if (fn instanceof RegExp) {
          const regex = fn;
          fn = (val, def) => {
            const m = regex.exec(val);
            return m ? m[0] : def;
          };
          option.default(defaultValue).argParser(fn);
        } else {
          option.default(fn);
        }
        return this.addOption(option);
      }
      /**
       * Define option with `flags`, `description`, and optional argument parsing function or `defaultValue` or both.
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space. A required
       * option-argument is indicated by `<>` and an optional option-argument by `[]`.
       *
       * See the README for more details, and see also addOption() and requiredOption().
       *
       * @example
       * program
       *     .option('-p, --pepper', 'add pepper')
       *     .option('--pt, --pizza-type <TYPE>', 'type of pizza') // required option-argument
       *     .option('-c, --cheese [CHEESE]', 'add extra cheese', 'mozzarella') // optional option-argument with default
       *     .option('-t, --tip <VALUE>', 'add tip to purchase cost', parseFloat) // custom parse function
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      option(flags, description, parseArg, defaultValue) {
        return this._optionEx({}, flags, description, parseArg, defaultValue);
      }
      /**
       * Add a required option which must have a value after parsing. This usually means
       * the option must be specified on the command line. (Otherwise the same as .option().)
       *
       * The `flags` string contains the short and/or long flags, separated by comma, a pipe or space.
       *
       * @param {string} flags
       * @param {string} [description]
       * @param {(Function|*)} [parseArg] - custom option processing function or default value
       * @param {*} [defaultValue]
       * @return {Command} `this` command for chaining
       */
      requiredOption(flags, description, parseArg, defaultValue) {
        return this._optionEx(
          { mandatory: true },
          flags,
          description,
          parseArg,
          defaultValue
        );
      }
      /**
       * Alter parsing of short flags with optional values.
       *
       * @example
       * // for `.option('-f,--flag [value]'):
       * program.combineFlagAndOptionalValue(true);  // `-f80` is treated like `--flag=80`, this is the default behaviour
       * program.combineFlagAndOptionalValue(false) // `-fb` is treated like `-f -b`
       *
       * @param {boolean} [combine] - if `true` or omitted, an optional value can be specified directly after the flag.
       * @return {Command} `this` command for chaining
       */
      combineFlagAndOptionalValue(combine = true) {
        this._combineFlagAndOptionalValue = !!combine;
        return this;
      }
      /**
       * Allow unknown options on the command line.
       *
       * @param {boolean} [allowUnknown] - if `true` or omitted, no error will be thrown for unknown options.
       * @return {Command} `this` command for chaining
       */
      allowUnknownOption(allowUnknown = true) {
        this._allowUnknownOption = !!allowUnknown;
        return this;
      }
      /**
       * Allow excess command-arguments on the command line. Pass false to make excess arguments an error.
       *
       * @param {boolean} [allowExcess] - if `true` or omitted, no error will be thrown for excess arguments.
       * @return {Command} `this` command for chaining
       */
      allowExcessArguments(allowExcess = true) {
        this._allowExcessArguments = !!allowExcess;
        return this;
      }
      /**
       * Enable positional options. Positional means global options are specified before subcommands which lets
       * subcommands reuse the same option names, and also enables subcommands to turn on passThroughOptions.
       * The default behaviour is non-positional and global options may appear anywhere on the command line.
       *
       * @param {boolean} [positional]
       * @return {Command} `this` command for chaining
       */
      enablePositionalOptions(positional = true) {
        this._enablePositionalOptions = !!positional;
        return this;
      }
      /**
       * Pass through options that come after command-arguments rather than treat them as command-options,
       * so actual command-options come before command-arguments. Turning this on for a subcommand requires
       * positional options to have been enabled on the program (parent commands).
       * The default behaviour is non-positional and options may appear before or after command-arguments.
       *
       * @param {boolean} [passThrough] for unknown options.
       * @return {Command} `this` command for chaining
       */
      passThroughOptions(passThrough = true) {
        this._passThroughOptions = !!passThrough;
        this._checkForBrokenPassThrough();
        return this;
      }
      /**
       * @private
       */
      _checkForBrokenPassThrough() {
        if (this.parent && this._passThroughOptions && !this.parent._enablePositionalOptions) {
          throw new Error(
            `passThroughOptions cannot be used for '${this._name}' without turning on enablePositionalOptions for parent command(s)`
          );
        }
      }
      /**
       * Whether to store option values as properties on command object,
       * or store separately (specify false). In both cases the option values can be accessed using .opts().
       *
       * @param {boolean} [storeAsProperties=true]
       * @return {Command} `this` command for chaining
       */
      storeOptionsAsProperties(storeAsProperties = true) {
        if (this.options.length) {
          throw new Error("call .storeOptionsAsProperties() before adding options");
        }
        if (Object.keys(this._optionValues).length) {
          throw new Error(
            "call .storeOptionsAsProperties() before setting option values"
          );
        }
        this._storeOptionsAsProperties = !!storeAsProperties;
        return this;
      }
      /**
       * Retrieve option value.
       *
       * @param {string} key
       * @return {object} value
       */
      getOptionValue(key) {
        if (this._storeOptionsAsProperties) {
          return this[key];
        }
        return this._optionValues[key];
      }
      /**
       * Store option value.
       *
       * @param {string} key
       * @param {object} value
       * @return {Command} `this` command for chaining
       */
      setOptionValue(key, value) {
        return this.setOptionValueWithSource(key, value, void 0);
      }
      /**
       * Store option value and where the value came from.
       *
       * @param {string} key
       * @param {object} value
       * @param {string} source - expected values are default/config/env/cli/implied
       * @return {Command} `this` command for chaining
       */
      setOptionValueWithSource(key, value, source) {
        if (this._storeOptionsAsProperties) {
          this[key] = value;
        } else {
          this._optionValues[key] = value;
        }
        this._optionValueSources[key] = source;
        return this;
      }
      /**
       * Get source of option value.
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSource(key) {
        return this._optionValueSources[key];
      }
      /**
       * Get source of option value. See also .optsWithGlobals().
       * Expected values are default | config | env | cli | implied
       *
       * @param {string} key
       * @return {string}
       */
      getOptionValueSourceWithGlobals(key) {
        let source;
        this._getCommandAndAncestors().forEach((cmd) => {
          if (cmd.getOptionValueSource(key) !== void 0) {
            source = cmd.getOptionValueSource(key);
          }
        });
        return source;
      }
      /**
       * Get user arguments from implied or explicit arguments.
       * Side-effects: set _scriptPath if args included script. Used for default program name, and subcommand searches.
       *
       * @private
       */
      _prepareUserArgs(argv, parseOptions) {
        if (argv !== void 0 && !Array.isArray(argv)) {
          throw new Error("first parameter to parse must be array or undefined");
        }
        parseOptions = parseOptions || {};
        if (argv === void 0 && parseOptions.from === void 0) {
          if (process2.versions?.electron) {
            parseOptions.from = "electron";
          }
          const execArgv = process2.execArgv ?? [];
          if (execArgv.includes("-e") || execArgv.includes("--eval") || execArgv.includes("-p") || execArgv.includes("--print")) {
            parseOptions.from = "eval";
          }
        }
        if (argv === void 0) {
          argv = process2.argv;
        }
        this.rawArgs = argv.slice();
        let userArgs;
        switch (parseOptions.from) {
          case void 0:
          case "node":
            this._scriptPath = argv[1];
            userArgs = argv.slice(2);
            break;
          case "electron":
            if (process2.defaultApp) {
              this._scriptPath = argv[1];
              userArgs = argv.slice(2);
            } else {
              userArgs = argv.slice(1);
            }
            break;
          case "user":
            userArgs = argv.slice(0);
            break;
          case "eval":
            userArgs = argv.slice(1);
            break;
          default:
            throw new Error(
              `unexpected parse option { from: '${parseOptions.from}' }`
            );
        }
        if (!this._name && this._scriptPath)
          this.nameFromFilename(this._scriptPath);
        this._name = this._name || "program";
        return userArgs;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Use parseAsync instead of parse if any of your action handlers are async.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * program.parse(); // parse process.argv and auto-detect electron and special node flags
       * program.parse(process.argv); // assume argv[0] is app and argv[1] is script
       * program.parse(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv] - optional, defaults to process.argv
       * @param {object} [parseOptions] - optionally specify style of options with from: node/user/electron
       * @param {string} [parseOptions.from] - where the args are from: 'node', 'user', 'electron'
       * @return {Command} `this` command for chaining
       */
      parse(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        this._parseCommand([], userArgs);
        return this;
      }
      /**
       * Parse `argv`, setting options and invoking commands when defined.
       *
       * Call with no parameters to parse `process.argv`. Detects Electron and special node options like `node --eval`. Easy mode!
       *
       * Or call with an array of strings to parse, and optionally where the user arguments start by specifying where the arguments are `from`:
       * - `'node'`: default, `argv[0]` is the application and `argv[1]` is the script being run, with user arguments after that
       * - `'electron'`: `argv[0]` is the application and `argv[1]` varies depending on whether the electron application is packaged
       * - `'user'`: just user arguments
       *
       * @example
       * await program.parseAsync(); // parse process.argv and auto-detect electron and special node flags
       * await program.parseAsync(process.argv); // assume argv[0] is app and argv[1] is script
       * await program.parseAsync(my-args, { from: 'user' }); // just user supplied arguments, nothing special about argv[0]
       *
       * @param {string[]} [argv]
       * @param {object} [parseOptions]
       * @param {string} parseOptions.from - where the args are from: 'node', 'user', 'electron'
       * @return {Promise}
       */
      async parseAsync(argv, parseOptions) {
        this._prepareForParse();
        const userArgs = this._prepareUserArgs(argv, parseOptions);
        await this._parseCommand([], userArgs);
        return this;
      }
      _prepareForParse() {
        if (this._savedState === null) {
          this.saveStateBeforeParse();
        } else {
          this.restoreStateBeforeParse();
        }
      }
      /**
       * Called the first time parse is called to save state and allow a restore before subsequent calls to parse.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state saved.
       */
      saveStateBeforeParse() {
        this._savedState = {
          // name is stable if supplied by author, but may be unspecified for root command and deduced during parsing
          _name: this._name,
          // option values before parse have default values (including false for negated options)
          // shallow clones
          _optionValues: { ...this._optionValues },
          _optionValueSources: { ...this._optionValueSources }
        };
      }
      /**
       * Restore state before parse for calls after the first.
       * Not usually called directly, but available for subclasses to save their custom state.
       *
       * This is called in a lazy way. Only commands used in parsing chain will have state restored.
       */
      restoreStateBeforeParse() {
        if (this._storeOptionsAsProperties)
          throw new Error(`Can not call parse again when storeOptionsAsProperties is true.
- either make a new Command for each call to parse, or stop storing options as properties`);
        this._name = this._savedState._name;
        this._scriptPath = null;
        this.rawArgs = [];
        this._optionValues = { ...this._savedState._optionValues };
        this._optionValueSources = { ...this._savedState._optionValueSources };
        this.args = [];
        this.processedArgs = [];
      }
      /**
       * Throw if expected executable is missing. Add lots of help for author.
       *
       * @param {string} executableFile
       * @param {string} executableDir
       * @param {string} subcommandName
       */
      _checkForMissingExecutable(executableFile, executableDir, subcommandName) {
        if (fs.existsSync(executableFile)) return;
        const executableDirMessage = executableDir ? `searched for local subcommand relative to directory '${executableDir}'` : "no directory for search for local subcommand, use .executableDir() to supply a custom directory";
        const executableMissing = `'${executableFile}' does not exist
 - if '${subcommandName}' is not meant to be an executable command, remove description parameter from '.command()' and use '.description()' instead
 - if the default executable name is not suitable, use the executableFile option to supply a custom name or path
 - ${executableDirMessage}`;
        throw new Error(executableMissing);
      }
      /**
       * Execute a sub-command executable.
       *
       * @private
       */
      _executeSubCommand(subcommand, args) {
        args = args.slice();
        let launchWithNode = false;
        const sourceExt = [".js", ".ts", ".tsx", ".mjs", ".cjs"];
        function findFile(baseDir, baseName) {
          const localBin = path16.resolve(baseDir, baseName);
          if (fs.existsSync(localBin)) return localBin;
          if (sourceExt.includes(path16.extname(baseName))) return void 0;
          const foundExt = sourceExt.find(
            (ext) => fs.existsSync(`${localBin}${ext}`)
          );
          if (foundExt) return `${localBin}${foundExt}`;
          return void 0;
        }
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        let executableFile = subcommand._executableFile || `${this._name}-${subcommand._name}`;
        let executableDir = this._executableDir || "";
        if (this._scriptPath) {
          let resolvedScriptPath;
          try {
            resolvedScriptPath = fs.realpathSync(this._scriptPath);
          } catch {
            resolvedScriptPath = this._scriptPath;
          }
          executableDir = path16.resolve(
            path16.dirname(resolvedScriptPath),
            executableDir
          );
        }
        if (executableDir) {
          let localFile = findFile(executableDir, executableFile);
          if (!localFile && !subcommand._executableFile && this._scriptPath) {
            const legacyName = path16.basename(
              this._scriptPath,
              path16.extname(this._scriptPath)
            );
            if (legacyName !== this._name) {
              localFile = findFile(
                executableDir,
                `${legacyName}-${subcommand._name}`
              );
            }
          }
          executableFile = localFile || executableFile;
        }
        launchWithNode = sourceExt.includes(path16.extname(executableFile));
        let proc;
        if (process2.platform !== "win32") {
          if (launchWithNode) {
            args.unshift(executableFile);
            args = incrementNodeInspectorPort(process2.execArgv).concat(args);
            proc = childProcess.spawn(process2.argv[0], args, { stdio: "inherit" });
          } else {
            proc = childProcess.spawn(executableFile, args, { stdio: "inherit" });
          }
        } else {
          this._checkForMissingExecutable(
            executableFile,
            executableDir,
            subcommand._name
          );
          args.unshift(executableFile);
          args = incrementNodeInspectorPort(process2.execArgv).concat(args);
          proc = childProcess.spawn(process2.execPath, args, { stdio: "inherit" });
        }
        if (!proc.killed) {
          const signals = ["SIGUSR1", "SIGUSR2", "SIGTERM", "SIGINT", "SIGHUP"];
          signals.forEach((signal) => {
            process2.on(signal, () => {
              if (proc.killed === false && proc.exitCode === null) {
                proc.kill(signal);
              }
            });
          });
        }
        const exitCallback = this._exitCallback;
        proc.on("close", (code) => {
          code = code ?? 1;
          if (!exitCallback) {
            process2.exit(code);
          } else {
            exitCallback(
              new CommanderError2(
                code,
                "commander.executeSubCommandAsync",
                "(close)"
              )
            );
          }
        });
        proc.on("error", (err) => {
          if (err.code === "ENOENT") {
            this._checkForMissingExecutable(
              executableFile,
              executableDir,
              subcommand._name
            );
          } else if (err.code === "EACCES") {
            throw new Error(`'${executableFile}' not executable`);
          }
          if (!exitCallback) {
            process2.exit(1);
          } else {
            const wrappedError = new CommanderError2(
              1,
              "commander.executeSubCommandAsync",
              "(error)"
            );
            wrappedError.nestedError = err;
            exitCallback(wrappedError);
          }
        });
        this.runningCommand = proc;
      }
      /**
       * @private
       */
      _dispatchSubcommand(commandName, operands, unknown) {
        const subCommand = this._findCommand(commandName);
        if (!subCommand) this.help({ error: true });
        subCommand._prepareForParse();
        let promiseChain;
        promiseChain = this._chainOrCallSubCommandHook(
          promiseChain,
          subCommand,
          "preSubcommand"
        );
        promiseChain = this._chainOrCall(promiseChain, () => {
          if (subCommand._executableHandler) {
            this._executeSubCommand(subCommand, operands.concat(unknown));
          } else {
            return subCommand._parseCommand(operands, unknown);
          }
        });
        return promiseChain;
      }
      /**
       * Invoke help directly if possible, or dispatch if necessary.
       * e.g. help foo
       *
       * @private
       */
      _dispatchHelpCommand(subcommandName) {
        if (!subcommandName) {
          this.help();
        }
        const subCommand = this._findCommand(subcommandName);
        if (subCommand && !subCommand._executableHandler) {
          subCommand.help();
        }
        return this._dispatchSubcommand(
          subcommandName,
          [],
          [this._getHelpOption()?.long ?? this._getHelpOption()?.short ?? "--help"]
        );
      }
      /**
       * Check this.args against expected this.registeredArguments.
       *
       * @private
       */
      _checkNumberOfArguments() {
        this.registeredArguments.forEach((arg, i) => {
          if (arg.required && this.args[i] == null) {
            this.missingArgument(arg.name());
          }
        });
        if (this.registeredArguments.length > 0 && this.registeredArguments[this.registeredArguments.length - 1].variadic) {
          return;
        }
        if (this.args.length > this.registeredArguments.length) {
          this._excessArguments(this.args);
        }
      }
      /**
       * Process this.args using this.registeredArguments and save as this.processedArgs!
       *
       * @private
       */
      _processArguments() {
        const myParseArg = (argument, value, previous) => {
          let parsedValue = value;
          if (value !== null && argument.parseArg) {
            const invalidValueMessage = `error: command-argument value '${value}' is invalid for argument '${argument.name()}'.`;
            parsedValue = this._callParseArg(
              argument,
              value,
              previous,
              invalidValueMessage
            );
          }
          return parsedValue;
        };
        this._checkNumberOfArguments();
        const processedArgs = [];
        this.registeredArguments.forEach((declaredArg, index) => {
          let value = declaredArg.defaultValue;
          if (declaredArg.variadic) {
            if (index < this.args.length) {
              value = this.args.slice(index);
              if (declaredArg.parseArg) {
                value = value.reduce((processed, v) => {
                  return myParseArg(declaredArg, v, processed);
                }, declaredArg.defaultValue);
              }
            } else if (value === void 0) {
              value = [];
            }
          } else if (index < this.args.length) {
            value = this.args[index];
            if (declaredArg.parseArg) {
              value = myParseArg(declaredArg, value, declaredArg.defaultValue);
            }
          }
          processedArgs[index] = value;
        });
        this.processedArgs = processedArgs;
      }
      /**
       * Once we have a promise we chain, but call synchronously until then.
       *
       * @param {(Promise|undefined)} promise
       * @param {Function} fn
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCall(promise, fn) {
        if (promise && promise.then && typeof promise.then === "function") {
          return promise.then(() => fn());
        }
        return fn();
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallHooks(promise, event) {
        let result = promise;
        const hooks = [];
        this._getCommandAndAncestors().reverse().filter((cmd) => cmd._lifeCycleHooks[event] !== void 0).forEach((hookedCommand) => {
          hookedCommand._lifeCycleHooks[event].forEach((callback) => {
            hooks.push({ hookedCommand, callback });
          });
        });
        if (event === "postAction") {
          hooks.reverse();
        }
        hooks.forEach((hookDetail) => {
          result = this._chainOrCall(result, () => {
            return hookDetail.callback(hookDetail.hookedCommand, this);
          });
        });
        return result;
      }
      /**
       *
       * @param {(Promise|undefined)} promise
       * @param {Command} subCommand
       * @param {string} event
       * @return {(Promise|undefined)}
       * @private
       */
      _chainOrCallSubCommandHook(promise, subCommand, event) {
        let result = promise;
        if (this._lifeCycleHooks[event] !== void 0) {
          this._lifeCycleHooks[event].forEach((hook) => {
            result = this._chainOrCall(result, () => {
              return hook(this, subCommand);
            });
          });
        }
        return result;
      }
      /**
       * Process arguments in context of this command.
       * Returns action result, in case it is a promise.
       *
       * @private
       */
      _parseCommand(operands, unknown) {
        const parsed = this.parseOptions(unknown);
        this._parseOptionsEnv();
        this._parseOptionsImplied();
        operands = operands.concat(parsed.operands);
        unknown = parsed.unknown;
        this.args = operands.concat(unknown);
        if (operands && this._findCommand(operands[0])) {
          return this._dispatchSubcommand(operands[0], operands.slice(1), unknown);
        }
        if (this._getHelpCommand() && operands[0] === this._getHelpCommand().name()) {
          return this._dispatchHelpCommand(operands[1]);
        }
        if (this._defaultCommandName) {
          this._outputHelpIfRequested(unknown);
          return this._dispatchSubcommand(
            this._defaultCommandName,
            operands,
            unknown
          );
        }
        if (this.commands.length && this.args.length === 0 && !this._actionHandler && !this._defaultCommandName) {
          this.help({ error: true });
        }
        this._outputHelpIfRequested(parsed.unknown);
        this._checkForMissingMandatoryOptions();
        this._checkForConflictingOptions();
        const checkForUnknownOptions = () => {
          if (parsed.unknown.length > 0) {
            this.unknownOption(parsed.unknown[0]);
          }
        };
        const commandEvent = `command:${this.name()}`;
        if (this._actionHandler) {
          checkForUnknownOptions();
          this._processArguments();
          let promiseChain;
          promiseChain = this._chainOrCallHooks(promiseChain, "preAction");
          promiseChain = this._chainOrCall(
            promiseChain,
            () => this._actionHandler(this.processedArgs)
          );
          if (this.parent) {
            promiseChain = this._chainOrCall(promiseChain, () => {
              this.parent.emit(commandEvent, operands, unknown);
            });
          }
          promiseChain = this._chainOrCallHooks(promiseChain, "postAction");
          return promiseChain;
        }
        if (this.parent && this.parent.listenerCount(commandEvent)) {
          checkForUnknownOptions();
          this._processArguments();
          this.parent.emit(commandEvent, operands, unknown);
        } else if (operands.length) {
          if (this._findCommand("*")) {
            return this._dispatchSubcommand("*", operands, unknown);
          }
          if (this.listenerCount("command:*")) {
            this.emit("command:*", operands, unknown);
          } else if (this.commands.length) {
            this.unknownCommand();
          } else {
            checkForUnknownOptions();
            this._processArguments();
          }
        } else if (this.commands.length) {
          checkForUnknownOptions();
          this.help({ error: true });
        } else {
          checkForUnknownOptions();
          this._processArguments();
        }
      }
      /**
       * Find matching command.
       *
       * @private
       * @return {Command | undefined}
       */
      _findCommand(name) {
        if (!name) return void 0;
        return this.commands.find(
          (cmd) => cmd._name === name || cmd._aliases.includes(name)
        );
      }
      /**
       * Return an option matching `arg` if any.
       *
       * @param {string} arg
       * @return {Option}
       * @package
       */
      _findOption(arg) {
        return this.options.find((option) => option.is(arg));
      }
      /**
       * Display an error message if a mandatory option does not have a value.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForMissingMandatoryOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd.options.forEach((anOption) => {
            if (anOption.mandatory && cmd.getOptionValue(anOption.attributeName()) === void 0) {
              cmd.missingMandatoryOptionValue(anOption);
            }
          });
        });
      }
      /**
       * Display an error message if conflicting options are used together in this.
       *
       * @private
       */
      _checkForConflictingLocalOptions() {
        const definedNonDefaultOptions = this.options.filter((option) => {
          const optionKey = option.attributeName();
          if (this.getOptionValue(optionKey) === void 0) {
            return false;
          }
          return this.getOptionValueSource(optionKey) !== "default";
        });
        const optionsWithConflicting = definedNonDefaultOptions.filter(
          (option) => option.conflictsWith.length > 0
        );
        optionsWithConflicting.forEach((option) => {
          const conflictingAndDefined = definedNonDefaultOptions.find(
            (defined) => option.conflictsWith.includes(defined.attributeName())
          );
          if (conflictingAndDefined) {
            this._conflictingOption(option, conflictingAndDefined);
          }
        });
      }
      /**
       * Display an error message if conflicting options are used together.
       * Called after checking for help flags in leaf subcommand.
       *
       * @private
       */
      _checkForConflictingOptions() {
        this._getCommandAndAncestors().forEach((cmd) => {
          cmd._checkForConflictingLocalOptions();
        });
      }
      /**
       * Parse options from `argv` removing known options,
       * and return argv split into operands and unknown arguments.
       *
       * Side effects: modifies command by storing options. Does not reset state if called again.
       *
       * Examples:
       *
       *     argv => operands, unknown
       *     --known kkk op => [op], []
       *     op --known kkk => [op], []
       *     sub --unknown uuu op => [sub], [--unknown uuu op]
       *     sub -- --unknown uuu op => [sub --unknown uuu op], []
       *
       * @param {string[]} argv
       * @return {{operands: string[], unknown: string[]}}
       */
      parseOptions(argv) {
        const operands = [];
        const unknown = [];
        let dest = operands;
        const args = argv.slice();
        function maybeOption(arg) {
          return arg.length > 1 && arg[0] === "-";
        }
        let activeVariadicOption = null;
        while (args.length) {
          const arg = args.shift();
          if (arg === "--") {
            if (dest === unknown) dest.push(arg);
            dest.push(...args);
            break;
          }
          if (activeVariadicOption && !maybeOption(arg)) {
            this.emit(`option:${activeVariadicOption.name()}`, arg);
            continue;
          }
          activeVariadicOption = null;
          if (maybeOption(arg)) {
            const option = this._findOption(arg);
            if (option) {
              if (option.required) {
                const value = args.shift();
                if (value === void 0) this.optionMissingArgument(option);
                this.emit(`option:${option.name()}`, value);
              } else if (option.optional) {
                let value = null;
                if (args.length > 0 && !maybeOption(args[0])) {
                  value = args.shift();
                }
                this.emit(`option:${option.name()}`, value);
              } else {
                this.emit(`option:${option.name()}`);
              }
              activeVariadicOption = option.variadic ? option : null;
              continue;
            }
          }
          if (arg.length > 2 && arg[0] === "-" && arg[1] !== "-") {
            const option = this._findOption(`-${arg[1]}`);
            if (option) {
              if (option.required || option.optional && this._combineFlagAndOptionalValue) {
                this.emit(`option:${option.name()}`, arg.slice(2));
              } else {
                this.emit(`option:${option.name()}`);
                args.unshift(`-${arg.slice(2)}`);
              }
              continue;
            }
          }
          if (/^--[^=]+=/.test(arg)) {
            const index = arg.indexOf("=");
            const option = this._findOption(arg.slice(0, index));
            if (option && (option.required || option.optional)) {
              this.emit(`option:${option.name()}`, arg.slice(index + 1));
              continue;
            }
          }
          if (maybeOption(arg)) {
            dest = unknown;
          }
          if ((this._enablePositionalOptions || this._passThroughOptions) && operands.length === 0 && unknown.length === 0) {
            if (this._findCommand(arg)) {
              operands.push(arg);
              if (args.length > 0) unknown.push(...args);
              break;
            } else if (this._getHelpCommand() && arg === this._getHelpCommand().name()) {
              operands.push(arg);
              if (args.length > 0) operands.push(...args);
              break;
            } else if (this._defaultCommandName) {
              unknown.push(arg);
              if (args.length > 0) unknown.push(...args);
              break;
            }
          }
          if (this._passThroughOptions) {
            dest.push(arg);
            if (args.length > 0) dest.push(...args);
            break;
          }
          dest.push(arg);
        }
        return { operands, unknown };
      }
      /**
       * Return an object containing local option values as key-value pairs.
       *
       * @return {object}
       */
      opts() {
        if (this._storeOptionsAsProperties) {
          const result = {};
          const len = this.options.length;
          for (let i = 0; i < len; i++) {
            const key = this.options[i].attributeName();
            result[key] = key === this._versionOptionName ? this._version : this[key];
          }
          return result;
        }
        return this._optionValues;
      }
      /**
       * Return an object containing merged local and global option values as key-value pairs.
       *
       * @return {object}
       */
      optsWithGlobals() {
        return this._getCommandAndAncestors().reduce(
          (combinedOptions, cmd) => Object.assign(combinedOptions, cmd.opts()),
          {}
        );
      }
      /**
       * Display error message and exit (or call exitOverride).
       *
       * @param {string} message
       * @param {object} [errorOptions]
       * @param {string} [errorOptions.code] - an id string representing the error
       * @param {number} [errorOptions.exitCode] - used with process.exit
       */
      error(message, errorOptions) {
        this._outputConfiguration.outputError(
          `${message}
`,
          this._outputConfiguration.writeErr
        );
        if (typeof this._showHelpAfterError === "string") {
          this._outputConfiguration.writeErr(`${this._showHelpAfterError}
`);
        } else if (this._showHelpAfterError) {
          this._outputConfiguration.writeErr("\n");
          this.outputHelp({ error: true });
        }
        const config = errorOptions || {};
        const exitCode = config.exitCode || 1;
        const code = config.code || "commander.error";
        this._exit(exitCode, code, message);
      }
      /**
       * Apply any option related environment variables, if option does
       * not have a value from cli or client code.
       *
       * @private
       */
      _parseOptionsEnv() {
        this.options.forEach((option) => {
          if (option.envVar && option.envVar in process2.env) {
            const optionKey = option.attributeName();
            if (this.getOptionValue(optionKey) === void 0 || ["default", "config", "env"].includes(
              this.getOptionValueSource(optionKey)
            )) {
              if (option.required || option.optional) {
                this.emit(`optionEnv:${option.name()}`, process2.env[option.envVar]);
              } else {
                this.emit(`optionEnv:${option.name()}`);
              }
            }
          }
        });
      }
      /**
       * Apply any implied option values, if option is undefined or default value.
       *
       * @private
       */
      _parseOptionsImplied() {
        const dualHelper = new DualOptions(this.options);
        const hasCustomOptionValue = (optionKey) => {
          return this.getOptionValue(optionKey) !== void 0 && !["default", "implied"].includes(this.getOptionValueSource(optionKey));
        };
        this.options.filter(
          (option) => option.implied !== void 0 && hasCustomOptionValue(option.attributeName()) && dualHelper.valueFromOption(
            this.getOptionValue(option.attributeName()),
            option
          )
        ).forEach((option) => {
          Object.keys(option.implied).filter((impliedKey) => !hasCustomOptionValue(impliedKey)).forEach((impliedKey) => {
            this.setOptionValueWithSource(
              impliedKey,
              option.implied[impliedKey],
              "implied"
            );
          });
        });
      }
      /**
       * Argument `name` is missing.
       *
       * @param {string} name
       * @private
       */
      missingArgument(name) {
        const message = `error: missing required argument '${name}'`;
        this.error(message, { code: "commander.missingArgument" });
      }
      /**
       * `Option` is missing an argument.
       *
       * @param {Option} option
       * @private
       */
      optionMissingArgument(option) {
        const message = `error: option '${option.flags}' argument missing`;
        this.error(message, { code: "commander.optionMissingArgument" });
      }
      /**
       * `Option` does not have a value, and is a mandatory option.
       *
       * @param {Option} option
       * @private
       */
      missingMandatoryOptionValue(option) {
        const message = `error: required option '${option.flags}' not specified`;
        this.error(message, { code: "commander.missingMandatoryOptionValue" });
      }
      /**
       * `Option` conflicts with another option.
       *
       * @param {Option} option
       * @param {Option} conflictingOption
       * @private
       */
      _conflictingOption(option, conflictingOption) {
        const findBestOptionFromValue = (option2) => {
          const optionKey = option2.attributeName();
          const optionValue = this.getOptionValue(optionKey);
          const negativeOption = this.options.find(
            (target) => target.negate && optionKey === target.attributeName()
          );
          const positiveOption = this.options.find(
            (target) => !target.negate && optionKey === target.attributeName()
          );
          if (negativeOption && (negativeOption.presetArg === void 0 && optionValue === false || negativeOption.presetArg !== void 0 && optionValue === negativeOption.presetArg)) {
            return negativeOption;
          }
          return positiveOption || option2;
        };
        const getErrorMessage = (option2) => {
          const bestOption = findBestOptionFromValue(option2);
          const optionKey = bestOption.attributeName();
          const source = this.getOptionValueSource(optionKey);
          if (source === "env") {
            return `environment variable '${bestOption.envVar}'`;
          }
          return `option '${bestOption.flags}'`;
        };
        const message = `error: ${getErrorMessage(option)} cannot be used with ${getErrorMessage(conflictingOption)}`;
        this.error(message, { code: "commander.conflictingOption" });
      }
      /**
       * Unknown option `flag`.
       *
       * @param {string} flag
       * @private
       */
      unknownOption(flag) {
        if (this._allowUnknownOption) return;
        let suggestion = "";
        if (flag.startsWith("--") && this._showSuggestionAfterError) {
          let candidateFlags = [];
          let command = this;
          do {
            const moreFlags = command.createHelp().visibleOptions(command).filter((option) => option.long).map((option) => option.long);
            candidateFlags = candidateFlags.concat(moreFlags);
            command = command.parent;
          } while (command && !command._enablePositionalOptions);
          suggestion = suggestSimilar(flag, candidateFlags);
        }
        const message = `error: unknown option '${flag}'${suggestion}`;
        this.error(message, { code: "commander.unknownOption" });
      }
      /**
       * Excess arguments, more than expected.
       *
       * @param {string[]} receivedArgs
       * @private
       */
      _excessArguments(receivedArgs) {
        if (this._allowExcessArguments) return;
        const expected = this.registeredArguments.length;
        const s = expected === 1 ? "" : "s";
        const forSubcommand = this.parent ? ` for '${this.name()}'` : "";
        const message = `error: too many arguments${forSubcommand}. Expected ${expected} argument${s} but got ${receivedArgs.length}.`;
        this.error(message, { code: "commander.excessArguments" });
      }
      /**
       * Unknown command.
       *
       * @private
       */
      unknownCommand() {
        const unknownName = this.args[0];
        let suggestion = "";
        if (this._showSuggestionAfterError) {
          const candidateNames = [];
          this.createHelp().visibleCommands(this).forEach((command) => {
            candidateNames.push(command.name());
            if (command.alias()) candidateNames.push(command.alias());
          });
          suggestion = suggestSimilar(unknownName, candidateNames);
        }
        const message = `error: unknown command '${unknownName}'${suggestion}`;
        this.error(message, { code: "commander.unknownCommand" });
      }
      /**
       * Get or set the program version.
       *
       * This method auto-registers the "-V, --version" option which will print the version number.
       *
       * You can optionally supply the flags and description to override the defaults.
       *
       * @param {string} [str]
       * @param {string} [flags]
       * @param {string} [description]
       * @return {(this | string | undefined)} `this` command for chaining, or version string if no arguments
       */
      version(str, flags, description) {
        if (str === void 0) return this._version;
        this._version = str;
        flags = flags || "-V, --version";
        description = description || "output the version number";
        const versionOption = this.createOption(flags, description);
        this._versionOptionName = versionOption.attributeName();
        this._registerOption(versionOption);
        this.on("option:" + versionOption.name(), () => {
          this._outputConfiguration.writeOut(`${str}
`);
          this._exit(0, "commander.version", str);
        });
        return this;
      }
      /**
       * Set the description.
       *
       * @param {string} [str]
       * @param {object} [argsDescription]
       * @return {(string|Command)}
       */
      description(str, argsDescription) {
        if (str === void 0 && argsDescription === void 0)
          return this._description;
        this._description = str;
        if (argsDescription) {
          this._argsDescription = argsDescription;
        }
        return this;
      }
      /**
       * Set the summary. Used when listed as subcommand of parent.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      summary(str) {
        if (str === void 0) return this._summary;
        this._summary = str;
        return this;
      }
      /**
       * Set an alias for the command.
       *
       * You may call more than once to add multiple aliases. Only the first alias is shown in the auto-generated help.
       *
       * @param {string} [alias]
       * @return {(string|Command)}
       */
      alias(alias) {
        if (alias === void 0) return this._aliases[0];
        let command = this;
        if (this.commands.length !== 0 && this.commands[this.commands.length - 1]._executableHandler) {
          command = this.commands[this.commands.length - 1];
        }
        if (alias === command._name)
          throw new Error("Command alias can't be the same as its name");
        const matchingCommand = this.parent?._findCommand(alias);
        if (matchingCommand) {
          const existingCmd = [matchingCommand.name()].concat(matchingCommand.aliases()).join("|");
          throw new Error(
            `cannot add alias '${alias}' to command '${this.name()}' as already have command '${existingCmd}'`
          );
        }
        command._aliases.push(alias);
        return this;
      }
      /**
       * Set aliases for the command.
       *
       * Only the first alias is shown in the auto-generated help.
       *
       * @param {string[]} [aliases]
       * @return {(string[]|Command)}
       */
      aliases(aliases) {
        if (aliases === void 0) return this._aliases;
        aliases.forEach((alias) => this.alias(alias));
        return this;
      }
      /**
       * Set / get the command usage `str`.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      usage(str) {
        if (str === void 0) {
          if (this._usage) return this._usage;
          const args = this.registeredArguments.map((arg) => {
            return humanReadableArgName(arg);
          });
          return [].concat(
            this.options.length || this._helpOption !== null ? "[options]" : [],
            this.commands.length ? "[command]" : [],
            this.registeredArguments.length ? args : []
          ).join(" ");
        }
        this._usage = str;
        return this;
      }
      /**
       * Get or set the name of the command.
       *
       * @param {string} [str]
       * @return {(string|Command)}
       */
      name(str) {
        if (str === void 0) return this._name;
        this._name = str;
        return this;
      }
      /**
       * Set the name of the command from script filename, such as process.argv[1],
       * or require.main.filename, or __filename.
       *
       * (Used internally and public although not documented in README.)
       *
       * @example
       * program.nameFromFilename(require.main.filename);
       *
       * @param {string} filename
       * @return {Command}
       */
      nameFromFilename(filename) {
        this._name = path16.basename(filename, path16.extname(filename));
        return this;
      }
      /**
       * Get or set the directory for searching for executable subcommands of this command.
       *
       * @example
       * program.executableDir(__dirname);
       * // or
       * program.executableDir('subcommands');
       *
       * @param {string} [path]
       * @return {(string|null|Command)}
       */
      executableDir(path17) {
        if (path17 === void 0) return this._executableDir;
        this._executableDir = path17;
        return this;
      }
      /**
       * Return program help documentation.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to wrap for stderr instead of stdout
       * @return {string}
       */
      helpInformation(contextOptions) {
        const helper = this.createHelp();
        const context = this._getOutputContext(contextOptions);
        helper.prepareContext({
          error: context.error,
          helpWidth: context.helpWidth,
          outputHasColors: context.hasColors
        });
        const text = helper.formatHelp(this, helper);
        if (context.hasColors) return text;
        return this._outputConfiguration.stripColor(text);
      }
      /**
       * @typedef HelpContext
       * @type {object}
       * @property {boolean} error
       * @property {number} helpWidth
       * @property {boolean} hasColors
       * @property {function} write - includes stripColor if needed
       *
       * @returns {HelpContext}
       * @private
       */
      _getOutputContext(contextOptions) {
        contextOptions = contextOptions || {};
        const error = !!contextOptions.error;
        let baseWrite;
        let hasColors;
        let helpWidth;
        if (error) {
          baseWrite = (str) => this._outputConfiguration.writeErr(str);
          hasColors = this._outputConfiguration.getErrHasColors();
          helpWidth = this._outputConfiguration.getErrHelpWidth();
        } else {
          baseWrite = (str) => this._outputConfiguration.writeOut(str);
          hasColors = this._outputConfiguration.getOutHasColors();
          helpWidth = this._outputConfiguration.getOutHelpWidth();
        }
        const write = (str) => {
          if (!hasColors) str = this._outputConfiguration.stripColor(str);
          return baseWrite(str);
        };
        return { error, write, hasColors, helpWidth };
      }
      /**
       * Output help information for this command.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean } | Function} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      outputHelp(contextOptions) {
        let deprecatedCallback;
        if (typeof contextOptions === "function") {
          deprecatedCallback = contextOptions;
          contextOptions = void 0;
        }
        const outputContext = this._getOutputContext(contextOptions);
        const eventContext = {
          error: outputContext.error,
          write: outputContext.write,
          command: this
        };
        this._getCommandAndAncestors().reverse().forEach((command) => command.emit("beforeAllHelp", eventContext));
        this.emit("beforeHelp", eventContext);
        let helpInformation = this.helpInformation({ error: outputContext.error });
        if (deprecatedCallback) {
          helpInformation = deprecatedCallback(helpInformation);
          if (typeof helpInformation !== "string" && !Buffer.isBuffer(helpInformation)) {
            throw new Error("outputHelp callback must return a string or a Buffer");
          }
        }
        outputContext.write(helpInformation);
        if (this._getHelpOption()?.long) {
          this.emit(this._getHelpOption().long);
        }
        this.emit("afterHelp", eventContext);
        this._getCommandAndAncestors().forEach(
          (command) => command.emit("afterAllHelp", eventContext)
        );
      }
      /**
       * You can pass in flags and a description to customise the built-in help option.
       * Pass in false to disable the built-in help option.
       *
       * @example
       * program.helpOption('-?, --help' 'show help'); // customise
       * program.helpOption(false); // disable
       *
       * @param {(string | boolean)} flags
       * @param {string} [description]
       * @return {Command} `this` command for chaining
       */
      helpOption(flags, description) {
        if (typeof flags === "boolean") {
          if (flags) {
            this._helpOption = this._helpOption ?? void 0;
          } else {
            this._helpOption = null;
          }
          return this;
        }
        flags = flags ?? "-h, --help";
        description = description ?? "display help for command";
        this._helpOption = this.createOption(flags, description);
        return this;
      }
      /**
       * Lazy create help option.
       * Returns null if has been disabled with .helpOption(false).
       *
       * @returns {(Option | null)} the help option
       * @package
       */
      _getHelpOption() {
        if (this._helpOption === void 0) {
          this.helpOption(void 0, void 0);
        }
        return this._helpOption;
      }
      /**
       * Supply your own option to use for the built-in help option.
       * This is an alternative to using helpOption() to customise the flags and description etc.
       *
       * @param {Option} option
       * @return {Command} `this` command for chaining
       */
      addHelpOption(option) {
        this._helpOption = option;
        return this;
      }
      /**
       * Output help information and exit.
       *
       * Outputs built-in help, and custom text added using `.addHelpText()`.
       *
       * @param {{ error: boolean }} [contextOptions] - pass {error:true} to write to stderr instead of stdout
       */
      help(contextOptions) {
        this.outputHelp(contextOptions);
        let exitCode = Number(process2.exitCode ?? 0);
        if (exitCode === 0 && contextOptions && typeof contextOptions !== "function" && contextOptions.error) {
          exitCode = 1;
        }
        this._exit(exitCode, "commander.help", "(outputHelp)");
      }
      /**
       * // Do a little typing to coordinate emit and listener for the help text events.
       * @typedef HelpTextEventContext
       * @type {object}
       * @property {boolean} error
       * @property {Command} command
       * @property {function} write
       */
      /**
       * Add additional text to be displayed with the built-in help.
       *
       * Position is 'before' or 'after' to affect just this command,
       * and 'beforeAll' or 'afterAll' to affect this command and all its subcommands.
       *
       * @param {string} position - before or after built-in help
       * @param {(string | Function)} text - string to add, or a function returning a string
       * @return {Command} `this` command for chaining
       */
      addHelpText(position, text) {
        const allowedValues = ["beforeAll", "before", "after", "afterAll"];
        if (!allowedValues.includes(position)) {
          throw new Error(`Unexpected value for position to addHelpText.
Expecting one of '${allowedValues.join("', '")}'`);
        }
        const helpEvent = `${position}Help`;
        this.on(helpEvent, (context) => {
          let helpStr;
          if (typeof text === "function") {
            helpStr = text({ error: context.error, command: context.command });
          } else {
            helpStr = text;
          }
          if (helpStr) {
            context.write(`${helpStr}
`);
          }
        });
        return this;
      }
      /**
       * Output help information if help flags specified
       *
       * @param {Array} args - array of options to search for help flags
       * @private
       */
      _outputHelpIfRequested(args) {
        const helpOption = this._getHelpOption();
        const helpRequested = helpOption && args.find((arg) => helpOption.is(arg));
        if (helpRequested) {
          this.outputHelp();
          this._exit(0, "commander.helpDisplayed", "(outputHelp)");
        }
      }
    };
    function incrementNodeInspectorPort(args) {
      return args.map((arg) => {
        if (!arg.startsWith("--inspect")) {
          return arg;
        }
        let debugOption;
        let debugHost = "127.0.0.1";
        let debugPort = "9229";
        let match;
        if ((match = arg.match(/^(--inspect(-brk)?)$/)) !== null) {
          debugOption = match[1];
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+)$/)) !== null) {
          debugOption = match[1];
          if (/^\d+$/.test(match[3])) {
            debugPort = match[3];
          } else {
            debugHost = match[3];
          }
        } else if ((match = arg.match(/^(--inspect(-brk|-port)?)=([^:]+):(\d+)$/)) !== null) {
          debugOption = match[1];
          debugHost = match[3];
          debugPort = match[4];
        }
        if (debugOption && debugPort !== "0") {
          return `${debugOption}=${debugHost}:${parseInt(debugPort) + 1}`;
        }
        return arg;
      });
    }
    function useColor() {
      if (process2.env.NO_COLOR || process2.env.FORCE_COLOR === "0" || process2.env.FORCE_COLOR === "false")
        return false;
      if (process2.env.FORCE_COLOR || process2.env.CLICOLOR_FORCE !== void 0)
        return true;
      return void 0;
    }
    exports2.Command = Command2;
    exports2.useColor = useColor;
  }
});

// node_modules/commander/index.js
var require_commander = __commonJS({
  "node_modules/commander/index.js"(exports2) {
    var { Argument: Argument2 } = require_argument();
    var { Command: Command2 } = require_command();
    var { CommanderError: CommanderError2, InvalidArgumentError: InvalidArgumentError2 } = require_error();
    var { Help: Help2 } = require_help();
    var { Option: Option2 } = require_option();
    exports2.program = new Command2();
    exports2.createCommand = (name) => new Command2(name);
    exports2.createOption = (flags, description) => new Option2(flags, description);
    exports2.createArgument = (name, description) => new Argument2(name, description);
    exports2.Command = Command2;
    exports2.Option = Option2;
    exports2.Argument = Argument2;
    exports2.Help = Help2;
    exports2.CommanderError = CommanderError2;
    exports2.InvalidArgumentError = InvalidArgumentError2;
    exports2.InvalidOptionArgumentError = InvalidArgumentError2;
  }
});

// src/errors.ts
function describeCommand(command) {
  return command.startsWith("plugn:") ? `plugn trigger ${command.slice("plugn:".length)}` : `dokku ${command}`;
}
var ExitCode, UserError, HelpRequested, AppMissingError, DokkuCommandError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    ExitCode = {
      ok: 0,
      userError: 1,
      notImplemented: 10,
      appMissing: 20
    };
    UserError = class extends Error {
      constructor(message, exitCode = ExitCode.userError) {
        super(message);
        this.exitCode = exitCode;
        this.name = "UserError";
      }
    };
    HelpRequested = class extends Error {
      constructor(text) {
        super("help requested");
        this.text = text;
        this.name = "HelpRequested";
      }
    };
    AppMissingError = class extends UserError {
      constructor(app) {
        super(`App ${app} does not exist`, ExitCode.appMissing);
        this.app = app;
        this.name = "AppMissingError";
      }
    };
    DokkuCommandError = class extends UserError {
      constructor(command, dokkuExitCode, dokkuMessage2) {
        super(
          `${describeCommand(command)} failed (exit ${dokkuExitCode})${dokkuMessage2 ? `: ${dokkuMessage2}` : ""}`,
          dokkuExitCode === ExitCode.appMissing ? ExitCode.appMissing : ExitCode.userError
        );
        this.command = command;
        this.dokkuExitCode = dokkuExitCode;
        this.dokkuMessage = dokkuMessage2;
        this.name = "DokkuCommandError";
      }
    };
  }
});

// src/backup/id.ts
function isRev(value) {
  return REV_PATTERN.test(value);
}
function isServiceName(value) {
  return SERVICE_PATTERN.test(value) && !value.startsWith("-");
}
function normalizeRev(rev) {
  const trimmed = (rev ?? "").trim().toLowerCase();
  return REV_PATTERN.test(trimmed) ? trimmed : "none";
}
function shortRev(rev) {
  return rev === "none" ? "none" : rev.slice(0, 7);
}
function compactUtc(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/[-:]/g, "");
}
function backupId(date, rev) {
  return `${compactUtc(date)}-${shortRev(normalizeRev(rev))}`;
}
function isBackupId(value) {
  return ID_PATTERN.test(value);
}
function newestFirst(records) {
  return [...records].sort(
    (a, b) => a.created_at === b.created_at ? b.id.localeCompare(a.id) : b.created_at.localeCompare(a.created_at)
  );
}
function planRetention(records, keep, protect = []) {
  if (keep <= 0) return [];
  const ordered = newestFirst(records);
  const protectedIds = new Set(protect);
  if (ordered[0]) protectedIds.add(ordered[0].id);
  const seenReasons = /* @__PURE__ */ new Set();
  for (const record of ordered) {
    if (seenReasons.has(record.reason)) continue;
    seenReasons.add(record.reason);
    protectedIds.add(record.id);
  }
  const doomed = [];
  let remaining = ordered.length;
  for (const record of ordered.reverse()) {
    if (remaining <= keep) break;
    if (protectedIds.has(record.id)) continue;
    doomed.push(record);
    remaining--;
  }
  return doomed;
}
function requiredFreeBytes(lastBackupSize) {
  return Math.ceil((lastBackupSize ?? 0) * 1.2) + 64 * 1024 * 1024;
}
function formatBytes(bytes) {
  let value = bytes;
  let unit = 0;
  while (value >= 1e3 && unit < UNITS.length - 1) {
    value /= 1e3;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}
function progressLine(bytes, elapsedMs) {
  const rate = elapsedMs > 0 ? bytes * 1e3 / elapsedMs : 0;
  return `${formatBytes(bytes)} written (${formatBytes(Math.round(rate))}/s)`;
}
var ID_PATTERN, REV_PATTERN, SERVICE_PATTERN, UNITS;
var init_id = __esm({
  "src/backup/id.ts"() {
    "use strict";
    ID_PATTERN = /^(\d{8}T\d{6}Z)-([0-9a-f]{7}|none)$/;
    REV_PATTERN = /^[0-9a-f]{7,64}$/;
    SERVICE_PATTERN = /^[A-Za-z0-9_-]+$/;
    UNITS = ["B", "KB", "MB", "GB", "TB"];
  }
});

// pegasus-lazy-builtin:node:fs/promises
var require_promises = __commonJS({
  "pegasus-lazy-builtin:node:fs/promises"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "access": { enumerable: true, get: () => require("node:fs/promises")["access"] },
      "appendFile": { enumerable: true, get: () => require("node:fs/promises")["appendFile"] },
      "chmod": { enumerable: true, get: () => require("node:fs/promises")["chmod"] },
      "chown": { enumerable: true, get: () => require("node:fs/promises")["chown"] },
      "constants": { enumerable: true, get: () => require("node:fs/promises")["constants"] },
      "copyFile": { enumerable: true, get: () => require("node:fs/promises")["copyFile"] },
      "cp": { enumerable: true, get: () => require("node:fs/promises")["cp"] },
      "lchmod": { enumerable: true, get: () => require("node:fs/promises")["lchmod"] },
      "lchown": { enumerable: true, get: () => require("node:fs/promises")["lchown"] },
      "link": { enumerable: true, get: () => require("node:fs/promises")["link"] },
      "lstat": { enumerable: true, get: () => require("node:fs/promises")["lstat"] },
      "lutimes": { enumerable: true, get: () => require("node:fs/promises")["lutimes"] },
      "mkdir": { enumerable: true, get: () => require("node:fs/promises")["mkdir"] },
      "mkdtemp": { enumerable: true, get: () => require("node:fs/promises")["mkdtemp"] },
      "open": { enumerable: true, get: () => require("node:fs/promises")["open"] },
      "opendir": { enumerable: true, get: () => require("node:fs/promises")["opendir"] },
      "readFile": { enumerable: true, get: () => require("node:fs/promises")["readFile"] },
      "readdir": { enumerable: true, get: () => require("node:fs/promises")["readdir"] },
      "readlink": { enumerable: true, get: () => require("node:fs/promises")["readlink"] },
      "realpath": { enumerable: true, get: () => require("node:fs/promises")["realpath"] },
      "rename": { enumerable: true, get: () => require("node:fs/promises")["rename"] },
      "rm": { enumerable: true, get: () => require("node:fs/promises")["rm"] },
      "rmdir": { enumerable: true, get: () => require("node:fs/promises")["rmdir"] },
      "stat": { enumerable: true, get: () => require("node:fs/promises")["stat"] },
      "statfs": { enumerable: true, get: () => require("node:fs/promises")["statfs"] },
      "symlink": { enumerable: true, get: () => require("node:fs/promises")["symlink"] },
      "truncate": { enumerable: true, get: () => require("node:fs/promises")["truncate"] },
      "unlink": { enumerable: true, get: () => require("node:fs/promises")["unlink"] },
      "utimes": { enumerable: true, get: () => require("node:fs/promises")["utimes"] },
      "watch": { enumerable: true, get: () => require("node:fs/promises")["watch"] },
      "writeFile": { enumerable: true, get: () => require("node:fs/promises")["writeFile"] }
    });
  }
});

// src/backup/pg-archive.ts
function version(major, minor, rev) {
  return (major * 256 + minor) * 256 + rev;
}
async function verifyArchive(reader, options = {}) {
  const cursor = new Cursor(reader, options.windowSize ?? 1 << 20);
  const magic = await cursor.bytes(5, "the file header");
  if (Buffer.from(magic).toString("latin1") !== "PGDMP") {
    throw new ArchiveError("not a PostgreSQL custom-format archive (no PGDMP header)", 0);
  }
  const major = await cursor.byte("the archive version");
  const minor = await cursor.byte("the archive version");
  const rev = major > 1 || major === 1 && minor > 0 ? await cursor.byte("the archive version") : 0;
  const archiveVersion = version(major, minor, rev);
  if (archiveVersion < MIN_VERSION || archiveVersion > MAX_VERSION) {
    throw new ArchiveError(
      `archive format ${major}.${minor} is not supported (pg_dump 9.0 to 18 write 1.12 to 1.16)`,
      5
    );
  }
  const intSize = await cursor.byte("the header");
  if (intSize < 1 || intSize > 8) throw new ArchiveError(`implausible integer size ${intSize} in the header`, cursor.position - 1);
  const offSize = archiveVersion >= K_VERS_1_7 ? await cursor.byte("the header") : intSize;
  if (offSize < 1 || offSize > 8) throw new ArchiveError(`implausible offset size ${offSize} in the header`, cursor.position - 1);
  cursor.intSize = intSize;
  const format = await cursor.byte("the header");
  if (format !== ARCH_CUSTOM) {
    throw new ArchiveError(`archive format ${format} is not the custom format (pg_dump -Fc)`, cursor.position - 1);
  }
  let compression;
  if (archiveVersion >= K_VERS_1_15) {
    const algorithm = await cursor.byte("the header");
    const known = COMPRESSION[algorithm];
    if (!known) throw new ArchiveError(`unknown compression algorithm ${algorithm}`, cursor.position - 1);
    compression = known;
  } else {
    compression = await cursor.int("the header") !== 0 ? "gzip" : "none";
  }
  if (archiveVersion >= K_VERS_1_4) {
    for (let field = 0; field < 7; field++) await cursor.int("the creation date");
  }
  const database = archiveVersion >= K_VERS_1_4 ? await cursor.string("the header") ?? "" : "";
  let serverVersion = "";
  let dumpVersion = "";
  if (archiveVersion >= K_VERS_1_10) {
    serverVersion = await cursor.string("the header") ?? "";
    dumpVersion = await cursor.string("the header") ?? "";
  }
  const tocEntries = await cursor.int("the table of contents");
  if (tocEntries < 0) throw new ArchiveError(`negative TOC entry count ${tocEntries}`, cursor.position);
  const withData = /* @__PURE__ */ new Map();
  for (let index = 0; index < tocEntries; index++) {
    const where = `TOC entry ${index + 1} of ${tocEntries}`;
    const start = cursor.position;
    const dumpId = await cursor.int(where);
    if (dumpId <= 0) throw new ArchiveError(`${where} has dump id ${dumpId}: the table of contents is corrupt`, start);
    await cursor.int(where);
    if (archiveVersion >= K_VERS_1_8) await cursor.skipString(where);
    await cursor.skipString(where);
    const tag = await cursor.string(where) ?? "";
    const desc = await cursor.string(where) ?? "";
    if (archiveVersion >= K_VERS_1_11) await cursor.int(where);
    await cursor.skipString(where);
    await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_3) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_6) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_10) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_14) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_16) await cursor.int(where);
    await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_9) await cursor.skipString(where);
    if (archiveVersion >= K_VERS_1_5) {
      while (await cursor.skipString(where)) {
      }
    }
    const flagAt = cursor.position;
    const flag = await cursor.byte(where);
    let offset = 0;
    for (let byte = 0; byte < offSize; byte++) offset += await cursor.byte(where) * 2 ** (8 * byte);
    if (flag !== K_OFFSET_POS_NOT_SET && flag !== K_OFFSET_POS_SET && flag !== K_OFFSET_NO_DATA) {
      throw new ArchiveError(`${where} has an unknown data offset flag ${flag}`, flagAt);
    }
    if (flag === K_OFFSET_NO_DATA) continue;
    if (withData.has(dumpId)) throw new ArchiveError(`${where} repeats dump id ${dumpId}`, start);
    withData.set(dumpId, {
      label: `${desc} ${tag}`.trim() + ` (dump id ${dumpId})`,
      offset: flag === K_OFFSET_POS_SET ? offset : void 0,
      found: false
    });
  }
  let dataBlocks = 0;
  let largeObjects = 0;
  while (!cursor.atEnd()) {
    const blockAt = cursor.position;
    const type = await cursor.byte("a data block header");
    const id = await cursor.int("a data block header");
    const entry = withData.get(id);
    if (!entry) throw new ArchiveError(`data block for dump id ${id}, which has no data in the table of contents`, blockAt);
    if (entry.found) throw new ArchiveError(`a second data block for ${entry.label}`, blockAt);
    if (entry.offset !== void 0 && entry.offset !== blockAt) {
      throw new ArchiveError(`the data of ${entry.label} is at byte ${blockAt}, the table of contents says ${entry.offset}`, blockAt);
    }
    if (type === BLK_DATA) {
      await cursor.skipChunks(`the data of ${entry.label}`);
    } else if (type === BLK_BLOBS) {
      for (; ; ) {
        const oid = await cursor.int(`the large objects of ${entry.label}`);
        if (oid === 0) break;
        await cursor.skipChunks(`large object ${oid >>> 0} of ${entry.label}`);
        largeObjects++;
      }
    } else {
      throw new ArchiveError(`unknown data block type ${type} for ${entry.label}`, blockAt);
    }
    entry.found = true;
    dataBlocks++;
  }
  for (const entry of withData.values()) {
    if (!entry.found) {
      throw new ArchiveError(`the archive ends before the data of ${entry.label}`, cursor.position);
    }
  }
  return {
    archiveVersion: `${major}.${minor}`,
    serverVersion: /^\d+(?:\.\d+)*/.exec(serverVersion)?.[0] ?? serverVersion,
    serverVersionString: serverVersion,
    dumpVersion,
    database,
    compression,
    intSize,
    offSize,
    tocEntries,
    dataBlocks,
    largeObjects,
    size: reader.size
  };
}
var ArchiveError, MIN_VERSION, MAX_VERSION, K_VERS_1_3, K_VERS_1_4, K_VERS_1_5, K_VERS_1_6, K_VERS_1_7, K_VERS_1_8, K_VERS_1_9, K_VERS_1_10, K_VERS_1_11, K_VERS_1_14, K_VERS_1_15, K_VERS_1_16, ARCH_CUSTOM, K_OFFSET_POS_NOT_SET, K_OFFSET_POS_SET, K_OFFSET_NO_DATA, BLK_DATA, BLK_BLOBS, COMPRESSION, Cursor;
var init_pg_archive = __esm({
  "src/backup/pg-archive.ts"() {
    "use strict";
    ArchiveError = class extends Error {
      constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = "ArchiveError";
      }
    };
    MIN_VERSION = version(1, 12, 0);
    MAX_VERSION = version(1, 16, 255);
    K_VERS_1_3 = version(1, 3, 0);
    K_VERS_1_4 = version(1, 4, 0);
    K_VERS_1_5 = version(1, 5, 0);
    K_VERS_1_6 = version(1, 6, 0);
    K_VERS_1_7 = version(1, 7, 0);
    K_VERS_1_8 = version(1, 8, 0);
    K_VERS_1_9 = version(1, 9, 0);
    K_VERS_1_10 = version(1, 10, 0);
    K_VERS_1_11 = version(1, 11, 0);
    K_VERS_1_14 = version(1, 14, 0);
    K_VERS_1_15 = version(1, 15, 0);
    K_VERS_1_16 = version(1, 16, 0);
    ARCH_CUSTOM = 1;
    K_OFFSET_POS_NOT_SET = 1;
    K_OFFSET_POS_SET = 2;
    K_OFFSET_NO_DATA = 3;
    BLK_DATA = 1;
    BLK_BLOBS = 3;
    COMPRESSION = { 0: "none", 1: "gzip", 2: "lz4", 3: "zstd" };
    Cursor = class {
      constructor(reader, windowSize) {
        this.reader = reader;
        this.windowSize = windowSize;
      }
      position = 0;
      intSize = 4;
      window = new Uint8Array(0);
      windowStart = 0;
      atEnd() {
        return this.position >= this.reader.size;
      }
      truncated(what) {
        return new ArchiveError(`the archive ends at byte ${this.reader.size}, inside ${what}`, this.reader.size);
      }
      /** Makes `length` bytes from the current position available in the window. */
      async fill(length, what) {
        const offset = this.position - this.windowStart;
        if (offset >= 0 && offset + length <= this.window.length) return;
        if (this.position + length > this.reader.size) throw this.truncated(what);
        const want = Math.max(length, Math.min(this.windowSize, this.reader.size - this.position));
        this.window = await this.reader.read(this.position, want);
        this.windowStart = this.position;
        if (this.window.length < length) throw this.truncated(what);
      }
      async byte(what) {
        await this.fill(1, what);
        const value = this.window[this.position - this.windowStart];
        this.position += 1;
        return value;
      }
      async bytes(length, what) {
        await this.fill(length, what);
        const start = this.position - this.windowStart;
        this.position += length;
        return this.window.subarray(start, start + length);
      }
      skip(length, what) {
        if (this.position + length > this.reader.size) {
          this.position = this.reader.size;
          throw this.truncated(what);
        }
        this.position += length;
      }
      /** ReadInt: a sign byte, then `intSize` bytes, least significant first. */
      async int(what) {
        const bytes = await this.bytes(1 + this.intSize, what);
        let value = 0;
        for (let index = 1; index < bytes.length; index++) value += bytes[index] * 2 ** (8 * (index - 1));
        if (!Number.isSafeInteger(value)) throw new ArchiveError(`an integer too large in ${what}`, this.position - bytes.length);
        return bytes[0] ? -value : value;
      }
      /** ReadStr: a length (negative for NULL), then that many bytes. Returns null for NULL. */
      async string(what) {
        const length = await this.int(what);
        if (length < 0) return null;
        if (length > this.windowSize) {
          this.skip(length, what);
          return "";
        }
        return Buffer.from(await this.bytes(length, what)).toString("utf8");
      }
      /** Like `string` without keeping it; returns false for NULL. */
      async skipString(what) {
        const length = await this.int(what);
        if (length < 0) return false;
        this.skip(length, what);
        return true;
      }
      /** A block's chunks: `length, bytes` repeated, closed by a zero length. */
      async skipChunks(what) {
        for (; ; ) {
          const at = this.position;
          const length = await this.int(what);
          if (length === 0) return;
          if (length < 0) throw new ArchiveError(`negative chunk length ${length} in ${what}`, at);
          this.skip(length, what);
        }
      }
    };
  }
});

// pegasus-lazy-builtin:node:os
var require_node_os = __commonJS({
  "pegasus-lazy-builtin:node:os"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "EOL": { enumerable: true, get: () => require("node:os")["EOL"] },
      "arch": { enumerable: true, get: () => require("node:os")["arch"] },
      "availableParallelism": { enumerable: true, get: () => require("node:os")["availableParallelism"] },
      "constants": { enumerable: true, get: () => require("node:os")["constants"] },
      "cpus": { enumerable: true, get: () => require("node:os")["cpus"] },
      "devNull": { enumerable: true, get: () => require("node:os")["devNull"] },
      "endianness": { enumerable: true, get: () => require("node:os")["endianness"] },
      "freemem": { enumerable: true, get: () => require("node:os")["freemem"] },
      "getPriority": { enumerable: true, get: () => require("node:os")["getPriority"] },
      "homedir": { enumerable: true, get: () => require("node:os")["homedir"] },
      "hostname": { enumerable: true, get: () => require("node:os")["hostname"] },
      "loadavg": { enumerable: true, get: () => require("node:os")["loadavg"] },
      "machine": { enumerable: true, get: () => require("node:os")["machine"] },
      "networkInterfaces": { enumerable: true, get: () => require("node:os")["networkInterfaces"] },
      "platform": { enumerable: true, get: () => require("node:os")["platform"] },
      "release": { enumerable: true, get: () => require("node:os")["release"] },
      "setPriority": { enumerable: true, get: () => require("node:os")["setPriority"] },
      "tmpdir": { enumerable: true, get: () => require("node:os")["tmpdir"] },
      "totalmem": { enumerable: true, get: () => require("node:os")["totalmem"] },
      "type": { enumerable: true, get: () => require("node:os")["type"] },
      "uptime": { enumerable: true, get: () => require("node:os")["uptime"] },
      "userInfo": { enumerable: true, get: () => require("node:os")["userInfo"] },
      "version": { enumerable: true, get: () => require("node:os")["version"] }
    });
  }
});

// src/io/disk-full.ts
function isDiskFull(error) {
  const code = error?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}
async function freeBytes(dir, probe = import_promises.statfs) {
  for (let current = dir; ; current = import_node_path.default.dirname(current)) {
    try {
      const stats = await probe(current);
      return Number(stats.bavail) * Number(stats.bsize);
    } catch {
      if (import_node_path.default.dirname(current) === current) return void 0;
    }
  }
}
async function diskFullError(error, where) {
  const free = await freeBytes(where.dir);
  const quota = error.code === "EDQUOT";
  const freeText = free === void 0 ? "free space unknown" : `${formatBytes(free)} free`;
  const needed = `${formatBytes(where.needed)} needed${where.neededBasis ? ` (${where.neededBasis})` : ""}`;
  return new UserError(
    [
      quota ? `The disk quota of the dokku user is used up: writing ${where.what} to ${where.dir} failed (EDQUOT). ${needed}.` : `No space left on the disk holding ${where.dir}: writing ${where.what} failed (ENOSPC). ${freeText} there, ${needed}.`,
      `${where.left ?? "Nothing half-written was kept."} Free space on that filesystem${quota ? " or raise the quota" : ""} (${quota ? "`quota -u dokku`" : `\`df -h ${where.dir}\``} shows it; \`dokku cleanup\` removes unused containers and images)${where.advice ? `, ${where.advice}` : ""}, then run this again.`
    ].join("\n")
  );
}
async function explainDiskFull(where, write) {
  try {
    return await write();
  } catch (error) {
    if (isDiskFull(error)) throw await diskFullError(error, where);
    throw error;
  }
}
function smallFileNeeds(content) {
  const bytes = typeof content === "string" ? Buffer.byteLength(content) : content.length;
  return (Math.ceil(bytes / 4096) + 1) * 4096;
}
var import_promises, import_node_path;
var init_disk_full = __esm({
  "src/io/disk-full.ts"() {
    "use strict";
    import_promises = __toESM(require_promises(), 1);
    import_node_path = __toESM(require("node:path"), 1);
    init_id();
    init_errors();
  }
});

// src/io/processes.ts
function processIsAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === "EPERM";
  }
  return !isZombie(pid);
}
function isZombie(pid) {
  const stat5 = readProc(`/proc/${pid}/stat`);
  return stat5 !== void 0 && stat5.slice(stat5.lastIndexOf(")") + 2).startsWith("Z");
}
function processStartTicks(pid) {
  const stat5 = readProc(`/proc/${pid}/stat`);
  if (!stat5) return void 0;
  const afterName = stat5.slice(stat5.lastIndexOf(")") + 2).split(" ");
  const ticks = afterName[22 - 3];
  return ticks && /^\d+$/.test(ticks) ? ticks : void 0;
}
function readProc(file2) {
  try {
    return (0, import_node_fs.readFileSync)(file2, "utf8");
  } catch {
    return void 0;
  }
}
var import_node_fs;
var init_processes = __esm({
  "src/io/processes.ts"() {
    "use strict";
    import_node_fs = require("node:fs");
  }
});

// src/io/temporary-files.ts
function temporaryName(file2) {
  return import_node_path2.default.join(import_node_path2.default.dirname(file2), `.${import_node_path2.default.basename(file2)}.${process.pid}.tmp`);
}
async function removeDeadTemporaries(file2, isAlive = processIsAlive) {
  const dir = import_node_path2.default.dirname(file2);
  const prefix = `.${import_node_path2.default.basename(file2)}.`;
  let names;
  try {
    names = await (0, import_promises2.readdir)(dir);
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = name.slice(prefix.length, -".tmp".length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    await (0, import_promises2.rm)(import_node_path2.default.join(dir, name), { force: true });
    removed.push(import_node_path2.default.join(dir, name));
  }
  return removed;
}
var import_promises2, import_node_path2;
var init_temporary_files = __esm({
  "src/io/temporary-files.ts"() {
    "use strict";
    import_promises2 = __toESM(require_promises(), 1);
    import_node_path2 = __toESM(require("node:path"), 1);
    init_processes();
  }
});

// src/io/properties.ts
function isMissing(error) {
  return error?.code === "ENOENT";
}
function unreadableProperty(file2, error, app, key) {
  const whose = app === GLOBAL ? "the global pegasus property" : `the pegasus property ${key} of ${app}`;
  return unreadableState(
    file2,
    error,
    app === GLOBAL ? `${whose} ${key}` : whose,
    `Remove it with \`rm -r ${file2}\`, then set it again if it is needed`
  );
}
function unreadableState(file2, error, what, remedy, verb = "read") {
  const code = error?.code;
  const reason = code === "EISDIR" ? "it is a directory" : code === "ENOTDIR" ? "a part of its path is not a directory" : code === "EEXIST" ? "it or a part of its path is a file, not a directory" : code === "EACCES" || code === "EPERM" ? "permission denied (it should belong to the dokku user)" : code === "ELOOP" ? "it is a loop of symbolic links" : code === "ENOTREG" ? "it is not a regular file" : `${code ?? "error"}: ${error instanceof Error ? error.message : String(error)}`;
  return new UserError(`Cannot ${verb} ${what} (${file2}): ${reason}. ${remedy}`);
}
var import_promises3, import_node_path3, GLOBAL, PropertyStore;
var init_properties = __esm({
  "src/io/properties.ts"() {
    "use strict";
    import_promises3 = __toESM(require_promises(), 1);
    import_node_path3 = __toESM(require("node:path"), 1);
    init_errors();
    init_disk_full();
    init_temporary_files();
    GLOBAL = "--global";
    PropertyStore = class {
      constructor(root) {
        this.root = root;
      }
      file(app, key) {
        return import_node_path3.default.join(this.root, app, key);
      }
      async get(app, key) {
        const file2 = this.file(app, key);
        try {
          return await (0, import_promises3.readFile)(file2, "utf8");
        } catch (error) {
          if (isMissing(error)) return void 0;
          throw unreadableProperty(file2, error, app, key);
        }
      }
      async set(app, key, value) {
        const dir = import_node_path3.default.join(this.root, app);
        const temporary = temporaryName(this.file(app, key));
        try {
          await explainDiskFull({ dir, what: `the pegasus property ${key}`, needed: smallFileNeeds(value) }, async () => {
            await (0, import_promises3.mkdir)(dir, { recursive: true, mode: 493 });
            await removeDeadTemporaries(this.file(app, key));
            await (0, import_promises3.writeFile)(temporary, value, { mode: 384 });
            await (0, import_promises3.rename)(temporary, this.file(app, key));
          });
        } catch (error) {
          await (0, import_promises3.rm)(temporary, { force: true }).catch(() => void 0);
          if (error instanceof UserError || !error.code) throw error;
          const file2 = this.file(app, key);
          throw unreadableState(file2, error, `the pegasus property ${key} of ${app}`, `Remove what is there with \`rm -r ${file2}\` and run this again`, "write");
        }
      }
      async delete(app, key) {
        await (0, import_promises3.rm)(this.file(app, key), { force: true });
      }
      async all(app) {
        let names;
        const dir = import_node_path3.default.join(this.root, app);
        try {
          names = await (0, import_promises3.readdir)(dir);
        } catch (error) {
          if (isMissing(error)) return {};
          throw unreadableState(dir, error, `the pegasus properties of ${app}`, `Check its owner and mode: \`ls -ld ${dir}\``);
        }
        const values = {};
        for (const name of names.filter((n) => !n.startsWith(".")).sort()) {
          const value = await this.get(app, name);
          if (value !== void 0) values[name] = value;
        }
        return values;
      }
      /** Copies every property of `from` to `to` but the keys in `except` (apps:clone, apps:rename). */
      async clone(from, to, except = []) {
        const source = import_node_path3.default.join(this.root, from);
        try {
          await (0, import_promises3.cp)(source, import_node_path3.default.join(this.root, to), {
            recursive: true,
            force: true,
            filter: (file2) => file2 === source || !except.includes(import_node_path3.default.basename(file2))
          });
        } catch (error) {
          if (!isMissing(error)) throw error;
        }
      }
      async destroy(app) {
        await (0, import_promises3.rm)(import_node_path3.default.join(this.root, app), { recursive: true, force: true });
      }
      /** App value, then global value, then the default. */
      async computed(app, key, fallback) {
        return await this.get(app, key) ?? await this.get(GLOBAL, key) ?? fallback;
      }
    };
  }
});

// src/io/lock-file.ts
function judgeHolder(holder, lock, now, probe = systemProbe) {
  if (!holder) {
    return Math.abs(now.getTime() - lock.mtimeMs) > UNREADABLE_LOCK_GRACE_MS ? { live: false, why: "its content cannot be read" } : { live: true, why: "" };
  }
  if (holder.hostname !== (0, import_node_os.hostname)()) return { live: true, why: "" };
  const bootId = probe.bootId();
  if (holder.boot_id && bootId && holder.boot_id !== bootId) {
    return { live: false, why: "the server has restarted since" };
  }
  if (!probe.isAlive(holder.pid)) return { live: false, why: "that process is no longer running" };
  if (holder.process_start) {
    const start = probe.startOf(holder.pid);
    if (start !== void 0 && start !== holder.process_start) {
      return { live: false, why: `pid ${holder.pid} is now another process` };
    }
    return { live: true, why: "" };
  }
  const bootTime = probe.bootTimeMs();
  if (bootTime !== void 0 && lock.mtimeMs < bootTime) return { live: false, why: "the server has restarted since" };
  return { live: true, why: "" };
}
async function acquireLockFile(file2, options) {
  const probe = { ...systemProbe, ...options.probe };
  const mine = {
    pid: process.pid,
    started_at: options.now.toISOString(),
    hostname: (0, import_node_os.hostname)(),
    ...optional("boot_id", probe.bootId()),
    ...optional("process_start", probe.startOf(process.pid))
  };
  const content = `${JSON.stringify(mine)}
`;
  const staging = `${file2}.${process.pid}.${Date.now()}.tmp`;
  const waitMs = options.waitMs ?? 0;
  const progressMs = options.progressMs ?? 5e3;
  const began = Date.now();
  let nextProgress = 0;
  try {
    await explainDiskFull(
      { dir: import_node_path4.default.dirname(file2), what: `the lock ${import_node_path4.default.basename(file2)}`, needed: smallFileNeeds(content) },
      () => (0, import_promises4.writeFile)(staging, content, { mode: 384 })
    );
    for (let clearings = 0; clearings < 100; ) {
      try {
        await (0, import_promises4.link)(staging, file2);
        return () => releaseLock(file2, content);
      } catch (error) {
        if (error.code !== "EEXIST") throw error;
      }
      const seen = await readLock(file2);
      if (seen === void 0) {
        clearings++;
        continue;
      }
      const holder = parseHolder(seen.text);
      const verdict = judgeHolder(holder, seen, /* @__PURE__ */ new Date(), probe);
      if (!verdict.live) {
        clearings++;
        if (await removeIfUnchanged(file2, seen.text)) options.recovered?.(holder, verdict.why);
        continue;
      }
      const waited = Date.now() - began;
      if (waited >= waitMs) throw options.busy(holder);
      if (waited >= nextProgress) {
        options.waiting?.(holder, waited);
        nextProgress = waited + progressMs;
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(options.pollMs ?? 200, waitMs - waited)));
    }
    throw options.busy(void 0);
  } finally {
    await (0, import_promises4.rm)(staging, { force: true });
  }
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function lockScratchPid(lockFile, name) {
  const base = import_node_path4.default.basename(lockFile);
  if (!name.startsWith(`${base}.`)) return void 0;
  const match = /^(?:(\d+)\.\d+\.tmp|stale\.(\d+))$/.exec(name.slice(base.length + 1));
  return match ? Number(match[1] ?? match[2]) : void 0;
}
async function readLock(file2) {
  try {
    const handle = await (0, import_promises4.open)(file2, import_node_fs2.constants.O_RDONLY | import_node_fs2.constants.O_NONBLOCK);
    try {
      const info = await handle.stat();
      if (!info.isFile()) throw Object.assign(new Error("not a regular file"), { code: info.isDirectory() ? "EISDIR" : "ENOTREG" });
      return { text: await handle.readFile("utf8"), mtimeMs: info.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (isMissing(error)) return void 0;
    throw unreadableState(file2, error, "the lock file", `Remove it with \`rm -r ${file2}\` and run this again`);
  }
}
function parseHolder(text) {
  try {
    const parsed = JSON.parse(text);
    const { pid } = parsed;
    if (typeof pid === "number" && Number.isSafeInteger(pid) && pid > 0 && typeof parsed.started_at === "string" && typeof parsed.hostname === "string") {
      return parsed;
    }
  } catch {
  }
  return void 0;
}
async function removeIfUnchanged(file2, staleText) {
  const aside = `${file2}.stale.${process.pid}`;
  try {
    await (0, import_promises4.rename)(file2, aside);
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
  const moved = await (0, import_promises4.readFile)(aside, "utf8");
  if (moved !== staleText) {
    await (0, import_promises4.link)(aside, file2).catch(() => void 0);
    await (0, import_promises4.rm)(aside, { force: true });
    return false;
  }
  await (0, import_promises4.rm)(aside, { force: true });
  return true;
}
async function releaseLock(file2, content) {
  try {
    if (await (0, import_promises4.readFile)(file2, "utf8") === content) await (0, import_promises4.rm)(file2, { force: true });
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}
var import_node_fs2, import_promises4, import_node_os, import_node_path4, systemProbe, UNREADABLE_LOCK_GRACE_MS;
var init_lock_file = __esm({
  "src/io/lock-file.ts"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    import_promises4 = __toESM(require_promises(), 1);
    import_node_os = __toESM(require_node_os(), 1);
    import_node_path4 = __toESM(require("node:path"), 1);
    init_disk_full();
    init_properties();
    init_processes();
    systemProbe = {
      isAlive: processIsAlive,
      startOf: processStartTicks,
      bootId: () => readProc("/proc/sys/kernel/random/boot_id")?.trim() || void 0,
      bootTimeMs: () => {
        const btime = /^btime (\d+)$/m.exec(readProc("/proc/stat") ?? "")?.[1];
        return btime ? Number(btime) * 1e3 : void 0;
      }
    };
    UNREADABLE_LOCK_GRACE_MS = 6e4;
  }
});

// src/backup/lock.ts
async function acquireBackupLock(lockFile, options) {
  const { app, log } = options;
  const kind = options.kind ?? "backup";
  const waitMs = options.waitMs ?? 0;
  const howToSee = kind === "backup" ? `\`dokku pegasus:backups ${app}\` shows the lock` : `the lock is ${lockFile}`;
  return acquireLockFile(lockFile, {
    now: options.now,
    waitMs,
    progressMs: options.progressIntervalMs,
    probe: { ...options.probe, ...options.isAlive ? { isAlive: options.isAlive } : {} },
    busy: (holder) => new LockBusyError(
      (waitMs > 0 ? `A ${kind} of ${app} is still running${describeHolder(holder)} after waiting ${formatWait(waitMs)}. Run this again when it has finished (${howToSee})` : `A ${kind} of ${app} is running${describeHolder(holder)}. Wait for it to finish and run this again (${howToSee})`) + foreignHostAdvice(holder, lockFile)
    ),
    recovered: (holder, why) => log.warn(
      holder ? `Recovered the ${kind} lock of ${app} left by pid ${holder.pid} (started ${holder.started_at}): ${why}` : `Recovered an unreadable ${kind} lock of ${app}`
    ),
    waiting: (holder, waitedMs) => options.progress?.write(
      `       Waiting for the running ${kind} of ${app}${describeHolder(holder)} to finish: ${formatWait(waitedMs)} so far, at most ${formatWait(waitMs)}
`
    )
  });
}
function foreignHostAdvice(holder, lockFile) {
  if (!holder || holder.hostname === (0, import_node_os2.hostname)()) return "";
  return `
That lock was taken on host ${holder.hostname}, not on this one (${(0, import_node_os2.hostname)()}), so pegasus cannot check its process. If nothing runs there (the host was renamed, or Dokku's container recreated), remove it: rm ${lockFile}`;
}
function describeHolder(holder) {
  return holder ? ` (pid ${holder.pid} on ${holder.hostname} since ${holder.started_at})` : "";
}
function formatWait(ms) {
  const seconds = Math.round(ms / 1e3);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes}m ${seconds % 60}s` : `${minutes}m`;
  return minutes % 60 ? `${Math.floor(minutes / 60)}h ${minutes % 60}m` : `${Math.floor(minutes / 60)}h`;
}
var import_node_os2, LockBusyError;
var init_lock = __esm({
  "src/backup/lock.ts"() {
    "use strict";
    import_node_os2 = __toESM(require_node_os(), 1);
    init_errors();
    init_lock_file();
    init_processes();
    LockBusyError = class extends UserError {
    };
  }
});

// pegasus-lazy-builtin:node:crypto
var require_node_crypto = __commonJS({
  "pegasus-lazy-builtin:node:crypto"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "Certificate": { enumerable: true, get: () => require("node:crypto")["Certificate"] },
      "Cipher": { enumerable: true, get: () => require("node:crypto")["Cipher"] },
      "Cipheriv": { enumerable: true, get: () => require("node:crypto")["Cipheriv"] },
      "Decipher": { enumerable: true, get: () => require("node:crypto")["Decipher"] },
      "Decipheriv": { enumerable: true, get: () => require("node:crypto")["Decipheriv"] },
      "DiffieHellman": { enumerable: true, get: () => require("node:crypto")["DiffieHellman"] },
      "DiffieHellmanGroup": { enumerable: true, get: () => require("node:crypto")["DiffieHellmanGroup"] },
      "ECDH": { enumerable: true, get: () => require("node:crypto")["ECDH"] },
      "Hash": { enumerable: true, get: () => require("node:crypto")["Hash"] },
      "Hmac": { enumerable: true, get: () => require("node:crypto")["Hmac"] },
      "KeyObject": { enumerable: true, get: () => require("node:crypto")["KeyObject"] },
      "Sign": { enumerable: true, get: () => require("node:crypto")["Sign"] },
      "Verify": { enumerable: true, get: () => require("node:crypto")["Verify"] },
      "X509Certificate": { enumerable: true, get: () => require("node:crypto")["X509Certificate"] },
      "checkPrime": { enumerable: true, get: () => require("node:crypto")["checkPrime"] },
      "checkPrimeSync": { enumerable: true, get: () => require("node:crypto")["checkPrimeSync"] },
      "constants": { enumerable: true, get: () => require("node:crypto")["constants"] },
      "createCipheriv": { enumerable: true, get: () => require("node:crypto")["createCipheriv"] },
      "createDecipheriv": { enumerable: true, get: () => require("node:crypto")["createDecipheriv"] },
      "createDiffieHellman": { enumerable: true, get: () => require("node:crypto")["createDiffieHellman"] },
      "createDiffieHellmanGroup": { enumerable: true, get: () => require("node:crypto")["createDiffieHellmanGroup"] },
      "createECDH": { enumerable: true, get: () => require("node:crypto")["createECDH"] },
      "createHash": { enumerable: true, get: () => require("node:crypto")["createHash"] },
      "createHmac": { enumerable: true, get: () => require("node:crypto")["createHmac"] },
      "createPrivateKey": { enumerable: true, get: () => require("node:crypto")["createPrivateKey"] },
      "createPublicKey": { enumerable: true, get: () => require("node:crypto")["createPublicKey"] },
      "createSecretKey": { enumerable: true, get: () => require("node:crypto")["createSecretKey"] },
      "createSign": { enumerable: true, get: () => require("node:crypto")["createSign"] },
      "createVerify": { enumerable: true, get: () => require("node:crypto")["createVerify"] },
      "diffieHellman": { enumerable: true, get: () => require("node:crypto")["diffieHellman"] },
      "generateKey": { enumerable: true, get: () => require("node:crypto")["generateKey"] },
      "generateKeyPair": { enumerable: true, get: () => require("node:crypto")["generateKeyPair"] },
      "generateKeyPairSync": { enumerable: true, get: () => require("node:crypto")["generateKeyPairSync"] },
      "generateKeySync": { enumerable: true, get: () => require("node:crypto")["generateKeySync"] },
      "generatePrime": { enumerable: true, get: () => require("node:crypto")["generatePrime"] },
      "generatePrimeSync": { enumerable: true, get: () => require("node:crypto")["generatePrimeSync"] },
      "getCipherInfo": { enumerable: true, get: () => require("node:crypto")["getCipherInfo"] },
      "getCiphers": { enumerable: true, get: () => require("node:crypto")["getCiphers"] },
      "getCurves": { enumerable: true, get: () => require("node:crypto")["getCurves"] },
      "getDiffieHellman": { enumerable: true, get: () => require("node:crypto")["getDiffieHellman"] },
      "getFips": { enumerable: true, get: () => require("node:crypto")["getFips"] },
      "getHashes": { enumerable: true, get: () => require("node:crypto")["getHashes"] },
      "getRandomValues": { enumerable: true, get: () => require("node:crypto")["getRandomValues"] },
      "hkdf": { enumerable: true, get: () => require("node:crypto")["hkdf"] },
      "hkdfSync": { enumerable: true, get: () => require("node:crypto")["hkdfSync"] },
      "pbkdf2": { enumerable: true, get: () => require("node:crypto")["pbkdf2"] },
      "pbkdf2Sync": { enumerable: true, get: () => require("node:crypto")["pbkdf2Sync"] },
      "privateDecrypt": { enumerable: true, get: () => require("node:crypto")["privateDecrypt"] },
      "privateEncrypt": { enumerable: true, get: () => require("node:crypto")["privateEncrypt"] },
      "publicDecrypt": { enumerable: true, get: () => require("node:crypto")["publicDecrypt"] },
      "publicEncrypt": { enumerable: true, get: () => require("node:crypto")["publicEncrypt"] },
      "randomBytes": { enumerable: true, get: () => require("node:crypto")["randomBytes"] },
      "randomFill": { enumerable: true, get: () => require("node:crypto")["randomFill"] },
      "randomFillSync": { enumerable: true, get: () => require("node:crypto")["randomFillSync"] },
      "randomInt": { enumerable: true, get: () => require("node:crypto")["randomInt"] },
      "randomUUID": { enumerable: true, get: () => require("node:crypto")["randomUUID"] },
      "scrypt": { enumerable: true, get: () => require("node:crypto")["scrypt"] },
      "scryptSync": { enumerable: true, get: () => require("node:crypto")["scryptSync"] },
      "secureHeapUsed": { enumerable: true, get: () => require("node:crypto")["secureHeapUsed"] },
      "setEngine": { enumerable: true, get: () => require("node:crypto")["setEngine"] },
      "setFips": { enumerable: true, get: () => require("node:crypto")["setFips"] },
      "sign": { enumerable: true, get: () => require("node:crypto")["sign"] },
      "subtle": { enumerable: true, get: () => require("node:crypto")["subtle"] },
      "timingSafeEqual": { enumerable: true, get: () => require("node:crypto")["timingSafeEqual"] },
      "verify": { enumerable: true, get: () => require("node:crypto")["verify"] },
      "webcrypto": { enumerable: true, get: () => require("node:crypto")["webcrypto"] }
    });
  }
});

// src/backup/media/plan.ts
function mediaFileName(id) {
  return `${id}.media.tar`;
}
function planMediaMounts(app, listed) {
  const byHost = /* @__PURE__ */ new Map();
  for (const { hostPath, containerPath } of listed) {
    const host = hostPath.replace(/\/+$/, "");
    if (!import_node_path5.default.isAbsolute(host) || import_node_path5.default.normalize(host) !== host) {
      throw new UserError(
        `The storage mounted at ${containerPath} is ${JSON.stringify(hostPath)}, not a host directory (a Docker named volume or a k3s volume), so it cannot be archived. Turn media backups off with \`dokku pegasus:set ${app} backup-media false\``
      );
    }
    if (!byHost.has(host)) byHost.set(host, { container_path: containerPath, host_path: host });
  }
  const mounts = [...byHost.values()].sort((a, b) => a.host_path.localeCompare(b.host_path));
  for (const outer of mounts) {
    for (const inner of mounts) {
      if (inner !== outer && inner.host_path.startsWith(`${outer.host_path}/`)) {
        throw new UserError(`${inner.host_path} is inside ${outer.host_path}: ${app}'s storage mounts overlap, so they cannot be archived one by one`);
      }
    }
  }
  const containers = /* @__PURE__ */ new Set();
  for (const mount of mounts) {
    if (containers.has(mount.container_path)) {
      throw new UserError(`Two host directories are mounted at ${mount.container_path} in ${app}; a restore could not tell which is which`);
    }
    containers.add(mount.container_path);
  }
  return mounts;
}
function archivePrefix(mount) {
  return mount.host_path.replace(/^\/+/, "");
}
function isUnderPrefix(entryPath, prefix) {
  const clean = entryPath.replace(/^\.\//, "").replace(/\/+$/, "");
  return clean === prefix || clean.startsWith(`${prefix}/`);
}
function stagedDir(live) {
  return `${live}-pegasus-staged`;
}
function replacedDir(live) {
  return `${live}-pegasus-replaced`;
}
function isMediaJournal(value) {
  if (value === null || typeof value !== "object") return false;
  const journal = value;
  return typeof journal.id === "string" && (journal.phase === "staging" || journal.phase === "swapping") && Array.isArray(journal.lives) && journal.lives.every((live) => typeof live === "string" && import_node_path5.default.isAbsolute(live) && import_node_path5.default.normalize(live) === live && live !== "/");
}
function planLeftovers(live, phase, exists3) {
  const actions = [];
  if (exists3.staged && exists3.stagedIsOurs) {
    actions.push({ kind: "remove", dir: stagedDir(live), why: "an interrupted media restore's unpacked copy" });
  }
  if (exists3.replaced && phase === "swapping") {
    actions.push(
      exists3.live ? { kind: "remove", dir: replacedDir(live), why: "the media a finished restore replaced" } : { kind: "put-back", from: replacedDir(live), to: live, why: "a media restore was interrupted mid-swap" }
    );
  }
  return actions;
}
function isSoundMedia(value, id) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const media = value;
  return media.file === mediaFileName(id) && typeof media.size === "number" && Number.isSafeInteger(media.size) && media.size >= 1024 && typeof media.sha256 === "string" && /^[0-9a-f]{64}$/.test(media.sha256) && typeof media.entries === "number" && Number.isSafeInteger(media.entries) && media.entries >= 0 && Array.isArray(media.mounts) && media.mounts.every(
    (mount) => mount !== null && typeof mount === "object" && typeof mount.container_path === "string" && typeof mount.host_path === "string" && import_node_path5.default.isAbsolute(mount.host_path) && import_node_path5.default.normalize(mount.host_path) === mount.host_path && mount.host_path !== "/"
  );
}
var import_node_path5, STAGED_MARKER;
var init_plan = __esm({
  "src/backup/media/plan.ts"() {
    "use strict";
    import_node_path5 = __toESM(require("node:path"), 1);
    init_errors();
    STAGED_MARKER = ".pegasus-media-restore";
  }
});

// src/backup/store.ts
function backupPaths(dataDir, app) {
  return backupPathsAt(import_node_path6.default.join(dataDir, app));
}
function backupPathsAt(appDir) {
  const dir = import_node_path6.default.join(appDir, "backups");
  return {
    appDir,
    dir,
    lock: import_node_path6.default.join(dir, ".lock"),
    lastScheduled: import_node_path6.default.join(appDir, "last-scheduled.json"),
    mediaJournal: import_node_path6.default.join(appDir, "media-restore.json"),
    dump: (id) => import_node_path6.default.join(dir, `${id}.dump`),
    manifest: (id) => import_node_path6.default.join(dir, `${id}.json`),
    partial: (id) => import_node_path6.default.join(dir, `.${id}.dump.partial`),
    media: (id) => import_node_path6.default.join(dir, mediaFileName(id)),
    mediaPartial: (id) => import_node_path6.default.join(dir, `.${mediaFileName(id)}.partial`),
    offsite: (id) => import_node_path6.default.join(dir, `${id}.offsite.json`),
    lastOffsite: import_node_path6.default.join(appDir, "last-offsite.json")
  };
}
async function ensureBackupDir(paths) {
  try {
    await (0, import_promises5.mkdir)(paths.appDir, { recursive: true, mode: 493 });
    await (0, import_promises5.mkdir)(paths.dir, { recursive: true, mode: 448 });
    const { mode } = await (0, import_promises5.stat)(paths.dir);
    if ((mode & 511) !== 448) await (0, import_promises5.chmod)(paths.dir, 448);
  } catch (error) {
    if (error instanceof UserError || isDiskFull(error)) throw error;
    throw unreadableState(
      paths.dir,
      error,
      "the backups directory",
      `It must be a directory owned by dokku (0700) inside ${paths.appDir}: \`ls -ld ${paths.appDir} ${paths.dir}\``,
      "create"
    );
  }
}
async function listBackups(paths) {
  const names = await readBackupDir(paths);
  const present = new Set(names);
  const records = [];
  for (const name of names) {
    if (!name.endsWith(".json")) continue;
    const id = name.slice(0, -".json".length);
    if (!isBackupId(id) || !present.has(`${id}.dump`)) continue;
    const read = await readManifest(paths.manifest(id));
    if (!("why" in read) && read.record.verified === true && read.record.id === id) {
      records.push({ ...read.record, media: read.record.media ?? null, file: paths.dump(id), offsite: await readOffsiteCopy(paths, id) });
    }
  }
  return newestFirst(records);
}
async function readBackupDir(paths) {
  return (await readBackupDirEntries(paths)).map((entry) => entry.name);
}
async function readBackupDirEntries(paths) {
  try {
    return await (0, import_promises5.readdir)(paths.dir, { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(paths.dir, error, "the backups directory", `Check its owner and mode (dokku, 0700): \`ls -ld ${paths.dir}\``);
  }
}
async function inspectBackup(paths, id) {
  try {
    await (0, import_promises5.stat)(paths.manifest(id));
  } catch (error) {
    if (isMissing(error)) return void 0;
    throw error;
  }
  const read = await readManifest(paths.manifest(id));
  if ("why" in read) return read;
  if (read.record.id !== id || read.record.verified !== true) return { why: "its manifest names another id or does not say verified" };
  return { record: { ...read.record, file: paths.dump(id) }, sealed: read.sealed };
}
function manifestSeal(manifest) {
  const { [SEAL_FIELD]: _ignored, ...fields } = manifest;
  return `sha256:${(0, import_node_crypto.createHash)("sha256").update(canonicalJson(fields)).digest("hex")}`;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
async function readManifest(file2) {
  let text;
  try {
    text = await (0, import_promises5.readFile)(file2, "utf8");
  } catch (error) {
    return { why: `its manifest cannot be read (${error.code ?? String(error)})` };
  }
  return checkManifest(text);
}
function checkManifest(text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { why: "its manifest is not JSON" };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return { why: "its manifest is not a JSON object" };
  const manifest = parsed;
  const seal = manifest[SEAL_FIELD];
  if (seal !== void 0 && seal !== manifestSeal(manifest)) {
    return { why: "its manifest was changed after it was written (the seal does not match)" };
  }
  if (!isSoundManifest(manifest)) return { why: "its manifest lacks a field or holds a value that is not allowed" };
  const { [SEAL_FIELD]: _seal, ...record } = manifest;
  return { record, sealed: seal !== void 0 };
}
function isSoundManifest(record) {
  const { id, service, git_rev: gitRev, size, sha256, created_at: createdAt, media } = record;
  return (media === void 0 || media === null || typeof id === "string" && isSoundMedia(media, id)) && typeof id === "string" && isBackupId(id) && typeof service === "string" && isServiceName(service) && typeof gitRev === "string" && (gitRev === "none" || isRev(gitRev)) && typeof size === "number" && Number.isSafeInteger(size) && size >= 0 && typeof sha256 === "string" && /^[0-9a-f]{64}$/.test(sha256) && typeof createdAt === "string";
}
async function readOffsiteCopy(paths, id) {
  const copy = await readJsonFile(paths.offsite(id));
  return copy && typeof copy.url === "string" && typeof copy.size === "number" ? copy : null;
}
async function writeOffsiteCopy(paths, id, copy) {
  await writeFileAtomic(paths.offsite(id), `${JSON.stringify(copy)}
`);
}
async function backupExists(paths, id) {
  for (const file2 of filesOfBackup(paths, id)) {
    try {
      await (0, import_promises5.stat)(file2);
      return true;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  return false;
}
async function writeFileAtomic(file2, content) {
  const dir = import_node_path6.default.dirname(file2);
  const temporary = temporaryName(file2);
  try {
    await explainDiskFull({ dir, what: import_node_path6.default.basename(file2), needed: smallFileNeeds(content) }, async () => {
      await removeDeadTemporaries(file2);
      const handle = await (0, import_promises5.open)(temporary, "w", 384);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await (0, import_promises5.rename)(temporary, file2);
    });
  } catch (error) {
    await (0, import_promises5.rm)(temporary, { force: true }).catch(() => void 0);
    throw error;
  }
  await syncDirectory(dir);
}
async function syncDirectory(dir) {
  const handle = await (0, import_promises5.open)(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
async function writeManifest(paths, record) {
  const { [SEAL_FIELD]: _stale, ...fields } = record;
  const sealed = { ...fields, [SEAL_FIELD]: manifestSeal(fields) };
  await writeFileAtomic(paths.manifest(record.id), `${JSON.stringify(sealed, null, 2)}
`);
}
function filesOfBackup(paths, id) {
  return [paths.manifest(id), paths.dump(id), paths.media(id), paths.partial(id), paths.mediaPartial(id), paths.offsite(id)];
}
async function deleteBackup(paths, id) {
  for (const file2 of filesOfBackup(paths, id)) await (0, import_promises5.rm)(file2, { force: true });
}
async function findLeftovers(paths, listed, options) {
  const isAlive = options.isAlive ?? processIsAlive;
  const entries = await readBackupDirEntries(paths);
  const names = entries.map((entry) => entry.name);
  const directories = new Set(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name));
  const listedIds = new Set(listed.map((record) => record.id));
  const leftovers = [];
  for (const name of names.sort()) {
    if (directories.has(name)) continue;
    const file2 = import_node_path6.default.join(paths.dir, name);
    const lockPid = lockScratchPid(paths.lock, name);
    if (lockPid !== void 0) {
      if (!isAlive(lockPid)) {
        leftovers.push({ file: file2, why: `a scratch file of the lock, left by pid ${lockPid}, which is gone`, removable: true });
      }
      continue;
    }
    const temporary = TEMPORARY.exec(name);
    const base = temporary ? temporary[1] : name;
    const id = ID_PREFIX.exec(base.replace(/^\./, ""))?.[0];
    if (!id || !filesOfBackup(paths, id).some((owned) => import_node_path6.default.basename(owned) === base)) continue;
    if (temporary) {
      const pid = Number(temporary[2]);
      if (!isAlive(pid)) leftovers.push({ file: file2, id, why: `a write by pid ${pid} that never finished`, removable: true });
    } else if (file2 === paths.partial(id) || file2 === paths.mediaPartial(id)) {
      const what = file2 === paths.partial(id) ? "dump" : "media archive";
      if (!options.backupRunning) leftovers.push({ file: file2, id, why: `the partial ${what} of an interrupted backup`, removable: true });
    } else if (!listedIds.has(id) && !options.backupRunning) {
      const sealed = names.includes(import_node_path6.default.basename(paths.manifest(id)));
      leftovers.push({ file: file2, id, why: await unlistedReason(names, paths, id), removable: !sealed });
    }
  }
  return leftovers;
}
async function unlistedReason(names, paths, id) {
  const has = (file2) => names.includes(import_node_path6.default.basename(file2));
  if (!has(paths.manifest(id))) return `backup ${id} has no manifest (interrupted before it was written), so it was never listed`;
  if (!has(paths.dump(id))) return `backup ${id} has no dump, so it is not listed`;
  const read = await readManifest(paths.manifest(id));
  return `backup ${id} is not listed: ${"why" in read ? read.why : "its manifest does not vouch for its dump"}`;
}
async function removeLeftovers(paths, listed, log, isAlive) {
  const found = await findLeftovers(paths, listed, { backupRunning: false, isAlive });
  const leftovers = found.filter((leftover) => leftover.removable);
  for (const leftover of leftovers) {
    await (0, import_promises5.rm)(leftover.file, { force: true });
    log.warn(`Removed ${leftover.file}: ${leftover.why}`);
  }
  return leftovers;
}
async function writeLastScheduled(paths, result) {
  await (0, import_promises5.mkdir)(paths.appDir, { recursive: true, mode: 493 });
  await writeFileAtomic(paths.lastScheduled, `${JSON.stringify(result)}
`);
}
async function readJsonFile(file2) {
  try {
    return JSON.parse(await (0, import_promises5.readFile)(file2, "utf8"));
  } catch (error) {
    if (isMissing(error) || error instanceof SyntaxError) return void 0;
    throw unreadableState(file2, error, `the pegasus state file ${import_node_path6.default.basename(file2)}`, `Remove it with \`rm -r ${file2}\``);
  }
}
var import_node_crypto, import_promises5, import_node_path6, SEAL_FIELD, ID_PREFIX, TEMPORARY;
var init_store = __esm({
  "src/backup/store.ts"() {
    "use strict";
    import_node_crypto = __toESM(require_node_crypto(), 1);
    import_promises5 = __toESM(require_promises(), 1);
    import_node_path6 = __toESM(require("node:path"), 1);
    init_id();
    init_plan();
    init_disk_full();
    init_errors();
    init_lock_file();
    init_processes();
    init_properties();
    init_temporary_files();
    SEAL_FIELD = "seal";
    ID_PREFIX = /^\d{8}T\d{6}Z-(?:[0-9a-f]{7}|none)/;
    TEMPORARY = /^\.(.+)\.(\d+)\.tmp$/;
  }
});

// pegasus-lazy-builtin:node:stream
var require_node_stream = __commonJS({
  "pegasus-lazy-builtin:node:stream"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "Duplex": { enumerable: true, get: () => require("node:stream")["Duplex"] },
      "PassThrough": { enumerable: true, get: () => require("node:stream")["PassThrough"] },
      "Readable": { enumerable: true, get: () => require("node:stream")["Readable"] },
      "Stream": { enumerable: true, get: () => require("node:stream")["Stream"] },
      "Transform": { enumerable: true, get: () => require("node:stream")["Transform"] },
      "Writable": { enumerable: true, get: () => require("node:stream")["Writable"] },
      "_isUint8Array": { enumerable: true, get: () => require("node:stream")["_isUint8Array"] },
      "_uint8ArrayToBuffer": { enumerable: true, get: () => require("node:stream")["_uint8ArrayToBuffer"] },
      "addAbortSignal": { enumerable: true, get: () => require("node:stream")["addAbortSignal"] },
      "compose": { enumerable: true, get: () => require("node:stream")["compose"] },
      "destroy": { enumerable: true, get: () => require("node:stream")["destroy"] },
      "finished": { enumerable: true, get: () => require("node:stream")["finished"] },
      "getDefaultHighWaterMark": { enumerable: true, get: () => require("node:stream")["getDefaultHighWaterMark"] },
      "isDestroyed": { enumerable: true, get: () => require("node:stream")["isDestroyed"] },
      "isDisturbed": { enumerable: true, get: () => require("node:stream")["isDisturbed"] },
      "isErrored": { enumerable: true, get: () => require("node:stream")["isErrored"] },
      "isReadable": { enumerable: true, get: () => require("node:stream")["isReadable"] },
      "isWritable": { enumerable: true, get: () => require("node:stream")["isWritable"] },
      "pipeline": { enumerable: true, get: () => require("node:stream")["pipeline"] },
      "promises": { enumerable: true, get: () => require("node:stream")["promises"] },
      "setDefaultHighWaterMark": { enumerable: true, get: () => require("node:stream")["setDefaultHighWaterMark"] }
    });
  }
});

// pegasus-lazy-builtin:node:stream/promises
var require_promises2 = __commonJS({
  "pegasus-lazy-builtin:node:stream/promises"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "finished": { enumerable: true, get: () => require("node:stream/promises")["finished"] },
      "pipeline": { enumerable: true, get: () => require("node:stream/promises")["pipeline"] }
    });
  }
});

// pegasus-lazy-builtin:os
var require_os = __commonJS({
  "pegasus-lazy-builtin:os"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "EOL": { enumerable: true, get: () => require("os")["EOL"] },
      "arch": { enumerable: true, get: () => require("os")["arch"] },
      "availableParallelism": { enumerable: true, get: () => require("os")["availableParallelism"] },
      "constants": { enumerable: true, get: () => require("os")["constants"] },
      "cpus": { enumerable: true, get: () => require("os")["cpus"] },
      "devNull": { enumerable: true, get: () => require("os")["devNull"] },
      "endianness": { enumerable: true, get: () => require("os")["endianness"] },
      "freemem": { enumerable: true, get: () => require("os")["freemem"] },
      "getPriority": { enumerable: true, get: () => require("os")["getPriority"] },
      "homedir": { enumerable: true, get: () => require("os")["homedir"] },
      "hostname": { enumerable: true, get: () => require("os")["hostname"] },
      "loadavg": { enumerable: true, get: () => require("os")["loadavg"] },
      "machine": { enumerable: true, get: () => require("os")["machine"] },
      "networkInterfaces": { enumerable: true, get: () => require("os")["networkInterfaces"] },
      "platform": { enumerable: true, get: () => require("os")["platform"] },
      "release": { enumerable: true, get: () => require("os")["release"] },
      "setPriority": { enumerable: true, get: () => require("os")["setPriority"] },
      "tmpdir": { enumerable: true, get: () => require("os")["tmpdir"] },
      "totalmem": { enumerable: true, get: () => require("os")["totalmem"] },
      "type": { enumerable: true, get: () => require("os")["type"] },
      "uptime": { enumerable: true, get: () => require("os")["uptime"] },
      "userInfo": { enumerable: true, get: () => require("os")["userInfo"] },
      "version": { enumerable: true, get: () => require("os")["version"] }
    });
  }
});

// pegasus-lazy-builtin:crypto
var require_crypto = __commonJS({
  "pegasus-lazy-builtin:crypto"(exports2, module2) {
    Object.defineProperties(module2.exports, {
      "Certificate": { enumerable: true, get: () => require("crypto")["Certificate"] },
      "Cipher": { enumerable: true, get: () => require("crypto")["Cipher"] },
      "Cipheriv": { enumerable: true, get: () => require("crypto")["Cipheriv"] },
      "Decipher": { enumerable: true, get: () => require("crypto")["Decipher"] },
      "Decipheriv": { enumerable: true, get: () => require("crypto")["Decipheriv"] },
      "DiffieHellman": { enumerable: true, get: () => require("crypto")["DiffieHellman"] },
      "DiffieHellmanGroup": { enumerable: true, get: () => require("crypto")["DiffieHellmanGroup"] },
      "ECDH": { enumerable: true, get: () => require("crypto")["ECDH"] },
      "Hash": { enumerable: true, get: () => require("crypto")["Hash"] },
      "Hmac": { enumerable: true, get: () => require("crypto")["Hmac"] },
      "KeyObject": { enumerable: true, get: () => require("crypto")["KeyObject"] },
      "Sign": { enumerable: true, get: () => require("crypto")["Sign"] },
      "Verify": { enumerable: true, get: () => require("crypto")["Verify"] },
      "X509Certificate": { enumerable: true, get: () => require("crypto")["X509Certificate"] },
      "checkPrime": { enumerable: true, get: () => require("crypto")["checkPrime"] },
      "checkPrimeSync": { enumerable: true, get: () => require("crypto")["checkPrimeSync"] },
      "constants": { enumerable: true, get: () => require("crypto")["constants"] },
      "createCipheriv": { enumerable: true, get: () => require("crypto")["createCipheriv"] },
      "createDecipheriv": { enumerable: true, get: () => require("crypto")["createDecipheriv"] },
      "createDiffieHellman": { enumerable: true, get: () => require("crypto")["createDiffieHellman"] },
      "createDiffieHellmanGroup": { enumerable: true, get: () => require("crypto")["createDiffieHellmanGroup"] },
      "createECDH": { enumerable: true, get: () => require("crypto")["createECDH"] },
      "createHash": { enumerable: true, get: () => require("crypto")["createHash"] },
      "createHmac": { enumerable: true, get: () => require("crypto")["createHmac"] },
      "createPrivateKey": { enumerable: true, get: () => require("crypto")["createPrivateKey"] },
      "createPublicKey": { enumerable: true, get: () => require("crypto")["createPublicKey"] },
      "createSecretKey": { enumerable: true, get: () => require("crypto")["createSecretKey"] },
      "createSign": { enumerable: true, get: () => require("crypto")["createSign"] },
      "createVerify": { enumerable: true, get: () => require("crypto")["createVerify"] },
      "diffieHellman": { enumerable: true, get: () => require("crypto")["diffieHellman"] },
      "generateKey": { enumerable: true, get: () => require("crypto")["generateKey"] },
      "generateKeyPair": { enumerable: true, get: () => require("crypto")["generateKeyPair"] },
      "generateKeyPairSync": { enumerable: true, get: () => require("crypto")["generateKeyPairSync"] },
      "generateKeySync": { enumerable: true, get: () => require("crypto")["generateKeySync"] },
      "generatePrime": { enumerable: true, get: () => require("crypto")["generatePrime"] },
      "generatePrimeSync": { enumerable: true, get: () => require("crypto")["generatePrimeSync"] },
      "getCipherInfo": { enumerable: true, get: () => require("crypto")["getCipherInfo"] },
      "getCiphers": { enumerable: true, get: () => require("crypto")["getCiphers"] },
      "getCurves": { enumerable: true, get: () => require("crypto")["getCurves"] },
      "getDiffieHellman": { enumerable: true, get: () => require("crypto")["getDiffieHellman"] },
      "getFips": { enumerable: true, get: () => require("crypto")["getFips"] },
      "getHashes": { enumerable: true, get: () => require("crypto")["getHashes"] },
      "getRandomValues": { enumerable: true, get: () => require("crypto")["getRandomValues"] },
      "hkdf": { enumerable: true, get: () => require("crypto")["hkdf"] },
      "hkdfSync": { enumerable: true, get: () => require("crypto")["hkdfSync"] },
      "pbkdf2": { enumerable: true, get: () => require("crypto")["pbkdf2"] },
      "pbkdf2Sync": { enumerable: true, get: () => require("crypto")["pbkdf2Sync"] },
      "privateDecrypt": { enumerable: true, get: () => require("crypto")["privateDecrypt"] },
      "privateEncrypt": { enumerable: true, get: () => require("crypto")["privateEncrypt"] },
      "publicDecrypt": { enumerable: true, get: () => require("crypto")["publicDecrypt"] },
      "publicEncrypt": { enumerable: true, get: () => require("crypto")["publicEncrypt"] },
      "randomBytes": { enumerable: true, get: () => require("crypto")["randomBytes"] },
      "randomFill": { enumerable: true, get: () => require("crypto")["randomFill"] },
      "randomFillSync": { enumerable: true, get: () => require("crypto")["randomFillSync"] },
      "randomInt": { enumerable: true, get: () => require("crypto")["randomInt"] },
      "randomUUID": { enumerable: true, get: () => require("crypto")["randomUUID"] },
      "scrypt": { enumerable: true, get: () => require("crypto")["scrypt"] },
      "scryptSync": { enumerable: true, get: () => require("crypto")["scryptSync"] },
      "secureHeapUsed": { enumerable: true, get: () => require("crypto")["secureHeapUsed"] },
      "setEngine": { enumerable: true, get: () => require("crypto")["setEngine"] },
      "setFips": { enumerable: true, get: () => require("crypto")["setFips"] },
      "sign": { enumerable: true, get: () => require("crypto")["sign"] },
      "subtle": { enumerable: true, get: () => require("crypto")["subtle"] },
      "timingSafeEqual": { enumerable: true, get: () => require("crypto")["timingSafeEqual"] },
      "verify": { enumerable: true, get: () => require("crypto")["verify"] },
      "webcrypto": { enumerable: true, get: () => require("crypto")["webcrypto"] }
    });
  }
});

// node_modules/dotenv/package.json
var require_package = __commonJS({
  "node_modules/dotenv/package.json"(exports2, module2) {
    module2.exports = {
      name: "dotenv",
      version: "16.6.1",
      description: "Loads environment variables from .env file",
      main: "lib/main.js",
      types: "lib/main.d.ts",
      exports: {
        ".": {
          types: "./lib/main.d.ts",
          require: "./lib/main.js",
          default: "./lib/main.js"
        },
        "./config": "./config.js",
        "./config.js": "./config.js",
        "./lib/env-options": "./lib/env-options.js",
        "./lib/env-options.js": "./lib/env-options.js",
        "./lib/cli-options": "./lib/cli-options.js",
        "./lib/cli-options.js": "./lib/cli-options.js",
        "./package.json": "./package.json"
      },
      scripts: {
        "dts-check": "tsc --project tests/types/tsconfig.json",
        lint: "standard",
        pretest: "npm run lint && npm run dts-check",
        test: "tap run --allow-empty-coverage --disable-coverage --timeout=60000",
        "test:coverage": "tap run --show-full-coverage --timeout=60000 --coverage-report=text --coverage-report=lcov",
        prerelease: "npm test",
        release: "standard-version"
      },
      repository: {
        type: "git",
        url: "git://github.com/motdotla/dotenv.git"
      },
      homepage: "https://github.com/motdotla/dotenv#readme",
      funding: "https://dotenvx.com",
      keywords: [
        "dotenv",
        "env",
        ".env",
        "environment",
        "variables",
        "config",
        "settings"
      ],
      readmeFilename: "README.md",
      license: "BSD-2-Clause",
      devDependencies: {
        "@types/node": "^18.11.3",
        decache: "^4.6.2",
        sinon: "^14.0.1",
        standard: "^17.0.0",
        "standard-version": "^9.5.0",
        tap: "^19.2.0",
        typescript: "^4.8.4"
      },
      engines: {
        node: ">=12"
      },
      browser: {
        fs: false
      }
    };
  }
});

// node_modules/dotenv/lib/main.js
var require_main = __commonJS({
  "node_modules/dotenv/lib/main.js"(exports2, module2) {
    var fs = require("fs");
    var path16 = require("path");
    var os = require_os();
    var crypto = require_crypto();
    var packageJson = require_package();
    var version2 = packageJson.version;
    var LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg;
    function parse(src) {
      const obj = {};
      let lines = src.toString();
      lines = lines.replace(/\r\n?/mg, "\n");
      let match;
      while ((match = LINE.exec(lines)) != null) {
        const key = match[1];
        let value = match[2] || "";
        value = value.trim();
        const maybeQuote = value[0];
        value = value.replace(/^(['"`])([\s\S]*)\1$/mg, "$2");
        if (maybeQuote === '"') {
          value = value.replace(/\\n/g, "\n");
          value = value.replace(/\\r/g, "\r");
        }
        obj[key] = value;
      }
      return obj;
    }
    function _parseVault(options) {
      options = options || {};
      const vaultPath = _vaultPath(options);
      options.path = vaultPath;
      const result = DotenvModule.configDotenv(options);
      if (!result.parsed) {
        const err = new Error(`MISSING_DATA: Cannot parse ${vaultPath} for an unknown reason`);
        err.code = "MISSING_DATA";
        throw err;
      }
      const keys = _dotenvKey(options).split(",");
      const length = keys.length;
      let decrypted;
      for (let i = 0; i < length; i++) {
        try {
          const key = keys[i].trim();
          const attrs = _instructions(result, key);
          decrypted = DotenvModule.decrypt(attrs.ciphertext, attrs.key);
          break;
        } catch (error) {
          if (i + 1 >= length) {
            throw error;
          }
        }
      }
      return DotenvModule.parse(decrypted);
    }
    function _warn(message) {
      console.log(`[dotenv@${version2}][WARN] ${message}`);
    }
    function _debug(message) {
      console.log(`[dotenv@${version2}][DEBUG] ${message}`);
    }
    function _log(message) {
      console.log(`[dotenv@${version2}] ${message}`);
    }
    function _dotenvKey(options) {
      if (options && options.DOTENV_KEY && options.DOTENV_KEY.length > 0) {
        return options.DOTENV_KEY;
      }
      if (process.env.DOTENV_KEY && process.env.DOTENV_KEY.length > 0) {
        return process.env.DOTENV_KEY;
      }
      return "";
    }
    function _instructions(result, dotenvKey) {
      let uri;
      try {
        uri = new URL(dotenvKey);
      } catch (error) {
        if (error.code === "ERR_INVALID_URL") {
          const err = new Error("INVALID_DOTENV_KEY: Wrong format. Must be in valid uri format like dotenv://:key_1234@dotenvx.com/vault/.env.vault?environment=development");
          err.code = "INVALID_DOTENV_KEY";
          throw err;
        }
        throw error;
      }
      const key = uri.password;
      if (!key) {
        const err = new Error("INVALID_DOTENV_KEY: Missing key part");
        err.code = "INVALID_DOTENV_KEY";
        throw err;
      }
      const environment = uri.searchParams.get("environment");
      if (!environment) {
        const err = new Error("INVALID_DOTENV_KEY: Missing environment part");
        err.code = "INVALID_DOTENV_KEY";
        throw err;
      }
      const environmentKey = `DOTENV_VAULT_${environment.toUpperCase()}`;
      const ciphertext = result.parsed[environmentKey];
      if (!ciphertext) {
        const err = new Error(`NOT_FOUND_DOTENV_ENVIRONMENT: Cannot locate environment ${environmentKey} in your .env.vault file.`);
        err.code = "NOT_FOUND_DOTENV_ENVIRONMENT";
        throw err;
      }
      return { ciphertext, key };
    }
    function _vaultPath(options) {
      let possibleVaultPath = null;
      if (options && options.path && options.path.length > 0) {
        if (Array.isArray(options.path)) {
          for (const filepath of options.path) {
            if (fs.existsSync(filepath)) {
              possibleVaultPath = filepath.endsWith(".vault") ? filepath : `${filepath}.vault`;
            }
          }
        } else {
          possibleVaultPath = options.path.endsWith(".vault") ? options.path : `${options.path}.vault`;
        }
      } else {
        possibleVaultPath = path16.resolve(process.cwd(), ".env.vault");
      }
      if (fs.existsSync(possibleVaultPath)) {
        return possibleVaultPath;
      }
      return null;
    }
    function _resolveHome(envPath) {
      return envPath[0] === "~" ? path16.join(os.homedir(), envPath.slice(1)) : envPath;
    }
    function _configVault(options) {
      const debug = Boolean(options && options.debug);
      const quiet = options && "quiet" in options ? options.quiet : true;
      if (debug || !quiet) {
        _log("Loading env from encrypted .env.vault");
      }
      const parsed = DotenvModule._parseVault(options);
      let processEnv = process.env;
      if (options && options.processEnv != null) {
        processEnv = options.processEnv;
      }
      DotenvModule.populate(processEnv, parsed, options);
      return { parsed };
    }
    function configDotenv(options) {
      const dotenvPath = path16.resolve(process.cwd(), ".env");
      let encoding = "utf8";
      const debug = Boolean(options && options.debug);
      const quiet = options && "quiet" in options ? options.quiet : true;
      if (options && options.encoding) {
        encoding = options.encoding;
      } else {
        if (debug) {
          _debug("No encoding is specified. UTF-8 is used by default");
        }
      }
      let optionPaths = [dotenvPath];
      if (options && options.path) {
        if (!Array.isArray(options.path)) {
          optionPaths = [_resolveHome(options.path)];
        } else {
          optionPaths = [];
          for (const filepath of options.path) {
            optionPaths.push(_resolveHome(filepath));
          }
        }
      }
      let lastError;
      const parsedAll = {};
      for (const path17 of optionPaths) {
        try {
          const parsed = DotenvModule.parse(fs.readFileSync(path17, { encoding }));
          DotenvModule.populate(parsedAll, parsed, options);
        } catch (e) {
          if (debug) {
            _debug(`Failed to load ${path17} ${e.message}`);
          }
          lastError = e;
        }
      }
      let processEnv = process.env;
      if (options && options.processEnv != null) {
        processEnv = options.processEnv;
      }
      DotenvModule.populate(processEnv, parsedAll, options);
      if (debug || !quiet) {
        const keysCount = Object.keys(parsedAll).length;
        const shortPaths = [];
        for (const filePath of optionPaths) {
          try {
            const relative = path16.relative(process.cwd(), filePath);
            shortPaths.push(relative);
          } catch (e) {
            if (debug) {
              _debug(`Failed to load ${filePath} ${e.message}`);
            }
            lastError = e;
          }
        }
        _log(`injecting env (${keysCount}) from ${shortPaths.join(",")}`);
      }
      if (lastError) {
        return { parsed: parsedAll, error: lastError };
      } else {
        return { parsed: parsedAll };
      }
    }
    function config(options) {
      if (_dotenvKey(options).length === 0) {
        return DotenvModule.configDotenv(options);
      }
      const vaultPath = _vaultPath(options);
      if (!vaultPath) {
        _warn(`You set DOTENV_KEY but you are missing a .env.vault file at ${vaultPath}. Did you forget to build it?`);
        return DotenvModule.configDotenv(options);
      }
      return DotenvModule._configVault(options);
    }
    function decrypt(encrypted, keyStr) {
      const key = Buffer.from(keyStr.slice(-64), "hex");
      let ciphertext = Buffer.from(encrypted, "base64");
      const nonce = ciphertext.subarray(0, 12);
      const authTag = ciphertext.subarray(-16);
      ciphertext = ciphertext.subarray(12, -16);
      try {
        const aesgcm = crypto.createDecipheriv("aes-256-gcm", key, nonce);
        aesgcm.setAuthTag(authTag);
        return `${aesgcm.update(ciphertext)}${aesgcm.final()}`;
      } catch (error) {
        const isRange = error instanceof RangeError;
        const invalidKeyLength = error.message === "Invalid key length";
        const decryptionFailed = error.message === "Unsupported state or unable to authenticate data";
        if (isRange || invalidKeyLength) {
          const err = new Error("INVALID_DOTENV_KEY: It must be 64 characters long (or more)");
          err.code = "INVALID_DOTENV_KEY";
          throw err;
        } else if (decryptionFailed) {
          const err = new Error("DECRYPTION_FAILED: Please check your DOTENV_KEY");
          err.code = "DECRYPTION_FAILED";
          throw err;
        } else {
          throw error;
        }
      }
    }
    function populate(processEnv, parsed, options = {}) {
      const debug = Boolean(options && options.debug);
      const override = Boolean(options && options.override);
      if (typeof parsed !== "object") {
        const err = new Error("OBJECT_REQUIRED: Please check the processEnv argument being passed to populate");
        err.code = "OBJECT_REQUIRED";
        throw err;
      }
      for (const key of Object.keys(parsed)) {
        if (Object.prototype.hasOwnProperty.call(processEnv, key)) {
          if (override === true) {
            processEnv[key] = parsed[key];
          }
          if (debug) {
            if (override === true) {
              _debug(`"${key}" is already defined and WAS overwritten`);
            } else {
              _debug(`"${key}" is already defined and was NOT overwritten`);
            }
          }
        } else {
          processEnv[key] = parsed[key];
        }
      }
    }
    var DotenvModule = {
      configDotenv,
      _configVault,
      _parseVault,
      config,
      decrypt,
      parse,
      populate
    };
    module2.exports.configDotenv = DotenvModule.configDotenv;
    module2.exports._configVault = DotenvModule._configVault;
    module2.exports._parseVault = DotenvModule._parseVault;
    module2.exports.config = DotenvModule.config;
    module2.exports.decrypt = DotenvModule.decrypt;
    module2.exports.parse = DotenvModule.parse;
    module2.exports.populate = DotenvModule.populate;
    module2.exports = DotenvModule;
  }
});

// src/backup/offsite/config.ts
function parseOffsiteUrl(value) {
  const usage = "offsite-url must look like s3://BUCKET or s3://BUCKET/PREFIX";
  if (/^s3:\/\/[^/]*@/.test(value)) throw new UserError(`offsite-url must not hold credentials; ${CREDENTIALS_ON_STDIN}`);
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(value);
  if (!match) throw new UserError(`${usage}, got ${JSON.stringify(value)}`);
  const bucket = match[1];
  if (!BUCKET.test(bucket) || bucket.includes("..")) {
    throw new UserError(`${usage}; ${JSON.stringify(bucket)} is not a bucket name (3 to 63 of a-z, 0-9, . and -)`);
  }
  const prefix = (match[2] ?? "").replace(/\/+$/, "");
  const segments = prefix === "" ? [] : prefix.split("/");
  if (segments.some((segment) => !PREFIX_SEGMENT.test(segment) || segment === "." || segment === "..")) {
    throw new UserError(`${usage}; the prefix may hold only A-Z a-z 0-9 . _ - between slashes, got ${JSON.stringify(prefix)}`);
  }
  return { bucket, prefix };
}
function validateEndpoint(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    const shown = value.includes("@") ? "a value with an @ (credentials are never given here)" : JSON.stringify(value);
    throw new UserError(`offsite-endpoint must be an https:// (or http://) URL, got ${shown}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UserError(`offsite-endpoint must start with https:// (or http://), got ${JSON.stringify(url.protocol)}`);
  }
  if (url.username || url.password) {
    throw new UserError(`offsite-endpoint must not hold credentials; ${CREDENTIALS_ON_STDIN}`);
  }
  if (url.search || url.hash) throw new UserError("offsite-endpoint must not have a ?query or #fragment");
  return value.replace(/\/+$/, "");
}
function validateRecipients(value) {
  const keys = value.trim().split(/\s+/);
  if (keys.length === 1 && keys[0] === "none") return "none";
  if (keys.some((key) => /^AGE-SECRET-KEY-/i.test(key))) {
    throw new UserError(
      "offsite-recipient was given an age private key (AGE-SECRET-KEY-\u2026), which must stay off this server: set the public key instead (age1\u2026; `age-keygen -y pegasus-offsite.key` prints it), and treat that private key as exposed"
    );
  }
  const bad = keys.find((key) => !RECIPIENT.test(key));
  if (bad !== void 0) {
    throw new UserError(
      `offsite-recipient must be age public keys (age1\u2026, space separated) or none; ${JSON.stringify(bad.slice(0, 80))} is not one. Make a key pair on your own machine with \`age-keygen -o pegasus-offsite.key\` and set the public key it prints`
    );
  }
  return [...new Set(keys)].join(" ");
}
function validateRegion(value) {
  if (!REGION.test(value)) throw new UserError(`offsite-region must be a region name like eu-central or us-east-1, got ${JSON.stringify(value)}`);
  return value;
}
function validateBoolean(key, value) {
  if (value !== "true" && value !== "false") throw new UserError(`${key} must be true or false, got ${JSON.stringify(value)}`);
  return value;
}
function validateKeep(value) {
  if (!/^\d{1,5}$/.test(value)) throw new UserError(`offsite-keep must be a whole number from 0 to 99999, got ${JSON.stringify(value)}`);
  return String(Number(value));
}
function resolveOffsiteConfig(values, target) {
  const raw = values["offsite-url"] ?? "";
  if (raw === "") return void 0;
  const recipient = values["offsite-recipient"] ?? "";
  if (recipient === "") {
    throw new UserError(
      `offsite-url is set for ${target} but offsite-recipient is not, and copies leave this server only encrypted. On your own machine run \`age-keygen -o pegasus-offsite.key\` (keep that file off the server), then \`dokku pegasus:set ${target} offsite-recipient age1\u2026\` with the public key it prints (or \`dokku pegasus:set ${target} offsite-recipient none\` to upload unencrypted, knowingly)`
    );
  }
  const recipients = validateRecipients(recipient);
  return {
    url: parseOffsiteUrl(raw),
    endpoint: values["offsite-endpoint"] ? validateEndpoint(values["offsite-endpoint"]) : "",
    region: validateRegion(values["offsite-region"] || DEFAULT_REGION),
    pathStyle: (values["offsite-path-style"] || "false") === "true",
    recipients: recipients === "none" ? [] : recipients.split(" "),
    encrypted: recipients !== "none",
    keep: Number(validateKeep(values["offsite-keep"] || String(DEFAULT_OFFSITE_KEEP))),
    required: (values["offsite-required"] || "false") === "true"
  };
}
function appPrefix(config, app) {
  return config.url.prefix === "" ? `${app}/` : `${config.url.prefix}/${app}/`;
}
function dumpObjectName(config, app, id) {
  return `${appPrefix(config, app)}${id}${config.encrypted ? ".dump.age" : ".dump"}`;
}
function otherKindObjectName(key) {
  return key.endsWith(".age") ? key.slice(0, -".age".length) : `${key}.age`;
}
function mediaObjectName(config, app, id) {
  return `${appPrefix(config, app)}${id}${config.encrypted ? ".media.tar.age" : ".media.tar"}`;
}
function manifestObjectName(config, app, id) {
  return `${appPrefix(config, app)}${id}.json`;
}
function objectUrl(config, key) {
  return `s3://${config.url.bucket}/${key}`;
}
function groupBucketObjects(prefix, objects) {
  const copies = /* @__PURE__ */ new Map();
  for (const { key, size } of objects) {
    if (!key.startsWith(prefix)) continue;
    const match = /^(.+?)\.(dump|media\.tar|json)(\.age)?$/.exec(key.slice(prefix.length));
    if (!match || !isBackupId(match[1]) || match[2] === "json" && match[3]) continue;
    const id = match[1];
    const copy = copies.get(id) ?? { id };
    const encrypted = match[3] !== void 0;
    if (match[2] === "json") copy.manifest = { key, size };
    else if (match[2] === "dump" && (!copy.dump || encrypted)) copy.dump = { key, size, encrypted };
    else if (match[2] === "media.tar" && (!copy.media || encrypted)) copy.media = { key, size, encrypted };
    copies.set(id, copy);
  }
  return [...copies.values()].sort((a, b) => b.id.localeCompare(a.id));
}
function planOffsiteRetention(ids, keep, protect) {
  if (keep <= 0) return [];
  const ordered = [...ids].sort((a, b) => b.localeCompare(a));
  const kept = new Set(protect);
  if (ordered[0] !== void 0) kept.add(ordered[0]);
  const doomed = [];
  let remaining = ordered.length;
  for (const id of [...ordered].reverse()) {
    if (remaining <= keep) break;
    if (kept.has(id)) continue;
    doomed.push(id);
    remaining--;
  }
  return doomed;
}
function planOffsitePush(local, copied, bucketIds, keep) {
  const candidates = [.../* @__PURE__ */ new Set([...bucketIds, ...local.map((record) => record.id)])];
  const remove = new Set(planOffsiteRetention(candidates, keep, newestOfEachReason(local)));
  return { upload: local.filter((record) => !copied(record) && !remove.has(record.id)), remove };
}
function newestOfEachReason(records) {
  const seen = /* @__PURE__ */ new Map();
  for (const record of newestFirst(records)) if (!seen.has(record.reason)) seen.set(record.reason, record.id);
  return [...seen.values()];
}
function parseCredentials(text) {
  checkCredentialLines(text);
  const values = (0, import_dotenv.parse)(text);
  const missing = CREDENTIAL_KEYS.filter((key) => !values[key]);
  if (missing.length > 0) {
    throw new UserError(`Missing ${missing.join(" and ")}: give AWS_ACCESS_KEY_ID=\u2026 and AWS_SECRET_ACCESS_KEY=\u2026 lines on stdin`);
  }
  for (const key of CREDENTIAL_KEYS) {
    if (/[\s"'\\]/.test(values[key])) throw new UserError(`${key} holds whitespace, a quote or a backslash; credentials never do`);
  }
  return { accessKeyId: values.AWS_ACCESS_KEY_ID, secretAccessKey: values.AWS_SECRET_ACCESS_KEY };
}
function checkCredentialLines(text) {
  const give = "give exactly AWS_ACCESS_KEY_ID=\u2026 and AWS_SECRET_ACCESS_KEY=\u2026 lines";
  for (const [index, line] of text.split(/\r\n?|\n/).entries()) {
    const match = DOTENV_LINE.exec(line);
    if (!match) continue;
    const [, key, raw] = match;
    if (!CREDENTIAL_KEYS.includes(key)) {
      throw new UserError(`line ${index + 1} on stdin holds another key (not shown: it may be a secret); ${give}`);
    }
    const value = raw.trim();
    const hash = value.indexOf("#");
    if (!/^["'`]/.test(value) && hash >= 0 && (hash === 0 || !/\s/.test(value[hash - 1]))) {
      throw new UserError(`${key} holds a #, where dotenv would cut it short (a comment): quote the value, ${key}="\u2026"`);
    }
  }
}
var import_dotenv, OFFSITE_KEYS, DEFAULT_REGION, DEFAULT_OFFSITE_KEEP, BUCKET, PREFIX_SEGMENT, RECIPIENT, REGION, CREDENTIALS_ON_STDIN, CREDENTIAL_KEYS, DOTENV_LINE;
var init_config = __esm({
  "src/backup/offsite/config.ts"() {
    "use strict";
    import_dotenv = __toESM(require_main(), 1);
    init_errors();
    init_id();
    OFFSITE_KEYS = {
      url: "offsite-url",
      endpoint: "offsite-endpoint",
      region: "offsite-region",
      pathStyle: "offsite-path-style",
      recipient: "offsite-recipient",
      keep: "offsite-keep",
      required: "offsite-required"
    };
    DEFAULT_REGION = "us-east-1";
    DEFAULT_OFFSITE_KEEP = 30;
    BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
    PREFIX_SEGMENT = /^[A-Za-z0-9._-]+$/;
    RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;
    REGION = /^[a-z0-9-]{1,40}$/;
    CREDENTIALS_ON_STDIN = "give them on stdin to dokku pegasus:offsite-auth";
    CREDENTIAL_KEYS = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"];
    DOTENV_LINE = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(.*)$/;
  }
});

// src/backup/archive-file.ts
async function fileDigest(file2) {
  const hash = (0, import_node_crypto3.createHash)("sha256");
  let size = 0;
  for await (const chunk of (0, import_node_fs3.createReadStream)(file2)) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { size, sha256: hash.digest("hex") };
}
async function verifyArchiveFile(file2) {
  const handle = await (0, import_promises8.open)(file2, "r");
  try {
    const { size } = await handle.stat();
    let buffer = Buffer.allocUnsafe(0);
    const reader = {
      size,
      async read(position, length) {
        if (buffer.length < length) buffer = Buffer.allocUnsafe(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      }
    };
    return await verifyArchive(reader);
  } finally {
    await handle.close();
  }
}
var import_node_crypto3, import_node_fs3, import_promises8;
var init_archive_file = __esm({
  "src/backup/archive-file.ts"() {
    "use strict";
    import_node_crypto3 = __toESM(require_node_crypto(), 1);
    import_node_fs3 = require("node:fs");
    import_promises8 = __toESM(require_promises(), 1);
    init_pg_archive();
  }
});

// src/backup/offsite/state.ts
async function readOffsiteValues(context, target) {
  const store = new PropertyStore(context.paths.propertiesDir);
  const values = {};
  for (const key of Object.values(OFFSITE_KEYS)) {
    const value = target === GLOBAL ? await store.get(GLOBAL, key) : await store.computed(target, key, "");
    if (value) values[key] = value;
  }
  return values;
}
async function offsiteEnabled(context, target) {
  return Boolean((await readOffsiteValues(context, target))["offsite-url"]);
}
async function readOffsiteConfig(context, target) {
  return resolveOffsiteConfig(await readOffsiteValues(context, target), target);
}
function credentialsFile(context, target) {
  return target === GLOBAL ? import_node_path11.default.join(context.paths.dataDir, ".offsite-credentials.env") : import_node_path11.default.join(backupPaths(context.paths.dataDir, target).appDir, "offsite-credentials.env");
}
async function readCredentials(context, target) {
  const candidates = target === GLOBAL ? [[GLOBAL, "global"]] : [[target, "app"], [GLOBAL, "global"]];
  for (const [candidate, scope] of candidates) {
    let text;
    try {
      text = await (0, import_promises11.readFile)(credentialsFile(context, candidate), "utf8");
    } catch (error) {
      if (isMissing(error)) continue;
      throw error;
    }
    try {
      return { credentials: parseCredentials(text), scope };
    } catch {
      throw new UserError(
        `The stored off-site credentials of ${candidate === GLOBAL ? "--global" : candidate} cannot be read; store them again with \`dokku pegasus:offsite-auth ${candidate === GLOBAL ? "--global" : candidate} < credentials.env\``
      );
    }
  }
  return void 0;
}
async function requireCredentials(context, app) {
  const found = await readCredentials(context, app);
  if (!found) {
    throw new UserError(
      `No off-site credentials for ${app}: give them on stdin with \`dokku pegasus:offsite-auth ${app} < credentials.env\` (AWS_ACCESS_KEY_ID=\u2026 and AWS_SECRET_ACCESS_KEY=\u2026 lines; --global for every app)`
    );
  }
  return found.credentials;
}
async function writeLastOffsite(context, app, outcome) {
  const paths = backupPaths(context.paths.dataDir, app);
  await (0, import_promises11.mkdir)(paths.appDir, { recursive: true, mode: 493 });
  await writeFileAtomic(paths.lastOffsite, `${JSON.stringify(outcome)}
`);
}
var import_promises11, import_node_path11, STDIN_LIMIT;
var init_state = __esm({
  "src/backup/offsite/state.ts"() {
    "use strict";
    import_promises11 = __toESM(require_promises(), 1);
    import_node_path11 = __toESM(require("node:path"), 1);
    init_errors();
    init_properties();
    init_store();
    init_config();
    STDIN_LIMIT = 64 * 1024;
  }
});

// src/backup/offsite/parts.ts
async function* cutParts(source, buffers) {
  if (buffers.length < 2) throw new Error("cutParts needs two buffers: one filling, one being sent");
  const size = buffers[0].length;
  if (size === 0 || buffers.some((buffer) => buffer.length !== size)) throw new Error("cutParts needs buffers of one non-zero size");
  let number = 1;
  let current = buffers[0];
  let used = 0;
  for await (const chunk of source) {
    let offset = 0;
    while (offset < chunk.length) {
      if (used === size) {
        yield { data: current, number, last: false };
        number += 1;
        current = buffers[(number - 1) % buffers.length];
        used = 0;
      }
      const take = Math.min(size - used, chunk.length - offset);
      current.set(chunk.subarray(offset, offset + take), used);
      used += take;
      offset += take;
    }
  }
  yield { data: current.subarray(0, used), number, last: true };
}
var init_parts = __esm({
  "src/backup/offsite/parts.ts"() {
    "use strict";
  }
});

// src/backup/offsite/s3.ts
function partSizeFor(bytes) {
  const needed = Math.ceil((bytes * 1.001 + MIB) / MAX_PARTS / MIB) * MIB;
  return Math.max(PART_SIZE, needed);
}
function silenceSdkNodeNotice() {
  const original = process.emitWarning;
  if (original.pegasusFiltered) return;
  const filtered = ((warning, ...rest) => {
    const text = typeof warning === "string" ? warning : warning.message;
    if (text.includes("AWS SDK for JavaScript (v3) will")) return;
    original.call(process, warning, ...rest);
  });
  filtered.pegasusFiltered = true;
  process.emitWarning = filtered;
}
function commonJs(namespace) {
  return namespace.default ?? namespace;
}
function storeName(config) {
  return config.endpoint || `AWS S3 (${config.region})`;
}
async function openBucket(config, credentials, { idleTimeoutMs = IDLE_TIMEOUT_MS } = {}) {
  silenceSdkNodeNotice();
  const sdk = commonJs(await Promise.resolve().then(() => __toESM(require("../vendor/aws-sdk-client-s3.cjs"), 1)));
  const client = new sdk.S3Client({
    region: config.region,
    ...config.endpoint ? { endpoint: config.endpoint } : {},
    forcePathStyle: config.pathStyle,
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey },
    // Since 3.729 the SDK adds CRC32 checksums to every upload, which many S3-compatible
    // stores reject; ask for them only where S3 requires one.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    maxAttempts: 3,
    requestHandler: { connectionTimeout: idleTimeoutMs, socketTimeout: idleTimeoutMs }
  });
  const Bucket = config.url.bucket;
  const fail = (what, error) => {
    throw new UserError(`Off-site ${what} failed: ${describeS3Error(error, config, idleTimeoutMs)}`);
  };
  let partBuffers;
  let partBuffersBusy = false;
  const uploadInParts = async (Key, body, ContentType, partSize) => {
    const shared = !partBuffersBusy;
    const fresh = () => [Buffer.allocUnsafe(partSize), Buffer.allocUnsafe(partSize)];
    if (shared && partBuffers?.[0]?.length !== partSize) partBuffers = fresh();
    const buffers = shared ? partBuffers : fresh();
    if (shared) partBuffersBusy = true;
    let UploadId;
    const sent = [];
    let sending;
    const sendPart = async (part) => {
      const { ETag } = await client.send(
        new sdk.UploadPartCommand({ Bucket, Key, UploadId, PartNumber: part.number, Body: part.data })
      );
      if (!ETag) throw new Error(`the store returned no ETag for part ${part.number}`);
      sent.push({ PartNumber: part.number, ETag });
    };
    try {
      for await (const part of cutParts(body, buffers)) {
        if (part.number === 1 && part.last) {
          await client.send(new sdk.PutObjectCommand({ Bucket, Key, Body: part.data, ContentType }));
          return { parts: 1 };
        }
        if (part.number > MAX_PARTS) throw new Error(`it would take more than ${MAX_PARTS} parts of ${partSize / MIB} MiB`);
        UploadId ??= (await client.send(new sdk.CreateMultipartUploadCommand({ Bucket, Key, ContentType }))).UploadId;
        await sending;
        sending = sendPart(part);
        sending.catch(() => void 0);
      }
      await sending;
      sent.sort((a, b) => a.PartNumber - b.PartNumber);
      await client.send(new sdk.CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: sent } }));
      return { parts: sent.length };
    } catch (error) {
      await sending?.catch(() => void 0);
      if (UploadId) await client.send(new sdk.AbortMultipartUploadCommand({ Bucket, Key, UploadId })).catch(() => void 0);
      throw error;
    } finally {
      if (shared) partBuffersBusy = false;
    }
  };
  return {
    name: Bucket,
    async check() {
      try {
        const probe = `${config.url.prefix ? `${config.url.prefix}/` : ""}.pegasus-credentials-check`;
        await client.send(new sdk.ListObjectsV2Command({ Bucket, MaxKeys: 1, Prefix: probe }));
      } catch (error) {
        fail(`access to s3://${Bucket}`, error);
      }
    },
    async upload(key, body, contentType, expectedBytes = 0) {
      try {
        return await uploadInParts(key, body, contentType, partSizeFor(expectedBytes));
      } catch (error) {
        return fail(`upload of s3://${Bucket}/${key}`, error);
      }
    },
    async size(key) {
      try {
        const head = await client.send(new sdk.HeadObjectCommand({ Bucket, Key: key }));
        return head.ContentLength;
      } catch (error) {
        if (isNotFound(error)) return void 0;
        return fail(`check of s3://${Bucket}/${key}`, error);
      }
    },
    async list(prefix) {
      const objects = [];
      let token;
      try {
        do {
          const page = await client.send(new sdk.ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken: token }));
          for (const item of page.Contents ?? []) if (item.Key) objects.push({ key: item.Key, size: item.Size ?? 0 });
          token = page.IsTruncated ? page.NextContinuationToken : void 0;
        } while (token);
      } catch (error) {
        fail(`listing of s3://${Bucket}/${prefix}`, error);
      }
      return objects;
    },
    async read(key) {
      try {
        const object = await client.send(new sdk.GetObjectCommand({ Bucket, Key: key }));
        return { body: object.Body, size: object.ContentLength ?? 0, modified: object.LastModified };
      } catch (error) {
        if (isNotFound(error)) return void 0;
        return fail(`download of s3://${Bucket}/${key}`, error);
      }
    },
    async remove(key) {
      try {
        await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: key }));
      } catch (error) {
        fail(`deletion of s3://${Bucket}/${key}`, error);
      }
    }
  };
}
function isNotFound(error) {
  const { name, $metadata } = error ?? {};
  return name === "NotFound" || name === "NoSuchKey" || $metadata?.httpStatusCode === 404;
}
function describeS3Error(error, config, idleTimeoutMs = IDLE_TIMEOUT_MS) {
  const { name, code, $metadata } = error ?? {};
  const status = $metadata?.httpStatusCode;
  const store = storeName(config);
  const auth = "check them and store them again with `dokku pegasus:offsite-auth`";
  switch (name) {
    case "InvalidAccessKeyId":
      return `${store} does not know the access key id (403 InvalidAccessKeyId): ${auth}`;
    case "SignatureDoesNotMatch":
      return `${store} refused the secret access key (403 SignatureDoesNotMatch): ${auth}`;
    case "AccessDenied":
      return `${store} denied access to bucket ${config.url.bucket} (403 AccessDenied): give the key read, write, list and delete rights on it`;
    case "NoSuchBucket":
      return `bucket ${config.url.bucket} does not exist at ${store} (404 NoSuchBucket): create it, or fix offsite-url`;
    case "PermanentRedirect":
    case "AuthorizationHeaderMalformed":
      return `${store} says bucket ${config.url.bucket} lives in another region (${status ?? "?"} ${name}): fix offsite-region`;
  }
  if (code && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|EPIPE)$/.test(code)) {
    return `cannot reach ${store} (${code}): check offsite-endpoint and the network`;
  }
  if (name === "TimeoutError") {
    return `${store} stopped answering (nothing for ${Math.round(idleTimeoutMs / 1e3)} s, three times): check the store and the network`;
  }
  if (status === 404) return `bucket ${config.url.bucket} does not exist at ${store} (404 ${name ?? "NotFound"}): create it, or fix offsite-url`;
  if (status === 403) return `${store} refused the request (403 ${name ?? "Forbidden"}): ${auth}`;
  if (status) return `${store} answered ${status} ${name ?? ""}`.trim();
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return `${name ?? "error"}: ${message}`;
}
var PART_SIZE, MAX_PARTS, MIB, IDLE_TIMEOUT_MS;
var init_s3 = __esm({
  "src/backup/offsite/s3.ts"() {
    "use strict";
    init_errors();
    init_parts();
    PART_SIZE = 8 * 1024 * 1024;
    MAX_PARTS = 1e4;
    MIB = 1024 * 1024;
    IDLE_TIMEOUT_MS = 12e4;
  }
});

// src/backup/offsite/age.ts
var age_exports = {};
__export(age_exports, {
  WrongIdentityError: () => WrongIdentityError,
  decryptStream: () => decryptStream,
  encryptStream: () => encryptStream
});
async function loadAge() {
  return Promise.resolve().then(() => __toESM(require("../vendor/age-encryption.cjs"), 1));
}
async function encryptStream(plaintext, recipients) {
  const age = await loadAge();
  const encrypter = new age.Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  const web = import_node_stream.Readable.toWeb(plaintext);
  const encrypted = await encrypter.encrypt(web);
  return import_node_stream.Readable.fromWeb(encrypted);
}
async function decryptStream(ciphertext, identities) {
  const age = await loadAge();
  const decrypter = new age.Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  const web = import_node_stream.Readable.toWeb(ciphertext);
  let plaintext;
  try {
    plaintext = await decrypter.decrypt(web);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/no identity matched/i.test(message)) {
      throw new WrongIdentityError("the identity given does not open it (it was encrypted to another age key)");
    }
    throw new UserError(`it is not a readable age file (${message.split("\n")[0]})`);
  }
  return import_node_stream.Readable.fromWeb(plaintext);
}
var import_node_stream, WrongIdentityError;
var init_age = __esm({
  "src/backup/offsite/age.ts"() {
    "use strict";
    import_node_stream = __toESM(require_node_stream(), 1);
    init_errors();
    WrongIdentityError = class extends UserError {
    };
  }
});

// src/backup/offsite/push.ts
var push_exports = {};
__export(push_exports, {
  pushPending: () => pushPending
});
async function pushPending(app, context) {
  try {
    const result = await pushUnderLock(app, context);
    await writeLastOffsite(context, app, { status: "ok", at: context.now().toISOString(), uploaded: result.uploaded.map((u) => u.id) });
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await writeLastOffsite(context, app, { status: "failed", at: context.now().toISOString(), message }).catch(() => void 0);
    throw error;
  }
}
async function pushUnderLock(app, context) {
  const config = await readOffsiteConfig(context, app);
  if (!config) throw new UserError(`offsite-url is not set for ${app}: set it with \`dokku pegasus:set ${app} offsite-url s3://BUCKET/PREFIX\``);
  const credentials = await requireCredentials(context, app);
  const paths = backupPaths(context.paths.dataDir, app);
  await ensureBackupDir(paths);
  const lockFile = `${paths.dir}/.offsite.lock`;
  const release = await acquireBackupLock(lockFile, { app, now: context.now(), log: context.log, kind: "off-site upload" }).catch((error) => {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(
      `another off-site upload of ${app} is running (${lockFile}); once it is done, run \`dokku pegasus:offsite-push ${app}\``
    );
  });
  try {
    const bucket = await openBucket(config, credentials);
    const local = await listBackups(paths);
    const prefix = appPrefix(config, app);
    const copies = groupBucketObjects(prefix, await bucket.list(prefix));
    const complete = copies.filter((copy) => copy.dump && copy.manifest);
    const completeIds = new Set(complete.map((copy) => copy.id));
    const withMedia = new Set(complete.filter((copy) => copy.media).map((copy) => copy.id));
    const copied = (record) => completeIds.has(record.id) && (!record.media || withMedia.has(record.id)) && isCopiedTo(record, config, app);
    const bucketIds = complete.map((copy) => copy.id);
    let plan = planOffsitePush(local, copied, bucketIds, config.keep);
    const uploaded = [];
    const changed = /* @__PURE__ */ new Map();
    const attempted = /* @__PURE__ */ new Set();
    const gone = /* @__PURE__ */ new Set();
    for (; ; ) {
      const before = changed.size + gone.size;
      for (const record of plan.upload.filter((candidate) => !attempted.has(candidate.id))) {
        attempted.add(record.id);
        try {
          uploaded.push({ id: record.id, copy: await uploadBackup(app, record, paths, config, bucket, context, completeIds.has(record.id)) });
        } catch (error) {
          if (error instanceof RemovedMeanwhile) {
            context.log.verbose(`Backup ${record.id} was removed here (backup-keep) before its upload: not copied`);
            gone.add(record.id);
            continue;
          }
          if (!(error instanceof ChangedSinceVerified)) throw error;
          changed.set(record.id, error.message);
        }
      }
      if (changed.size + gone.size === before) break;
      plan = planOffsitePush(
        local.filter((record) => !changed.has(record.id) && !gone.has(record.id)),
        (record) => attempted.has(record.id) || copied(record),
        bucketIds,
        config.keep
      );
    }
    const { remove } = plan;
    const pruned = await pruneBucket(complete.filter((copy) => remove.has(copy.id)), config, bucket, paths, context);
    const incompleteRemoved = [];
    for (const copy of copies) {
      if (completeIds.has(copy.id) || uploaded.some((upload) => upload.id === copy.id)) continue;
      await removeCopyObjects(copy, bucket);
      context.log.verbose(`Removed the incomplete off-site copy ${copy.id} (${copy.manifest ? "no dump" : "no manifest"}: an upload or removal was interrupted)`);
      incompleteRemoved.push(copy.id);
    }
    const result = { uploaded, pruned, incompleteRemoved };
    if (changed.size) throw new LocalBackupChanged([...changed.keys()], [...changed.values()], app, paths.dir, result);
    return result;
  } finally {
    await release();
  }
}
function isCopiedTo(record, config, app) {
  return record.offsite?.url === objectUrl(config, dumpObjectName(config, app, record.id)) && (!record.media || Boolean(record.offsite.media));
}
async function uploadBackup(app, record, paths, config, bucket, context, replacing) {
  const dumpKey = dumpObjectName(config, app, record.id);
  await requirePresent(paths.dump(record.id), paths, record, "dump");
  if (record.media) await requirePresent(paths.media(record.id), paths, record, "media archive");
  if (replacing) {
    await checkUnchanged(paths.dump(record.id), record, "dump");
    if (record.media) await checkUnchanged(paths.media(record.id), { id: record.id, ...record.media }, "media archive");
  }
  const manifestKey = manifestObjectName(config, app, record.id);
  const url = objectUrl(config, dumpKey);
  context.log.info1(`Uploading backup ${record.id} to ${url}${config.encrypted ? " (age-encrypted)" : " (NOT encrypted: offsite-recipient none)"}`);
  const began = Date.now();
  const dumpSent = await uploadFile(paths.dump(record.id), dumpKey, record, "dump", config, bucket);
  let sent = dumpSent.sent;
  let parts = dumpSent.parts;
  let media = null;
  if (record.media) {
    const mediaKey = mediaObjectName(config, app, record.id);
    const mediaSent = await uploadFile(paths.media(record.id), mediaKey, { id: record.id, ...record.media }, "media archive", config, bucket).catch(
      async (error) => {
        if (error instanceof ChangedSinceVerified) await bucket.remove(dumpKey);
        throw error;
      }
    );
    media = { url: objectUrl(config, mediaKey), size: mediaSent.sent };
    sent += mediaSent.sent;
    parts += mediaSent.parts;
  }
  const manifest = await (0, import_promises12.readFile)(paths.manifest(record.id));
  await bucket.upload(manifestKey, import_node_stream2.Readable.from([manifest]), "application/json");
  const manifestStored = await bucket.size(manifestKey);
  if (manifestStored !== manifest.length) {
    throw new UserError(`the store holds ${manifestStored ?? "no"} bytes for ${objectUrl(config, manifestKey)} after ${manifest.length} were sent`);
  }
  await bucket.remove(otherKindObjectName(dumpKey));
  if (media) await bucket.remove(otherKindObjectName(mediaObjectName(config, app, record.id)));
  const copy = { url, size: dumpSent.sent, uploaded_at: context.now().toISOString(), encrypted: config.encrypted, media };
  if (await exists2(paths.dump(record.id))) await writeOffsiteCopy(paths, record.id, copy);
  const seconds = Math.max((Date.now() - began) / 1e3, 1e-3);
  context.log.verbose(
    `${formatBytes(sent)} uploaded in ${seconds.toFixed(1)} s (${formatBytes(Math.round(sent / seconds))}/s, ${parts === 1 ? "1 part" : `${parts} parts`}), size checked`
  );
  return copy;
}
async function uploadFile(file2, key, expected, what, config, bucket) {
  const plainHash = (0, import_node_crypto5.createHash)("sha256");
  let plainBytes = 0;
  const settled = () => void 0;
  const plain = (0, import_node_stream2.pipeline)(
    (0, import_node_fs5.createReadStream)(file2),
    new import_node_stream2.Transform({
      transform(chunk, _encoding, callback) {
        plainHash.update(chunk);
        plainBytes += chunk.length;
        callback(null, chunk);
      }
    }),
    settled
  );
  let sent = 0;
  const source = config.encrypted ? await (await Promise.resolve().then(() => (init_age(), age_exports))).encryptStream(plain, config.recipients) : plain;
  const counted = (0, import_node_stream2.pipeline)(
    source,
    new import_node_stream2.Transform({
      transform(chunk, _encoding, callback) {
        sent += chunk.length;
        callback(null, chunk);
      }
    }),
    settled
  );
  const plainType = what === "dump" ? "application/vnd.postgresql.custom" : "application/x-tar";
  const { parts } = await bucket.upload(key, counted, config.encrypted ? "application/octet-stream" : plainType, expected.size);
  const sha256 = plainHash.digest("hex");
  if (plainBytes !== expected.size || sha256 !== expected.sha256) {
    await bucket.remove(key);
    throw changedSinceVerified(what, expected, sha256, plainBytes);
  }
  const stored = await bucket.size(key);
  if (stored !== sent) {
    throw new UserError(`the store holds ${stored ?? "no"} bytes for ${objectUrl(config, key)} after ${sent} were sent; the copy does not count`);
  }
  return { sent, parts };
}
function changedSinceVerified(what, expected, sha256, bytes) {
  return new ChangedSinceVerified(
    `the local ${what} of ${expected.id} changed on this disk after it was verified (sha256 ${sha256}, ${bytes} bytes; its manifest says ${expected.sha256}, ${expected.size})`
  );
}
async function requirePresent(file2, paths, record, what) {
  if (await exists2(file2)) return;
  if (!await exists2(paths.manifest(record.id))) throw new RemovedMeanwhile();
  throw new ChangedSinceVerified(`the local ${what} of ${record.id} is missing on this disk after it was verified (no ${file2})`);
}
async function checkUnchanged(file2, expected, what) {
  const { size, sha256 } = await fileDigest(file2);
  if (size !== expected.size || sha256 !== expected.sha256) throw changedSinceVerified(what, expected, sha256, size);
}
async function exists2(file2) {
  try {
    await (0, import_promises12.stat)(file2);
    return true;
  } catch {
    return false;
  }
}
async function pruneBucket(doomed, config, bucket, paths, context) {
  for (const copy of doomed) {
    await removeCopyObjects(copy, bucket);
    await (0, import_promises12.rm)(paths.offsite(copy.id), { force: true });
    context.log.verbose(`Removed off-site copy ${copy.id} (offsite-keep ${config.keep})`);
  }
  return doomed.map((copy) => copy.id);
}
async function removeCopyObjects(copy, bucket) {
  if (copy.manifest) await bucket.remove(copy.manifest.key);
  for (const key of [copy.dump?.key, copy.media?.key]) {
    if (key === void 0) continue;
    await bucket.remove(key);
    await bucket.remove(otherKindObjectName(key));
  }
}
var import_node_crypto5, import_node_fs5, import_promises12, import_node_stream2, ChangedSinceVerified, RemovedMeanwhile;
var init_push = __esm({
  "src/backup/offsite/push.ts"() {
    "use strict";
    import_node_crypto5 = __toESM(require_node_crypto(), 1);
    import_node_fs5 = require("node:fs");
    import_promises12 = __toESM(require_promises(), 1);
    import_node_stream2 = __toESM(require_node_stream(), 1);
    init_id();
    init_errors();
    init_after_backup();
    init_lock();
    init_archive_file();
    init_store();
    init_config();
    init_s3();
    init_state();
    ChangedSinceVerified = class extends Error {
    };
    RemovedMeanwhile = class extends Error {
    };
  }
});

// src/backup/offsite/after-backup.ts
async function copyOffsite(app, record, context) {
  if (!await offsiteEnabled(context, app)) return { ...record, offsite: null };
  try {
    const { pushPending: pushPending2 } = await Promise.resolve().then(() => (init_push(), push_exports));
    await pushPending2(app, context);
  } catch (error) {
    if (error instanceof LocalBackupChanged) {
      if (error.ids.includes(record.id)) {
        throw new UserError(`Backup ${record.id} changed on this disk after it was verified: a restore would refuse it, so it protects nothing. ${error.message}`);
      }
      context.log.warn(error.message);
      return copiedOrFailed(app, record, context);
    }
    throw new OffsiteFailure({ ...record, offsite: null }, error instanceof Error ? error.message : String(error));
  }
  return copiedOrFailed(app, record, context);
}
async function copiedOrFailed(app, record, context) {
  const offsite = await readOffsiteCopy(backupPaths(context.paths.dataDir, app), record.id);
  if (offsite) return { ...record, offsite };
  throw new OffsiteFailure(
    { ...record, offsite: null },
    `offsite-keep left it out: the bucket holds as many copies newer than ${record.created_at} as it may keep (has this server's clock gone back?)`
  );
}
var OffsiteFailure, LocalBackupChanged;
var init_after_backup = __esm({
  "src/backup/offsite/after-backup.ts"() {
    "use strict";
    init_errors();
    init_store();
    init_state();
    OffsiteFailure = class extends UserError {
      constructor(record, reason) {
        super(
          `Backup ${record.id} is verified and kept on this server, but its off-site copy failed: ${reason}
The next backup uploads it, or now: dokku pegasus:offsite-push ${record.app}`
        );
        this.record = record;
        this.name = "OffsiteFailure";
      }
    };
    LocalBackupChanged = class extends UserError {
      constructor(ids, details, app, dir, pushed) {
        super(
          `${details.join("; ")}. ${ids.length === 1 ? "That backup was" : "Those backups were"} not copied off-site (the others were) and would be refused by a restore too. Local retention (backup-keep) removes ${ids.length === 1 ? "it" : "them"} in time, or remove ${ids.map((id) => `${id}.*`).join(" ")} from ${dir} by hand; until then every push of ${app} names ${ids.length === 1 ? "it" : "them"} and exits 1`
        );
        this.ids = ids;
        this.pushed = pushed;
        this.name = "LocalBackupChanged";
      }
    };
  }
});

// src/subcommands/rollback.ts
var rollback_exports = {};
__export(rollback_exports, {
  rollback: () => rollback
});
var import_node_path13 = __toESM(require("node:path"), 1);

// node_modules/commander/esm.mjs
var import_index = __toESM(require_commander(), 1);
var {
  program,
  createCommand,
  createArgument,
  createOption,
  CommanderError,
  InvalidArgumentError,
  InvalidOptionArgumentError,
  // deprecated old name
  Command,
  Argument,
  Option,
  Help
} = import_index.default;

// src/core/args.ts
init_errors();

// src/core/options.ts
init_errors();
function stringOption(options, name) {
  const value = options[name];
  return typeof value === "string" ? value : void 0;
}
function booleanOption(options, name) {
  return options[name] === true;
}
function formatOption(options) {
  const format = stringOption(options, "format") ?? "stdout";
  if (format === "json" || format === "stdout" || format === "text") {
    return format === "json" ? "json" : "stdout";
  }
  throw new UserError(`Format must be "stdout" or "json": "${format}"`);
}
var FORMAT_OPTION = {
  format: { type: "string", value: "stdout|json", description: "json prints only data on stdout" }
};
function expectPositionals(command, usage, positionals, min, max) {
  if (positionals.length < min) {
    throw new UserError(`Missing argument. Usage: dokku ${command} ${usage}`);
  }
  if (positionals.length > max) {
    throw new UserError(
      `Unexpected argument ${JSON.stringify(positionals[max])}. Usage: dokku ${command} ${usage}`
    );
  }
}

// src/core/args.ts
var PLUGIN_PREFIX = "pegasus:";
var HELP_WIDTH = 100;
var NEGATIVE_NUMBER = /^-\d/;
var TYPOGRAPHIC_DASH = /^[\u2010-\u2015\u2212]+(?=[a-z])/;
var DokkuCommand = class extends Command {
  parseOptions(argv) {
    const parsed = super.parseOptions(argv);
    const [first, ...rest] = parsed.unknown;
    if (first === void 0 || !NEGATIVE_NUMBER.test(first)) return parsed;
    const more = this.parseOptions(rest);
    return { operands: [...parsed.operands, first, ...more.operands], unknown: more.unknown };
  }
  /**
   * Commander calls `--dry-run=false` an unknown option, which reads as if the command had no
   * --dry-run; say that the flag takes no value instead. (Not in commander's typings.)
   */
  unknownOption(flag) {
    const name = flag.split("=")[0];
    if (flag.startsWith("--") && name !== flag && this.options.some((option) => option.long === name && option.isBoolean())) {
      this.error(`error: option '${name}' takes no value: give ${name} alone, or leave it out`, { code: "commander.unknownOption" });
    }
    return Command.prototype.unknownOption.call(this, flag);
  }
};
var DOKKU_GLOBAL_FLAGS = {
  quiet: { type: "boolean", description: "" },
  trace: { type: "boolean", description: "" },
  app: { type: "string", value: "APP", description: "" }
};
function buildCommand(shape, output = { out: [], err: [] }) {
  const command = new DokkuCommand(`${PLUGIN_PREFIX}${shape.name}`).description(shape.summary).usage(`${shape.args ? `${shape.args} ` : ""}[options]`).exitOverride().configureOutput({
    writeOut: (text) => output.out.push(text),
    writeErr: (text) => output.err.push(text),
    outputError: () => {
    }
  }).configureHelp({ helpWidth: HELP_WIDTH, commandUsage: (cmd) => `dokku ${cmd.name()} ${cmd.usage()}` }).action(() => {
  });
  for (const argument of shape.arguments ?? commanderArguments(shape)) command.argument(argument);
  const flags = [...Object.keys(shape.options), ...Object.keys(DOKKU_GLOBAL_FLAGS), "help"].map((name) => `--${name}`);
  const flagOf = (value) => flags.find((flag) => value === flag || value.startsWith(`${flag}=`)) ?? (value === "-h" ? value : void 0);
  const checkValue = (name) => (value) => {
    const flag = flagOf(value);
    if (flag) throw new InvalidArgumentError(`${flag} is a flag of ${command.name()}: give --${name} its value first`);
    return value;
  };
  for (const [name, spec] of Object.entries(shape.options)) command.addOption(commanderOption(name, spec, checkValue(name)));
  for (const [name, spec] of Object.entries(DOKKU_GLOBAL_FLAGS)) {
    if (!(name in shape.options)) command.addOption(commanderOption(name, spec, checkValue(name)).hideHelp());
  }
  if (shape.notes?.length) command.addHelpText("after", `
${shape.notes.map((note) => `  ${note}`).join("\n")}`);
  return command;
}
function commanderOption(name, spec, checkValue) {
  const flags = spec.type === "string" ? `--${name} <${spec.value ?? "VALUE"}>` : `--${name}`;
  const option = new Option(flags, spec.description);
  if (spec.type === "boolean") return option;
  return option.argParser(
    (value, previous) => spec.multiple ? [...previous ?? [], checkValue(value)] : checkValue(value)
  );
}
function commanderArguments(shape) {
  return shape.args.split(/\s+/).filter(Boolean).map((word) => {
    const flagAlternative = /^<([^<>|\s]+)>\|--[a-z-]+$/.exec(word) ?? /^\[<([^<>|\s]+)>\|--[a-z-]+\]$/.exec(word);
    if (flagAlternative) return `[${flagAlternative[1]}]`;
    const plain = /^(<[^<>\s]+>|\[<?[^<>[\]\s]+>?\])$/.exec(word);
    if (!plain) {
      throw new Error(`pegasus:${shape.name}: cannot read "${word}" of "${shape.args}" as an argument; give the command its \`arguments\``);
    }
    return word.replace(/^\[<(.*)>\]$/, "[$1]");
  });
}
function parseSubcommandArgs(shape, argv, env = {}) {
  const prefix = shape.infoFlagPrefix;
  const infoFlags = prefix ? argv.filter((arg) => arg.startsWith(`--${prefix}`)) : [];
  let words = argv.filter((arg) => !infoFlags.includes(arg));
  if (env.DOKKU_APP_NAME || words.some((word) => word === "--app" || word.startsWith("--app="))) {
    const probe = buildCommand(shape);
    let operands = [];
    try {
      operands = probe.parseOptions([...words]).operands;
    } catch {
    }
    const app = probe.getOptionValue("app") ?? env.DOKKU_APP_NAME;
    if (app && operands[0] !== app && probe.getOptionValue("global") !== true) words = [app, ...words];
  }
  const end = words.indexOf("--");
  const typographic = (end === -1 ? words : words.slice(0, end)).find((word) => TYPOGRAPHIC_DASH.test(word));
  if (typographic) {
    const flag = typographic.replace(TYPOGRAPHIC_DASH, "--");
    throw new UserError(`"${typographic}" starts with a typographic dash, not two hyphens: type ${flag}
See \`dokku ${PLUGIN_PREFIX}${shape.name} --help\` for its usage`);
  }
  const output = { out: [], err: [] };
  const command = buildCommand(shape, output);
  try {
    command.parse([...words], { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === "commander.helpDisplayed" || error.code === "commander.help") {
      throw new HelpRequested(output.out.join(""));
    }
    throw inDokkuVoice(error, shape);
  }
  const options = {};
  for (const [name, spec] of Object.entries(shape.options)) {
    const option = command.options.find((candidate) => candidate.long === `--${name}`);
    const key = option?.attributeName();
    if (!key || command.getOptionValueSource(key) !== "cli") continue;
    options[name] = spec.type === "boolean" ? true : command.getOptionValue(key);
  }
  return { positionals: [...command.args], options, infoFlags };
}
function inDokkuVoice(error, shape) {
  if (error.code === "commander.missingArgument" && /'app'$/.test(error.message)) {
    return new UserError("Please specify an app to run the command on");
  }
  const lines = error.message.replace(/^error: /, "").split("\n");
  lines[0] = `${lines[0].charAt(0).toUpperCase()}${lines[0].slice(1)}`;
  lines.push(`See \`dokku ${PLUGIN_PREFIX}${shape.name} --help\` for its usage`);
  return new UserError(lines.join("\n"));
}

// src/core/app-name.ts
init_errors();
var CREATE_RULE = /^[a-z0-9][a-z0-9.-]*$/;
var LEGACY_LOOKUP_RULE = /^[a-z0-9][a-z0-9._-]*$/;
var RULE_MESSAGE = "App name must begin with lowercase alphanumeric character, and may only contain lowercase alphanumerics, dots, and hyphens";
function isValidNewAppName(name) {
  return CREATE_RULE.test(name);
}
function isValidAppName(name) {
  return LEGACY_LOOKUP_RULE.test(name);
}
function verifyAppName(name, { forCreate = false } = {}) {
  if (name === void 0 || name === "") {
    throw new UserError("Please specify an app to run the command on");
  }
  const valid = forCreate ? isValidNewAppName(name) : isValidAppName(name);
  if (!valid) throw new UserError(RULE_MESSAGE);
  return name;
}

// src/subcommands/rollback.ts
init_id();

// src/backup/restore-plan.ts
init_id();
function restoreSteps(facts) {
  const { app, record, target } = facts;
  const service = target.service;
  const running = facts.deployed && !facts.stoppedByOperator;
  const steps = [
    `back up the current database of ${service}${facts.media ? " and the media" : ""} (reason pre-restore), so this restore can be undone`
  ];
  for (const media of facts.media ?? []) steps.push(`unpack the media of ${media.container_path} beside ${media.live}, checking its sha256`);
  if (running) steps.push(`stop ${app} (ps:stop), so nothing writes while the data is replaced`);
  const origin = service === record.service ? "" : `, taken of ${record.service},`;
  const chosen = target.explicit ? " (chosen with --into-service)" : `, the database ${app} uses now`;
  steps.push(
    `import ${record.id}${origin} into ${service}${chosen} (postgres:import: drops and re-creates every object the backup holds)`
  );
  for (const media of facts.media ?? []) steps.push(`swap the unpacked media in for ${media.live} (files added since the backup go)`);
  if (facts.rollbackSha) {
    steps.push(
      `deploy ${shortRev(facts.rollbackSha)}, the commit live when the backup was taken (git:sync --build ${app} ${facts.repo ?? ""} ${facts.rollbackSha}), without another deploy backup` + (facts.stoppedByOperator ? `; a deploy starts ${app}, which ps:stop had stopped` : "")
    );
  } else if (facts.stoppedByOperator) {
    steps.push(`leave ${app} stopped, as ps:stop left it (start it with ps:start when ready)`);
  } else if (facts.deployed) {
    steps.push(`start ${app} again (ps:start, which runs the release task of the deployed code)`);
  }
  return steps;
}
function describeBackup(record) {
  return `${record.id}: taken ${record.created_at.replace(/\.\d{3}Z$/, "Z")} (${record.reason}), live commit ${shortRev(record.git_rev)}, ${formatBytes(record.size)}, service ${record.service}; sha256 and archive structure verified`;
}

// src/dokku/apps.ts
init_errors();
async function appExists(dokku, app) {
  const result = await dokku.run(["apps:exists", app], { mutating: false, okExitCodes: [20] });
  return result.exitCode === 0;
}
async function verifyAppExists(dokku, app) {
  if (!await appExists(dokku, app)) throw new AppMissingError(app);
}

// src/dokku/deploy.ts
init_errors();

// src/dokku/client.ts
init_errors();
var STRIPPED_ENV = [
  "DOKKU_APP_NAME",
  "DOKKU_QUIET_OUTPUT",
  "DOKKU_TRACE",
  "DOKKU_APPS_FORCE_DELETE",
  "DOKKU_GLOBAL_FLAGS"
];
var DokkuClient = class {
  constructor(options) {
    this.options = options;
    const env = { ...options.env };
    for (const name of STRIPPED_ENV) delete env[name];
    this.childEnv = env;
  }
  calls = [];
  childEnv;
  get mutatingCalls() {
    return this.calls.filter((call) => call.mutating).length;
  }
  /** Runs `dokku [--quiet] <args>`; throws DokkuCommandError unless the exit code is accepted. */
  async run(args, options) {
    const argv = options.quiet ? ["--quiet", ...args] : [...args];
    const shown = showArgs(args, options.redactFrom);
    this.options.trace?.(`dokku ${shown.join(" ")}`);
    const result = await this.options.runner.run(this.options.bin, argv, {
      env: this.childEnv,
      input: options.input,
      inputFile: options.inputFile
    });
    this.record(args, shown, options.mutating, result.exitCode);
    this.check(args, result.exitCode, result.stderr, result.stdout, options.okExitCodes);
    return result;
  }
  /**
   * Runs `plugn trigger <name> <args…>` directly, as Dokku's Go core does (CallPlugnTrigger sits
   * on CallExecCommand): unlike `dokku plugin:trigger`, which the dokku script refuses to anyone
   * but root, it runs as whoever we are (the dokku user inside a subcommand or trigger). Same
   * runner and stripped environment as `run`; recorded as command `plugn:<name>`.
   */
  async trigger(name, args, options) {
    const argv = ["trigger", name, ...args];
    const shown = showArgs(argv, options.redactFrom === void 0 ? void 0 : options.redactFrom + 1);
    this.options.trace?.(`plugn ${shown.join(" ")}`);
    const result = await this.options.runner.run(this.options.plugnBin ?? "plugn", argv, {
      env: this.childEnv,
      input: options.input,
      inputFile: options.inputFile
    });
    this.calls.push({ command: `plugn:${name}`, shownArgs: shown, mutating: options.mutating, exitCode: result.exitCode });
    this.check([`plugn:${name}`], result.exitCode, result.stderr, result.stdout, options.okExitCodes);
    return result;
  }
  /** Runs a dokku command whose stdout is streamed to `consumeStdout` (e.g. postgres:export). */
  async stream(args, options) {
    const argv = options.quiet ? ["--quiet", ...args] : [...args];
    const shown = showArgs(args, options.redactFrom);
    this.options.trace?.(`dokku ${shown.join(" ")}`);
    const result = await this.options.runner.stream(this.options.bin, argv, {
      env: this.childEnv,
      input: options.input,
      consumeStdout: options.consumeStdout
    });
    this.record(args, shown, options.mutating, result.exitCode);
    return result;
  }
  record(args, shownArgs, mutating, exitCode) {
    this.calls.push({ command: args[0] ?? "", shownArgs, mutating, exitCode });
  }
  check(args, exitCode, stderr, stdout, okExitCodes = []) {
    if (exitCode === ExitCode.ok || okExitCodes.includes(exitCode)) return;
    const command = args[0] ?? "";
    const message = dokkuMessage(stderr, stdout);
    if (exitCode === ExitCode.appMissing && /^App .* does not exist$/m.test(message)) {
      const app = /^App (\S+) does not exist$/m.exec(message)?.[1] ?? "";
      throw new AppMissingError(app);
    }
    throw new DokkuCommandError(command, exitCode, message);
  }
};
function showArgs(args, redactFrom) {
  if (redactFrom === void 0) return [...args];
  return args.map((arg, index) => index >= redactFrom ? redact(arg) : arg);
}
function redact(arg) {
  const eq = arg.indexOf("=");
  return eq > 0 ? `${arg.slice(0, eq)}=<redacted>` : "<redacted>";
}
function dokkuMessage(stderr, stdout) {
  const marked = (text) => text.split("\n").filter((line) => line.startsWith(" !     ")).map((line) => line.slice(7).trim());
  const lines = [...marked(stderr), ...marked(stdout)];
  const chosen = lines.length > 0 ? lines : stderr.trim().split("\n").filter(Boolean).slice(-3);
  return chosen.map(redactDokkuLine).join("; ");
}
function redactDokkuLine(line) {
  return line.replace(/(unexpected character ).*?( in variable name near ).*$/, "$1<redacted>$2<redacted>").replace(/ near .*$/, " near <redacted>").replace(/(unterminated quoted value).*$/, "$1 <redacted>");
}

// src/dokku/deploy.ts
async function deploySourceMetadata(dokku, app) {
  const { stdout } = await dokku.run(["apps:report", app, "--app-deploy-source-metadata"], { mutating: false });
  return stdout.trim();
}
async function stopApp(dokku, app) {
  await dokku.run(["ps:stop", app], { mutating: true });
}
async function startApp(dokku, app) {
  await dokku.run(["ps:start", app], { mutating: true });
}
async function importPostgres(dokku, service, file2) {
  await dokku.run(["postgres:import", service], { mutating: true, inputFile: file2 });
}
async function deployCommit(dokku, app, repo, sha, output) {
  const args = ["git:sync", "--build", app, repo, sha];
  let tail = "";
  const result = await dokku.stream(args, {
    mutating: true,
    async consumeStdout(stdout) {
      for await (const chunk of stdout) {
        const text = Buffer.from(chunk).toString("utf8");
        output.write(text);
        tail = (tail + text).slice(-8192);
      }
    }
  });
  if (result.exitCode !== 0 || result.signal) {
    throw new DokkuCommandError("git:sync", result.exitCode, dokkuMessage(result.stderr, tail));
  }
}

// src/backup/restore.ts
var import_promises15 = __toESM(require_promises(), 1);
init_id();
init_pg_archive();
init_lock();
init_store();

// src/backup/take.ts
var import_node_crypto6 = __toESM(require_node_crypto(), 1);
var import_promises13 = __toESM(require_promises(), 1);
var import_node_stream3 = __toESM(require_node_stream(), 1);
var import_promises14 = __toESM(require_promises2(), 1);
init_id();
init_plan();
init_pg_archive();

// src/core/settings.ts
init_errors();

// src/core/setup-options.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
init_errors();
var EMAIL_RULE = /^[^\s@,;"'<>()\\]+@[^\s@,;"'<>()\\]+\.[^\s@,;"'<>()\\]+$/;
function isEmailAddress(value) {
  return value.length <= 254 && EMAIL_RULE.test(value);
}

// src/core/settings.ts
init_config();
var SERVICE_NAME = /^[A-Za-z0-9_-]+$/;
var SETTINGS = [
  {
    key: "postgres-service",
    description: "the Postgres service backed up for this app (default: the one linked to it)",
    fallback: "",
    global: false,
    // A clone starts linked to the original's database and is given its own later: the setting
    // would keep pointing its backups and restores at the original's. A rename keeps its
    // database (dokku-postgres moves the link), so it keeps the setting.
    notCarriedBy: ["apps:clone"],
    validate: (value) => {
      if (!SERVICE_NAME.test(value)) {
        throw new UserError(`postgres-service must be a service name ([A-Za-z0-9_-]+), got ${JSON.stringify(value)}`);
      }
      return value;
    }
  },
  {
    key: "backup-keep",
    description: "how many backups to keep per app; 0 keeps all (default 10)",
    fallback: "10",
    global: true,
    validate: (value) => {
      if (!/^\d{1,5}$/.test(value)) {
        throw new UserError(`backup-keep must be a whole number from 0 to 99999, got ${JSON.stringify(value)}`);
      }
      return String(Number(value));
    }
  },
  {
    key: "backup-on-deploy",
    description: "back up the database before each deploy's migrations; true or false (default true)",
    fallback: "true",
    global: true,
    validate: (value) => {
      if (value !== "true" && value !== "false") {
        throw new UserError(`backup-on-deploy must be true or false, got ${JSON.stringify(value)}`);
      }
      return value;
    }
  },
  {
    key: "backup-media",
    description: "also archive the app's mounted storage (media) with every backup; true or false (default false)",
    fallback: "false",
    global: true,
    validate: (value) => {
      if (value !== "true" && value !== "false") {
        throw new UserError(`backup-media must be true or false, got ${JSON.stringify(value)}`);
      }
      return value;
    }
  },
  {
    key: "backup-skip-next",
    description: "true lets the next deploy pass the backup gate once (the gate then unsets it)",
    fallback: "",
    global: false,
    // Meant for one deploy of the app it was set on: never for a clone's first deploy, nor for
    // the rebuild apps:rename runs.
    notCarriedBy: ["apps:clone", "apps:rename"],
    validate: (value) => {
      if (value !== "true") {
        throw new UserError(`backup-skip-next can only be set to true (unset it with no value), got ${JSON.stringify(value)}`);
      }
      return value;
    }
  },
  {
    key: "backup-lock-wait",
    description: "seconds a deploy waits for a running backup of the app before it gives up (default 900)",
    fallback: "900",
    global: true,
    validate: (value) => {
      if (!/^\d{1,6}$/.test(value)) {
        throw new UserError(`backup-lock-wait must be a whole number of seconds from 0 to 999999, got ${JSON.stringify(value)}`);
      }
      return String(Number(value));
    }
  },
  {
    key: "letsencrypt-email",
    description: "the email pegasus:setup gives Let's Encrypt when --letsencrypt-email is absent",
    fallback: "",
    global: true,
    validate: (value) => {
      if (!isEmailAddress(value)) throw new UserError(`letsencrypt-email must be an email address, got ${JSON.stringify(value)}`);
      return value;
    }
  },
  {
    key: "offsite-url",
    description: "s3://BUCKET/PREFIX: an encrypted copy of every backup goes there (empty: off)",
    fallback: "",
    global: true,
    validate: (value) => {
      parseOffsiteUrl(value);
      return value.replace(/\/+$/, "");
    }
  },
  {
    key: "offsite-endpoint",
    description: "https://\u2026 of an S3-compatible store (Hetzner, B2, R2, MinIO; empty: AWS)",
    fallback: "",
    global: true,
    validate: validateEndpoint
  },
  {
    key: "offsite-region",
    description: "the store's region (default us-east-1)",
    fallback: "us-east-1",
    global: true,
    validate: validateRegion
  },
  {
    key: "offsite-path-style",
    description: "true for stores that need path-style URLs (MinIO, most self-hosted; default false)",
    fallback: "false",
    global: true,
    validate: (value) => validateBoolean("offsite-path-style", value)
  },
  {
    key: "offsite-recipient",
    description: "age public keys (age1\u2026, space separated) copies are encrypted to; none uploads unencrypted",
    fallback: "",
    global: true,
    validate: validateRecipients
  },
  {
    key: "offsite-keep",
    description: "how many off-site copies to keep per app; 0 keeps all (default 30)",
    fallback: "30",
    global: true,
    validate: validateKeep
  },
  {
    key: "offsite-required",
    description: "true makes a failed off-site copy stop the deploy too (default false)",
    fallback: "false",
    global: true,
    validate: (value) => validateBoolean("offsite-required", value)
  }
];
function settingFallback(key) {
  return SETTINGS.find((setting) => setting.key === key)?.fallback ?? "";
}

// src/dokku/config.ts
init_errors();
async function exportConfig(dokku, app) {
  const { stdout } = await dokku.run(["config:export", "--format", "json", app], { mutating: false });
  let parsed;
  try {
    parsed = JSON.parse(stdout.trim() || "{}");
  } catch {
    throw notJson(app);
  }
  if (parsed === null) return /* @__PURE__ */ Object.create(null);
  if (typeof parsed !== "object" || Array.isArray(parsed) || Object.values(parsed).some((value) => typeof value !== "string")) {
    throw notJson(app);
  }
  return Object.assign(/* @__PURE__ */ Object.create(null), parsed);
}
function notJson(app) {
  return new UserError(
    `dokku config:export --format json ${app} did not print a JSON object of strings (its output is not shown: it holds the app's values). Run that command as the dokku user to see what it prints; if this Dokku does not know --format json, upgrade Dokku`
  );
}

// src/dokku/services.ts
async function serviceLinks(dokku, plugin, service) {
  const { stdout } = await dokku.run([`${plugin}:links`, service], { mutating: false });
  return stdout.split("\n").map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("=====>") && !line.startsWith("-----> "));
}
function serviceHost(plugin, service) {
  return `dokku-${plugin}-${service.replace(/[._]/g, "-")}`;
}
async function listServices(dokku, plugin) {
  const { stdout } = await dokku.run([`${plugin}:list`], { mutating: false });
  const names = [];
  for (const line of stdout.split("\n")) {
    if (/^\s*(=====>|-----> |!)/.test(line) || line.startsWith(" !")) continue;
    const first = line.trim().split(/\s+/)[0] ?? "";
    if (first === "" || first === "NAME") continue;
    if (/^[A-Za-z0-9_-]+$/.test(first)) names.push(first);
  }
  return names;
}

// src/dokku/postgres.ts
async function listPostgresServices(dokku) {
  return listServices(dokku, "postgres");
}
async function isPostgresLinked(dokku, service, app) {
  const { exitCode } = await dokku.run(["postgres:linked", service, app], { mutating: false, quiet: true, okExitCodes: [1] });
  return exitCode === 0;
}
async function exportPostgres(dokku, service, consume) {
  return dokku.stream(["postgres:export", service], { mutating: false, consumeStdout: consume });
}
function postgresServiceHost(service) {
  return serviceHost("postgres", service);
}
function linkedPostgresHosts(config) {
  const hosts = /* @__PURE__ */ new Set();
  for (const [key, value] of Object.entries(config)) {
    if (key !== "DATABASE_URL" && !/^DOKKU_POSTGRES_[A-Z]+_URL$/.test(key)) continue;
    const host = /^postgres(?:ql)?:\/\/[^@/]*@([^:/?#]+)/.exec(value)?.[1];
    if (host?.startsWith("dokku-postgres-")) hosts.add(host);
  }
  return [...hosts].sort();
}

// src/deploy/live-rev.ts
init_id();

// src/core/deploy-gate.ts
init_id();
function liveRevFrom(lastReleaseRev, deploySourceMetadata2) {
  const fromHistory = (lastReleaseRev ?? "").trim().toLowerCase();
  if (isRev(fromHistory)) return fromHistory;
  const metadata = (deploySourceMetadata2 ?? "").trim();
  const candidate = (metadata.includes("#") ? metadata.slice(metadata.lastIndexOf("#") + 1) : metadata).toLowerCase();
  return isRev(candidate) ? candidate : "none";
}
var PENDING_WITHOUT_ID_MS = 60 * 60 * 1e3;

// src/deploy/live-rev.ts
init_errors();

// src/io/releases.ts
var import_promises7 = __toESM(require_promises(), 1);
var import_node_path8 = __toESM(require("node:path"), 1);

// src/core/releases.ts
init_id();
function parseReleases(text) {
  const records = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    try {
      const parsed = JSON.parse(line);
      if (typeof parsed.rev === "string" && typeof parsed.deployed_at === "string") records.push(parsed);
    } catch {
      continue;
    }
  }
  return records.reverse();
}

// src/io/app-data.ts
var import_promises6 = __toESM(require_promises(), 1);
var import_node_path7 = __toESM(require("node:path"), 1);
init_id();
init_properties();
function appDataDir(paths, app) {
  return import_node_path7.default.join(paths.dataDir, app);
}

// src/io/releases.ts
init_disk_full();
init_properties();
function releasesFile(paths, app) {
  return import_node_path8.default.join(appDataDir(paths, app), "releases.jsonl");
}
async function readReleases(paths, app) {
  const file2 = releasesFile(paths, app);
  try {
    return parseReleases(await (0, import_promises7.readFile)(file2, "utf8"));
  } catch (error) {
    if (isMissing(error)) return [];
    throw unreadableState(
      file2,
      error,
      `the release history of ${app}`,
      `Move it aside (\`mv ${file2} ${file2}.broken\`); pegasus then starts a new history with the next deploy`
    );
  }
}

// src/deploy/live-rev.ts
async function liveRevOf(app, context, releases) {
  const [last] = releases ?? await releasesOrWarn(app, context);
  if (last && normalizeRev(last.rev) !== "none") return normalizeRev(last.rev);
  return liveRevFrom(void 0, await deploySourceMetadata(context.dokku, app));
}
async function releasesOrWarn(app, context) {
  try {
    return await readReleases(context.paths, app);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    context.log.warn(`${error.message}. Meanwhile this deploy goes on as if ${app} had no release history`);
    return [];
  }
}

// src/backup/take.ts
init_errors();
init_archive_file();
init_disk_full();
init_properties();

// src/backup/media/archive.ts
var import_node_crypto4 = __toESM(require_node_crypto(), 1);
var import_node_fs4 = require("node:fs");
var import_promises9 = __toESM(require_promises(), 1);
var import_node_path9 = __toESM(require("node:path"), 1);
init_plan();
init_errors();
init_disk_full();
var END_MARKER_BYTES = 1024;
async function writeMediaArchive(mounts, file2, onBytes) {
  for (const mount of mounts) await requireDirectory(mount);
  const tar = await Promise.resolve().then(() => __toESM(require("../vendor/tar.cjs"), 1));
  let entries = 0;
  const pack = tar.create(
    {
      cwd: "/",
      portable: false,
      strict: true,
      // One file at a time, read 1 MiB at a time: tar's defaults (4 jobs, 16 MiB reads) let
      // memory grow with the archive when the disk writes slower than files are read.
      jobs: 1,
      maxReadSize: 1024 * 1024,
      onWriteEntry: () => {
        entries++;
      }
    },
    mounts.map(archivePrefix)
  );
  const hash = (0, import_node_crypto4.createHash)("sha256");
  let size = 0;
  const handle = await (0, import_promises9.open)(file2, "wx", 384);
  try {
    for await (const chunk of pack) {
      hash.update(chunk);
      size += chunk.length;
      await writeFully(handle, chunk);
      onBytes?.(size);
    }
    await handle.sync();
  } catch (error) {
    if (isDiskFull(error)) throw error;
    throw new UserError(`Archiving the media failed: ${describe(error)}. Nothing was kept; run the backup again`);
  } finally {
    await handle.close();
  }
  return { size, sha256: hash.digest("hex"), entries };
}
function notADirectory(mount) {
  return new UserError(
    `The storage mounted at ${mount.container_path} is ${mount.host_path}, which is not a directory (a symbolic link or a file): media backups and restores handle real directories only, never what a link points at. Nothing was changed. Mount the directory itself (dokku storage:unmount, then dokku storage:mount), then run this again`
  );
}
async function requireDirectory(mount) {
  let isDirectory = false;
  try {
    const found = await (0, import_promises9.lstat)(mount.host_path);
    if (!found.isDirectory()) throw notADirectory(mount);
    isDirectory = true;
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  if (!isDirectory) {
    throw new UserError(
      `The storage mounted at ${mount.container_path} should be the directory ${mount.host_path}, which does not exist. Create it (dokku storage:ensure-directory), or unmount it, then run this again`
    );
  }
}
async function writeFully(handle, chunk) {
  for (let offset = 0; offset < chunk.length; ) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}
async function readMediaArchive(file2) {
  const tar = await Promise.resolve().then(() => __toESM(require("../vendor/tar.cjs"), 1));
  let entries = 0;
  const parser = new tar.Parser({
    strict: true,
    onReadEntry: (entry) => {
      entries++;
      entry.resume();
    }
  });
  const { size, sha256, tail } = await feed(file2, parser, "end");
  if (size < END_MARKER_BYTES || size % 512 !== 0 || tail.some((byte) => byte !== 0)) {
    throw new MediaArchiveError("it does not end with tar's end-of-archive marker (cut short?)");
  }
  return { size, sha256, entries };
}
async function extractMediaMount(file2, mount, into) {
  const tar = await Promise.resolve().then(() => __toESM(require("../vendor/tar.cjs"), 1));
  const prefix = archivePrefix(mount);
  let ownerUid;
  const asRoot = process.getuid?.() === 0;
  const links = [];
  const unpack = new tar.Unpack({
    cwd: into,
    strict: true,
    chmod: true,
    filter: (entryPath, entry) => {
      const mine = isUnderPrefix(entryPath, prefix);
      if (mine && "uid" in entry) {
        if (entryPath.replace(/\/+$/, "") === prefix) ownerUid = entry.uid;
        if (asRoot && "type" in entry && entry.type === "SymbolicLink" && entry.uid !== void 0 && entry.gid !== void 0) {
          links.push({ path: entryPath, uid: entry.uid, gid: entry.gid });
        }
      }
      return mine;
    }
  });
  const { sha256 } = await feed(file2, unpack, "close");
  for (const link2 of links) await (0, import_promises9.lchown)(import_node_path9.default.join(into, link2.path), link2.uid, link2.gid);
  return { sha256, ownerUid };
}
var MediaArchiveError = class extends Error {
};
async function feed(file2, sink, doneEvent) {
  const hash = (0, import_node_crypto4.createHash)("sha256");
  let size = 0;
  let tail = Buffer.alloc(0);
  const input = (0, import_node_fs4.createReadStream)(file2);
  await new Promise((resolve, reject) => {
    let failure;
    const fail = (error) => {
      if (failure !== void 0) return;
      failure = error;
      input.destroy();
      const code = error?.code;
      const settled = () => reject(typeof code === "string" && code.startsWith("TAR_") ? new MediaArchiveError(describe(error)) : error);
      sink.once("end", settled);
      sink.once("close", settled);
      sink.end();
    };
    input.on("data", (chunk) => {
      hash.update(chunk);
      size += chunk.length;
      tail = chunk.length >= END_MARKER_BYTES ? chunk.subarray(chunk.length - END_MARKER_BYTES) : Buffer.concat([tail, chunk]).subarray(-END_MARKER_BYTES);
      if (!sink.write(chunk)) {
        input.pause();
        sink.once("drain", () => input.resume());
      }
    });
    input.on("end", () => sink.end());
    input.on("error", fail);
    sink.on("error", fail);
    sink.on(doneEvent, () => {
      if (failure === void 0) resolve();
    });
  });
  return { size, sha256: hash.digest("hex"), tail };
}
function describe(error) {
  if (error instanceof Error) {
    const code = error.code;
    const where = error.path;
    return `${error.message}${where && !error.message.includes(where) ? ` (${where})` : ""}${code && !error.message.includes(code) ? ` [${code}]` : ""}`;
  }
  return String(error);
}

// src/backup/media/restore.ts
var import_promises10 = __toESM(require_promises(), 1);
var import_node_path10 = __toESM(require("node:path"), 1);
init_plan();

// src/dokku/storage.ts
init_errors();
async function listMounts(dokku, app) {
  const { stdout } = await dokku.run(["storage:list", app, "--format", "json"], { mutating: false });
  const parsed = JSON.parse(stdout.trim() || "[]");
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap(
    (entry) => typeof entry?.host_path === "string" && typeof entry?.container_path === "string" ? [
      {
        hostPath: entry.host_path,
        containerPath: entry.container_path,
        ...typeof entry.entry_name === "string" && entry.entry_name ? { entryName: entry.entry_name } : {}
      }
    ] : []
  );
}
async function ensureStorageDirectory(dokku, name, uid) {
  await dokku.run(["storage:ensure-directory", "--chown", String(uid), name], { mutating: true });
}

// src/backup/media/restore.ts
init_errors();
init_store();
async function currentMediaMounts(context, app) {
  return planMediaMounts(app, await listMounts(context.dokku, app));
}
async function stageMedia(app, record, targets, context) {
  const media = record.media;
  const paths = backupPaths(context.paths.dataDir, app);
  const file2 = paths.media(record.id);
  await recoverMediaLeftovers(paths, context);
  const journal = { id: record.id, lives: targets.map((target) => target.live), phase: "staging" };
  await writeFileAtomic(paths.mediaJournal, `${JSON.stringify(journal)}
`);
  const staged = [];
  let swapped = [];
  const cleanUp = async () => {
    for (const { wrapper } of staged) await removeOurs(wrapper, context);
    for (const target of swapped) await removeOurs(replacedDir(target.live), context);
    await (0, import_promises10.rm)(paths.mediaJournal, { force: true });
  };
  try {
    for (const target of targets) {
      const wrapper = stagedDir(target.live);
      await (0, import_promises10.mkdir)(wrapper, { mode: 448 });
      staged.push({ target, wrapper, unpacked: import_node_path10.default.join(wrapper, archivePrefix(target.mount)) });
      await (0, import_promises10.writeFile)(import_node_path10.default.join(wrapper, STAGED_MARKER), `${record.id}
`, { mode: 384 });
      context.log.verbose(`Unpacking ${target.mount.container_path} beside ${target.live}`);
      const { sha256, ownerUid } = await extractMediaMount(file2, target.mount, wrapper);
      if (sha256 !== media.sha256) {
        throw new UserError(`The media archive of ${record.id} changed while it was unpacked (sha256 ${sha256}); the live media was not touched`);
      }
      await keepOwner(target, wrapper, ownerUid, context);
    }
  } catch (error) {
    await cleanUp();
    if (error instanceof UserError) throw error;
    throw new UserError(
      `Unpacking the media of ${record.id} failed: ${error instanceof Error ? error.message : String(error)}. The live media was not touched. Check the free space of the storage directory, then run this again`
    );
  }
  return {
    async swapIn() {
      const done = [];
      await writeFileAtomic(paths.mediaJournal, `${JSON.stringify({ ...journal, phase: "swapping" })}
`);
      try {
        for (const { target, unpacked } of staged) {
          if (await exists(target.live)) await (0, import_promises10.rename)(target.live, replacedDir(target.live));
          done.push(target);
          await (0, import_promises10.rename)(unpacked, target.live);
        }
        swapped = done;
      } catch (error) {
        for (const target of done.reverse()) {
          if (await exists(target.live)) await (0, import_promises10.rename)(target.live, import_node_path10.default.join(stagedDir(target.live), `${archivePrefix(target.mount)}.undone`));
          if (await exists(replacedDir(target.live))) await (0, import_promises10.rename)(replacedDir(target.live), target.live);
        }
        throw new UserError(
          `Swapping the restored media in failed: ${error instanceof Error ? error.message : String(error)}. The old media was put back`
        );
      }
    },
    cleanUp
  };
}
async function keepOwner(target, wrapper, recorded, context) {
  const ours = process.getuid?.() ?? 0;
  if (ours === 0 || recorded === void 0 || recorded === ours) return;
  const storageRoot = import_node_path10.default.join(context.paths.libRoot, "data", "storage");
  if (import_node_path10.default.dirname(target.live) !== storageRoot) {
    throw new UserError(
      `The media of ${target.mount.container_path} belongs to uid ${recorded}, and ${target.live} is outside ${storageRoot}, where Dokku cannot change owners for us. The live media was not touched. Restore it as root, or keep the storage under Dokku's storage directory`
    );
  }
  await ensureStorageDirectory(context.dokku, import_node_path10.default.basename(wrapper), recorded);
}
async function recoverMediaLeftovers(paths, context) {
  const journal = await readJsonFile(paths.mediaJournal);
  if (journal === void 0) return;
  if (!isMediaJournal(journal)) {
    context.log.warn(`Ignoring ${paths.mediaJournal}: it is not a media restore journal of ours`);
    return;
  }
  for (const live of journal.lives) {
    const staged = stagedDir(live);
    const actions = planLeftovers(live, journal.phase, {
      live: await exists(live),
      staged: await exists(staged),
      stagedIsOurs: await isOurStagedDir(staged),
      replaced: await exists(replacedDir(live))
    });
    for (const action of actions) {
      if (action.kind === "remove") {
        context.log.verbose(`Removing ${action.dir}: ${action.why}`);
        await removeOurs(action.dir, context);
      } else {
        context.log.warn(`Putting ${action.from} back as ${action.to}: ${action.why}`);
        await (0, import_promises10.rename)(action.from, action.to);
      }
    }
  }
  await (0, import_promises10.rm)(paths.mediaJournal, { force: true });
}
async function isOurStagedDir(dir) {
  try {
    const names = await (0, import_promises10.readdir)(dir);
    return names.length === 0 || names.includes(STAGED_MARKER);
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return false;
    throw error;
  }
}
async function removeOurs(dir, context) {
  try {
    await (0, import_promises10.rm)(dir, { recursive: true, force: true });
    return;
  } catch (error) {
    const code = error.code;
    const storageRoot = import_node_path10.default.join(context.paths.libRoot, "data", "storage");
    if (code !== "EACCES" && code !== "EPERM" || import_node_path10.default.dirname(dir) !== storageRoot) throw error;
  }
  await ensureStorageDirectory(context.dokku, import_node_path10.default.basename(dir), process.getuid?.() ?? 0);
  await (0, import_promises10.rm)(dir, { recursive: true, force: true });
}
async function exists(file2) {
  try {
    await (0, import_promises10.lstat)(file2);
    return true;
  } catch (error) {
    if (error.code === "ENOENT") return false;
    throw error;
  }
}

// src/backup/take.ts
init_lock();
init_after_backup();

// src/backup/service.ts
init_id();
init_errors();
init_properties();
var chooseHint = (app) => `name the right one with \`dokku pegasus:set ${app} postgres-service NAME\``;
async function currentPostgresService(app, config, context, services) {
  const chosen = await new PropertyStore(context.paths.propertiesDir).get(app, "postgres-service");
  if (chosen) {
    if (!isServiceName(chosen)) {
      throw new UserError(`The postgres-service property of ${app} is not a Postgres service name; ${chooseHint(app)}`);
    }
    return { service: chosen, from: "property" };
  }
  const hosts = linkedPostgresHosts(config);
  if (hosts.length === 0) {
    throw new UserError(
      `No Postgres service is linked to ${app} (no DATABASE_URL or DOKKU_POSTGRES_*_URL points at a dokku-postgres service). Link one with \`dokku postgres:link SERVICE ${app}\`, or ${chooseHint(app)}`
    );
  }
  const all = services ?? await listPostgresServices(context.dokku);
  const linked = all.filter((service) => hosts.includes(postgresServiceHost(service)));
  if (linked.length === 1) return { service: linked[0], from: "link" };
  if (linked.length === 0) {
    throw new UserError(
      `${app} points at ${hosts.join(", ")}, but no Postgres service of that name exists (services: ${all.length > 0 ? all.join(", ") : "none"}). Relink with \`dokku postgres:link SERVICE ${app}\`, or ${chooseHint(app)}`
    );
  }
  throw new UserError(`Several Postgres services are linked to ${app}: ${[...linked].sort().join(", ")}. Choose one: ${chooseHint(app)}`);
}
async function restoreTarget(app, backup, intoService, config, context) {
  const services = await listPostgresServices(context.dokku);
  if (intoService !== void 0) {
    if (!isServiceName(intoService) || !services.includes(intoService)) {
      throw new UserError(
        `--into-service ${JSON.stringify(intoService)} is not an existing Postgres service (services: ${services.length > 0 ? services.join(", ") : "none"}). Nothing was changed.`
      );
    }
    const users = await serviceLinks(context.dokku, "postgres", intoService);
    if (users.length > 0 && !users.includes(app)) {
      throw new UserError(
        [
          `--into-service ${intoService} is refused: it is the database of ${users.join(", ")}, not of ${app}. Nothing was changed.`,
          `To restore ${users.length === 1 ? `${users[0]}'s` : "their"} data, run the restore for that app. If ${app} is to use ${intoService} now, link it first: dokku postgres:link ${intoService} ${app}`
        ].join("\n")
      );
    }
    return { service: intoService, explicit: true };
  }
  const explicitly = (service) => `To overwrite ${service} anyway, say so: --into-service ${service}`;
  const current = await currentPostgresService(app, config, context, services);
  if (current.from === "property" && !await isPostgresLinked(context.dokku, current.service, app)) {
    throw new UserError(
      [
        `Restore of ${app} refused: its postgres-service setting names ${current.service}, which is not linked to ${app}. Nothing was changed.`,
        `If ${app} uses another database now, unset the setting (\`dokku pegasus:set ${app} postgres-service\`) or set it to that service.`,
        explicitly(current.service)
      ].join("\n")
    );
  }
  if (current.service !== backup.service) {
    throw new UserError(
      [
        `Restore of ${app} refused: backup ${backup.id} was taken of ${backup.service}, but ${app} uses ${current.service} now (${current.from === "property" ? "postgres-service setting" : "its link"}). Nothing was changed.`,
        explicitly(current.service)
      ].join("\n")
    );
  }
  return { service: current.service, explicit: false };
}

// src/backup/take.ts
init_store();
async function takeBackup(app, reason, context, options = {}) {
  verifyAppName(app);
  const paths = backupPaths(context.paths.dataDir, app);
  try {
    const record = await backupOnce(app, reason, context, options, paths);
    if (reason === "schedule") {
      await writeLastScheduled(paths, { status: "ok", at: record.created_at, id: record.id });
    }
    return await copyOffsite(app, record, context);
  } catch (error) {
    if (reason === "schedule" && !(error instanceof OffsiteFailure)) {
      const message = error instanceof Error ? error.message : String(error);
      await writeLastScheduled(paths, { status: "failed", at: context.now().toISOString(), message }).catch(() => void 0);
    }
    throw error;
  }
}
async function backupOnce(app, reason, context, options, paths) {
  const { dokku, log } = context;
  const properties = new PropertyStore(context.paths.propertiesDir);
  const config = options.config ?? await exportConfig(dokku, app);
  if (options.service !== void 0 && !isServiceName(options.service)) {
    throw new UserError(`${JSON.stringify(options.service)} is not a Postgres service name`);
  }
  const service = options.service ?? await serviceToBackUp(app, config, context);
  const gitRev = normalizeRev(options.liveRev ?? await liveRevOf(app, context));
  const wantsMedia = options.media ?? await properties.computed(app, "backup-media", settingFallback("backup-media")) === "true";
  let mounts = wantsMedia ? await currentMediaMounts(context, app) : void 0;
  if (mounts && reason === "pre-restore") {
    const present = await directoriesPresent(mounts);
    for (const mount of mounts.filter((candidate) => !present.includes(candidate))) {
      log.verbose(`No media to save at ${mount.container_path}: ${mount.host_path} does not exist yet`);
    }
    mounts = present;
  }
  const now = context.now();
  if (reason === "schedule") log.info1(`Scheduled backup of ${app} at ${now.toISOString()}`);
  log.info1(`Backing up ${app}: Postgres service ${service}, live commit ${shortRev(gitRev)}`);
  if (mounts && mounts.length === 0 && reason !== "pre-restore") log.warn(`backup-media is on, but ${app} has no storage mounted: this backup holds no media`);
  const estimate = { bytes: requiredFreeBytes(void 0), basis: "a 64 MiB margin" };
  try {
    return await backupLocked(app, reason, context, options, paths, { service, gitRev, now, properties, estimate, mounts });
  } catch (error) {
    if (!isDiskFull(error)) throw error;
    throw await diskFullError(error, {
      dir: paths.dir,
      what: `the backup of ${app}`,
      needed: estimate.bytes,
      neededBasis: estimate.basis,
      advice: `or keep fewer backups with \`dokku pegasus:set ${app} backup-keep N\``
    });
  }
}
async function backupLocked(app, reason, context, options, paths, { service, gitRev, now, properties, estimate, mounts }) {
  const { log } = context;
  await ensureBackupDir(paths);
  const release = await acquireBackupLock(paths.lock, {
    app,
    now,
    log,
    isAlive: options.isAlive,
    waitMs: options.lockWaitMs,
    progress: options.progress,
    progressIntervalMs: options.progressIntervalMs
  });
  let partial;
  let mediaPartial;
  let unsealed;
  try {
    const existing = await listBackups(paths);
    await removeLeftovers(paths, existing, log, options.isAlive);
    await recoverMediaLeftovers(paths, context);
    const lastSize = existing[0] ? existing[0].size + (mounts ? existing[0].media?.size ?? 0 : 0) : void 0;
    if (lastSize !== void 0) Object.assign(estimate, sizeEstimate(lastSize, "the last backup's"));
    await checkFreeSpace(app, paths.dir, lastSize, options.statfs ?? import_promises13.statfs);
    const { id, started } = await freshId(paths, gitRev, now, context);
    partial = paths.partial(id);
    const clock = performance.now();
    const written = await streamExport(service, partial, context, options);
    Object.assign(estimate, sizeEstimate(written.size, "this dump's"));
    let summary;
    try {
      summary = await verifyArchiveFile(partial);
    } catch (error) {
      if (!(error instanceof ArchiveError)) throw error;
      throw new UserError(
        `The export of ${service} exited 0 but the archive is incomplete: ${error.message}. Nothing was kept. A dump cut short looks like this (dokku-postgres issue #274): check \`dokku postgres:logs ${service}\` and the free space of the server and the service's volume, then run \`dokku pegasus:backup-deploy ${app}\` again`
      );
    }
    let media = null;
    if (mounts && mounts.length > 0) {
      mediaPartial = paths.mediaPartial(id);
      media = await archiveMedia(id, mounts, mediaPartial, context, options);
    }
    unsealed = id;
    await (0, import_promises13.rename)(partial, paths.dump(id));
    partial = void 0;
    if (mediaPartial) {
      await (0, import_promises13.rename)(mediaPartial, paths.media(id));
      mediaPartial = void 0;
    }
    await syncDirectory(paths.dir);
    const record = {
      id,
      app,
      service,
      file: paths.dump(id),
      created_at: started.toISOString(),
      git_rev: gitRev,
      size: written.size,
      sha256: written.sha256,
      verified: true,
      reason,
      pg_version: summary.serverVersion,
      duration_ms: Math.round(performance.now() - clock),
      ...options.deployingRev ? { deploying_rev: options.deployingRev } : {},
      media,
      archive: {
        format_version: summary.archiveVersion,
        pg_dump_version: summary.dumpVersion,
        compression: summary.compression,
        toc_entries: summary.tocEntries,
        data_blocks: summary.dataBlocks,
        large_objects: summary.largeObjects
      }
    };
    await writeManifest(paths, record);
    unsealed = void 0;
    log.info1(`Backup ${id} verified`);
    log.verbose(
      `${formatBytes(record.size)}, PostgreSQL ${record.pg_version}, ${plural(summary.tocEntries, "TOC entry", "TOC entries")}, ${plural(summary.dataBlocks, "data block", "data blocks")}, sha256 ${record.sha256}`
    );
    log.verbose(`File: ${record.file}`);
    if (media) log.verbose(`Media: ${paths.media(id)} (${formatBytes(media.size)}, ${plural(media.entries, "entry", "entries")}, sha256 ${media.sha256})`);
    try {
      await prune(app, paths, properties, context, options.protect ?? []);
    } catch (error) {
      log.warn(
        `Backup ${id} is good, but removing old backups failed: ${error instanceof Error ? error.message : String(error)}. Check ${paths.dir}`
      );
    }
    return record;
  } catch (error) {
    const reached = error.bytesWritten;
    if (reached !== void 0 && requiredFreeBytes(reached) > estimate.bytes) {
      Object.assign(estimate, sizeEstimate(reached, "at least the", "written before the disk filled"));
    }
    throw error;
  } finally {
    if (partial) await (0, import_promises13.rm)(partial, { force: true });
    if (mediaPartial) await (0, import_promises13.rm)(mediaPartial, { force: true });
    if (unsealed) await deleteBackup(paths, unsealed).catch(() => void 0);
    await release();
  }
}
function sizeEstimate(size, before, after = "") {
  return {
    bytes: requiredFreeBytes(size),
    basis: `${before} ${formatBytes(size)}${after ? ` ${after}` : ""}, a fifth more and 64 MiB`
  };
}
async function directoriesPresent(mounts) {
  const present = [];
  for (const mount of mounts) {
    let found;
    try {
      found = await (0, import_promises13.lstat)(mount.host_path);
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
      continue;
    }
    if (!found.isDirectory()) throw notADirectory(mount);
    present.push(mount);
  }
  return present;
}
async function archiveMedia(id, mounts, file2, context, options) {
  context.log.info1(`Archiving media of ${mounts.length === 1 ? mounts[0].container_path : `${mounts.length} storage mounts`}`);
  let bytes = 0;
  const began = Date.now();
  const progress = options.progress;
  const timer = progress ? setInterval(() => progress.write(`       ${progressLine(bytes, Date.now() - began)}
`), options.progressIntervalMs ?? 1e3) : void 0;
  let written;
  try {
    written = await writeMediaArchive(mounts, file2, (total) => {
      bytes = total;
    });
  } finally {
    if (timer) clearInterval(timer);
  }
  let read;
  try {
    read = await readMediaArchive(file2);
  } catch (error) {
    if (!(error instanceof MediaArchiveError)) throw error;
    throw new UserError(`The media archive just written does not read back: ${error.message}. Nothing was kept; check the disk, then run this again`);
  }
  if (read.size !== written.size || read.sha256 !== written.sha256 || read.entries !== written.entries) {
    throw new UserError(
      `The media archive read back differs from what was written (${read.size} bytes, ${read.entries} entries, sha256 ${read.sha256}; written ${written.size} bytes, ${written.entries} entries, sha256 ${written.sha256}). Nothing was kept; check the disk, then run this again`
    );
  }
  return { file: mediaFileName(id), size: written.size, sha256: written.sha256, entries: written.entries, mounts };
}
async function serviceToBackUp(app, config, context) {
  const current = await currentPostgresService(app, config, context);
  const hosts = linkedPostgresHosts(config);
  if (current.from === "property" && hosts.length > 0 && !hosts.includes(postgresServiceHost(current.service))) {
    context.log.warn(
      `The postgres-service setting of ${app} names ${current.service}, but ${app}'s database URL points at ${hosts.join(", ")}. Backing up ${current.service} as set; if ${app} uses another database now: dokku pegasus:set ${app} postgres-service`
    );
  }
  return current.service;
}
async function checkFreeSpace(app, dir, lastSize, statfs2) {
  const stats = await statfs2(dir);
  const free = Number(stats.bavail) * Number(stats.bsize);
  const needed = requiredFreeBytes(lastSize);
  if (free >= needed) return;
  const basis = lastSize === void 0 ? "a 64 MiB margin" : `the last backup's ${formatBytes(lastSize)}, a fifth more and 64 MiB`;
  throw new UserError(
    `Not enough free disk to back up ${app}: ${formatBytes(free)} free in ${dir}, ${formatBytes(needed)} needed (${basis}). Free some space, or keep fewer backups with \`dokku pegasus:set ${app} backup-keep N\`, then run this again`
  );
}
async function freshId(paths, gitRev, now, context) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = attempt === 0 ? now : context.now();
    const id = backupId(started, gitRev);
    if (!await backupExists(paths, id)) return { id, started };
    await new Promise((resolve) => setTimeout(resolve, 1e3 - started.getTime() % 1e3));
  }
  throw new UserError(`A backup with the id of this one already exists in ${paths.dir}; run this again in a second`);
}
async function streamExport(service, file2, context, options) {
  const hash = (0, import_node_crypto6.createHash)("sha256");
  let size = 0;
  const meter = new import_node_stream3.Transform({
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    }
  });
  const handle = await (0, import_promises13.open)(file2, "wx", 384);
  const began = Date.now();
  const progress = options.progress;
  const timer = progress ? setInterval(() => progress.write(`       ${progressLine(size, Date.now() - began)}
`), options.progressIntervalMs ?? 1e3) : void 0;
  let result;
  try {
    result = await exportPostgres(
      context.dokku,
      service,
      (stdout) => (0, import_promises14.pipeline)(stdout, meter, fileSink(handle))
    );
    await handle.sync();
  } catch (error) {
    if (error instanceof UserError || !error.code) throw error;
    if (isDiskFull(error)) throw Object.assign(error, { bytesWritten: size });
    throw new UserError(
      `Writing the backup to ${file2} failed: ${error.message}. Nothing was kept. Check the free space and permissions of that directory, then run this again`
    );
  } finally {
    if (timer) clearInterval(timer);
    await handle.close();
  }
  if (result.exitCode !== 0 || result.signal) {
    const how = result.signal ? `was killed (${result.signal})` : `failed (exit ${result.exitCode})`;
    const message = dokkuMessage(result.stderr, "");
    throw new UserError(
      `dokku postgres:export ${service} ${how}${message ? `: ${message}` : ""}. Nothing was kept (the partial file was deleted). Check the service with \`dokku postgres:info ${service}\`, then run this again`
    );
  }
  if (progress && Date.now() - began >= (options.progressIntervalMs ?? 1e3)) {
    progress.write(`       ${progressLine(size, Date.now() - began)}
`);
  }
  return { size, sha256: hash.digest("hex") };
}
function fileSink(handle) {
  return new import_node_stream3.Writable({
    write(chunk, _encoding, callback) {
      writeFully2(handle, chunk).then(() => callback(), callback);
    }
  });
}
async function writeFully2(handle, chunk) {
  for (let offset = 0; offset < chunk.length; ) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}
async function prune(app, paths, properties, context, protect) {
  const raw = await properties.computed(app, "backup-keep", settingFallback("backup-keep") || "10");
  let keep = Number(raw);
  if (!/^\d+$/.test(raw)) {
    keep = Number(settingFallback("backup-keep") || "10");
    context.log.warn(`backup-keep is ${JSON.stringify(raw)}, not a number; keeping ${keep}`);
  }
  const doomed = planRetention(await listBackups(paths), keep, protect);
  for (const record of doomed) {
    await deleteBackup(paths, record.id);
    context.log.verbose(`Removed backup ${record.id} (backup-keep ${keep})`);
  }
}
function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

// src/backup/restore.ts
init_after_backup();

// src/dokku/env.ts
init_errors();
async function restartState(dokku, app) {
  const { stdout } = await dokku.run(["ps:report", app, "--format", "json"], { mutating: false });
  const report = JSON.parse(stdout.trim() || "{}");
  return {
    deployed: String(report.deployed) === "true",
    restore: String(report.restore ?? report["ps-restore"] ?? "true") !== "false"
  };
}

// src/backup/restore.ts
init_errors();
init_archive_file();
async function findBackup(app, id, context) {
  const list = `List them with \`dokku pegasus:backups ${app}\``;
  if (!isBackupId(id)) {
    throw new UserError(`${JSON.stringify(id)} is not a backup id (they look like 20261126T070102Z-1a2b3c4). ${list}`);
  }
  const paths = backupPaths(context.paths.dataDir, app);
  const found = await inspectBackup(paths, id);
  if (!found) throw new UserError(`${app} has no verified backup ${id}. ${list}`);
  if ("why" in found) {
    throw new UserError(
      `Backup ${id} is refused: ${found.why}. Nothing was changed. Manifests are never edited; pick another backup from \`dokku pegasus:backups ${app}\` (${paths.manifest(id)} is left for you to inspect or delete)`
    );
  }
  if (!found.sealed) {
    context.log.warn(
      `Backup ${id} was written before manifests were sealed: nothing proves its manifest was not edited. Its dump is still checked against the manifest's sha256, and its service against the app's.`
    );
  }
  return { ...found.record, app, file: paths.dump(id) };
}
function refusal(app, record, why) {
  return new UserError(
    `Backup ${record.id} is refused: ${why}. Nothing was changed. Pick another backup from \`dokku pegasus:backups ${app}\``
  );
}
async function checkBackupFile(app, record, context) {
  const refuse = (why) => refusal(app, record, why);
  const file2 = backupPaths(context.paths.dataDir, app).dump(record.id);
  await checkSize(app, record, file2);
  const { sha256 } = await fileDigest(file2);
  if (sha256 !== record.sha256) throw refuse(`its sha256 is ${sha256}, the manifest says ${record.sha256}: the file changed since it was verified`);
  try {
    await verifyArchiveFile(file2);
  } catch (error) {
    if (error instanceof ArchiveError) throw refuse(`its archive is damaged: ${error.message}`);
    throw error;
  }
}
async function checkSize(app, record, file2) {
  let size;
  try {
    size = (await (0, import_promises15.stat)(file2)).size;
  } catch (error) {
    throw refusal(app, record, `its file ${file2} cannot be read (${error.code ?? String(error)})`);
  }
  if (size !== record.size) throw refusal(app, record, `its file is ${size} bytes, the manifest says ${record.size}`);
}
async function recheckBackup(app, record, context, safetyId) {
  const paths = backupPaths(context.paths.dataDir, app);
  const listed = (await listBackups(paths)).find((candidate) => candidate.id === record.id);
  const why = !listed ? "it is no longer listed (deleted since it was checked)" : listed.sha256 !== record.sha256 || listed.size !== record.size ? "its manifest changed since it was checked" : void 0;
  try {
    if (why) throw refusal(app, record, why);
    await checkSize(app, record, paths.dump(record.id));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(`${error.message}. (The safety backup ${safetyId} of the current database was kept.)`);
  }
}
async function swapMediaIn(app, record, staged, safetyId, stoppedByUs, context) {
  context.log.info1(`Swapping in the media of ${record.id}`);
  try {
    await staged.swapIn();
  } catch (error) {
    throw new UserError(
      [
        `The database of ${app} was restored from ${record.id}, but its media was not: ${error instanceof Error ? error.message : String(error)}`,
        `Run the restore again, or undo it with: dokku pegasus:restore ${app} ${safetyId} --force --media`,
        ...stoppedByUs ? [`${app} was left stopped; start it with: dokku ps:start ${app}`] : []
      ].join("\n")
    );
  }
}
async function recheckTarget(app, record, chosen, safetyId, context) {
  const stopped = (why, detail) => new UserError(
    `Restore of ${app} stopped before the import: ${why} Nothing was changed; safety backup ${safetyId} was kept. Check which database ${app} uses and run the restore again.${detail ? `
${detail}` : ""}`
  );
  let now;
  try {
    now = await restoreTarget(app, record, chosen.explicit ? chosen.service : void 0, await exportConfig(context.dokku, app), context);
  } catch (error) {
    throw stopped(`its database changed while the safety backup was taken.`, error instanceof Error ? error.message : String(error));
  }
  if (now.service !== chosen.service) {
    throw stopped(`${app} uses ${now.service} now, not ${chosen.service} as when the restore began.`);
  }
}
async function restoreBackup(app, record, context, options) {
  const { dokku, log } = context;
  const { target, config, deployed, stoppedByOperator } = options.situation;
  const service = target.service;
  const running = deployed && !stoppedByOperator;
  log.info1(`Saving the current database of ${service} before the restore`);
  let safety;
  try {
    safety = await takeBackup(app, "pre-restore", context, {
      service,
      config,
      protect: [record.id],
      ...options.media ? { media: true } : {}
    });
  } catch (error) {
    if (!(error instanceof OffsiteFailure)) {
      throw new UserError(
        `Restore of ${app} refused: the safety backup of the current database failed, and a restore without one could not be undone. Nothing was changed.
${error instanceof Error ? error.message : String(error)}`
      );
    }
    log.warn(error.message);
    safety = error.record;
  }
  const paths = backupPaths(context.paths.dataDir, app);
  const release = await acquireBackupLock(paths.lock, { app, now: context.now(), log });
  let staged;
  try {
    await recheckBackup(app, record, context, safety.id);
    await recheckTarget(app, record, target, safety.id, context);
    if (options.media) staged = await stageMedia(app, record, options.media, context);
    if (running) {
      log.info1(`Stopping ${app} for the restore`);
      await stopApp(dokku, app);
    }
    log.info1(`Importing backup ${record.id} into ${service}`);
    try {
      await importPostgres(dokku, service, paths.dump(record.id));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new UserError(
        [
          `The import of backup ${record.id} into ${service} failed: ${message}`,
          `The database may be partly restored${deployed ? `, so ${app} was left stopped` : ""}.`,
          `The database as it was before this restore is in safety backup ${safety.id}. To put it back:`,
          `  dokku pegasus:restore ${app} ${safety.id} --force${target.explicit ? ` --into-service ${service}` : ""}`,
          ...deployed ? [`Then, or to start ${app} on the data as it is now: dokku ps:start ${app}`] : []
        ].join("\n")
      );
    }
    if (staged) await swapMediaIn(app, record, staged, safety.id, running, context);
  } finally {
    await staged?.cleanUp();
    await release();
  }
  let started = false;
  if (stoppedByOperator) {
    log.info1(`${app} was stopped with ps:stop before the restore, so it stays stopped. Start it with: dokku ps:start ${app}`);
  } else if (options.start && deployed) {
    log.info1(`Starting ${app}`);
    try {
      await startApp(dokku, app);
      started = true;
    } catch (error) {
      throw new UserError(
        `Backup ${record.id} was restored into ${service} (safety backup ${safety.id}), but starting ${app} failed: ${error instanceof Error ? error.message : String(error)}
Start it with: dokku ps:start ${app}`
      );
    }
  }
  return { safetyBackupId: safety.id, stopped: running, started, leftStopped: stoppedByOperator };
}
async function prepareRestore(app, id, intoService, context) {
  const record = await findBackup(app, id, context);
  const config = await exportConfig(context.dokku, app);
  const target = await restoreTarget(app, record, intoService, config, context);
  await checkBackupFile(app, record, context);
  const state = await restartState(context.dokku, app);
  return {
    record,
    situation: { target, config, deployed: state.deployed, stoppedByOperator: state.deployed && !state.restore }
  };
}
var RESTORE_OPTIONS = {
  force: { type: "boolean", description: "do it: without it the plan is printed and nothing changes" },
  "dry-run": { type: "boolean", description: "print the plan, including the service that would be overwritten; change nothing" },
  "into-service": {
    type: "string",
    value: "NAME",
    description: "overwrite this Postgres service, explicitly, when it is not the one the backup was taken of or the app uses"
  }
};
function planOnly(command, options) {
  const dryRun = booleanOption(options, "dry-run");
  const force = booleanOption(options, "force");
  if (dryRun && force) throw new UserError(`${command}: --dry-run and --force contradict each other; pass one`);
  return !force;
}
function intoServiceOption(options) {
  return stringOption(options, "into-service");
}
function intoServiceFlag(situation) {
  return situation.target.explicit ? ` --into-service ${situation.target.service}` : "";
}

// src/subcommands/rollback.ts
init_errors();

// src/io/deploy-state.ts
var import_promises16 = __toESM(require_promises(), 1);
var import_node_path12 = __toESM(require("node:path"), 1);
init_store();
function file(paths, app, name) {
  return import_node_path12.default.join(appDataDir(paths, app), name);
}
async function writeJson(paths, app, name, value) {
  await (0, import_promises16.mkdir)(appDataDir(paths, app), { recursive: true, mode: 493 });
  await writeFileAtomic(file(paths, app, name), `${JSON.stringify(value)}
`);
}
var writeRollbackMarker = (paths, app, marker) => writeJson(paths, app, "rollback.json", marker);
var clearRollbackMarker = (paths, app) => (0, import_promises16.rm)(file(paths, app, "rollback.json"), { force: true });

// src/io/git.ts
init_id();
var GIT_OVERRIDES = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_QUARANTINE_PATH", "GIT_NAMESPACE"];
async function resolveCommit(runner, env, repo, rev) {
  if (!isRev(rev)) return void 0;
  const childEnv = { ...env };
  for (const name of GIT_OVERRIDES) delete childEnv[name];
  const result = await runner.run("git", ["--git-dir", repo, "rev-parse", "--quiet", "--verify", `${rev}^{commit}`], {
    env: childEnv
  });
  const sha = result.stdout.trim();
  return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha) ? sha : void 0;
}

// src/subcommands/rollback.ts
var USAGE = "<app> <backup-id>";
var MARKER_LIFETIME_MS = 60 * 60 * 1e3;
var rollback = {
  name: "rollback",
  args: USAGE,
  summary: "Restore a backup and deploy the commit that was live when it was taken (plan unless --force)",
  options: {
    ...RESTORE_OPTIONS,
    ...FORMAT_OPTION
  },
  notes: [
    "Writes only into the Postgres service the app uses now, as pegasus:restore does (--into-service to override).",
    "Refuses before touching anything when the backup has no live commit or the commit is no longer",
    "in the app's repository. Restores as pegasus:restore does (without starting the old code), then",
    "deploys the commit with git:sync --build from the app's own repository; that deploy takes no",
    "second backup."
  ],
  printsData: ({ options }) => formatOption(options) === "json",
  async run({ positionals, options }, context) {
    expectPositionals("pegasus:rollback", USAGE, positionals, 2, 2);
    const app = verifyAppName(positionals[0]);
    const format = formatOption(options);
    const { log, paths } = context;
    const dryRun = planOnly("pegasus:rollback", options);
    await verifyAppExists(context.dokku, app);
    const { record, situation } = await prepareRestore(app, positionals[1], intoServiceOption(options), context);
    if (!isRev(record.git_rev)) {
      throw new UserError(
        `Backup ${record.id} records no live commit (the app had not been deployed when it was taken), so there is nothing to roll back to. Nothing was changed. To restore only the data: dokku pegasus:restore ${app} ${record.id}`
      );
    }
    const repo = import_node_path13.default.join(paths.dokkuRoot, app);
    const sha = await resolveCommit(context.runner, context.env, repo, record.git_rev);
    if (!sha) {
      throw new UserError(
        `Commit ${record.git_rev} of backup ${record.id} is not in ${app}'s repository (${repo}) any more, so it cannot be deployed. Nothing was changed. Push that commit again, or restore only the data: dokku pegasus:restore ${app} ${record.id}`
      );
    }
    const steps = restoreSteps({ app, record, ...situation, rollbackSha: sha, repo });
    if (dryRun) {
      log.info2(
        `Rollback of ${app} to ${shortRev(sha)} with ${record.id} into ${situation.target.service}: nothing changed (${booleanOption(options, "dry-run") ? "--dry-run" : "no --force"})`
      );
      log.verbose(`Backup ${describeBackup(record)}`);
      log.verbose("Would:");
      steps.forEach((step, index) => log.verbose(`  ${index + 1}. ${step}`));
      log.info1(`Re-run with --force to roll back: dokku pegasus:rollback ${app} ${record.id} --force${intoServiceFlag(situation)}`);
      if (format === "json") {
        context.stdout.write(
          `${JSON.stringify({ app, backup_id: record.id, rev: sha, service: situation.target.service, backup_service: record.service, forced: false, steps })}
`
        );
      }
      return;
    }
    const began = Date.now();
    log.info2(`Rolling ${app} back to ${shortRev(sha)} with ${record.id} into ${situation.target.service}`);
    log.verbose(`Backup ${describeBackup(record)}`);
    steps.forEach((step, index) => log.verbose(`  ${index + 1}. ${step}`));
    await writeRollbackMarker(paths, app, {
      rev: sha,
      backup_id: record.id,
      expires_at: new Date(context.now().getTime() + MARKER_LIFETIME_MS).toISOString()
    });
    let safetyBackupId;
    try {
      ({ safetyBackupId } = await restoreBackup(app, record, context, { start: false, situation }));
    } catch (error) {
      await clearRollbackMarker(paths, app);
      throw error;
    }
    log.info1(`Deploying ${shortRev(sha)} (git:sync --build from ${repo})`);
    const output = format === "json" ? context.stderr : context.stdout;
    try {
      await deployCommit(context.dokku, app, repo, sha, output);
    } catch (error) {
      throw new UserError(
        [
          `Backup ${record.id} was restored, but deploying ${sha} failed: ${error instanceof Error ? error.message : String(error)}`,
          `${app} is stopped. Retry the deploy: dokku git:sync --build ${app} ${repo} ${sha}`,
          `Or put back the data as it was before: dokku pegasus:restore ${app} ${safetyBackupId} --force`
        ].join("\n")
      );
    } finally {
      await clearRollbackMarker(paths, app);
    }
    log.info1(`Rolled back ${app} to ${shortRev(sha)}: data from ${record.id}`);
    log.verbose(`To undo the data: dokku pegasus:restore ${app} ${safetyBackupId} --force`);
    if (format === "json") {
      context.stdout.write(
        `${JSON.stringify({
          app,
          backup_id: record.id,
          rev: sha,
          service: situation.target.service,
          backup_service: record.service,
          forced: true,
          safety_backup_id: safetyBackupId,
          duration_ms: Date.now() - began
        })}
`
      );
    }
  }
};

// src/main.ts
init_errors();
var import_node_path15 = __toESM(require("node:path"), 1);
init_disk_full();

// src/io/log.ts
function createLog(options) {
  const info = options.dataOnStdout ? options.stderr : options.stdout;
  const lines = (prefix, message) => message.split("\n").map((line) => `${prefix}${line}
`).join("");
  const say = (prefix) => (message) => {
    if (!options.quiet) info.write(lines(prefix, message));
  };
  return {
    info1: say("-----> "),
    info2: say("=====> "),
    verbose: say("       "),
    warn: (message) => options.stderr.write(lines(" !     ", message)),
    fail: (message) => options.stderr.write(lines(" !     ", message)),
    trace: (message) => {
      if (options.trace) options.stderr.write(lines("+ pegasus: ", message));
    }
  };
}

// src/io/runner.ts
var loadExeca = async () => (await Promise.resolve().then(() => __toESM(require("../vendor/execa.cjs"), 1))).execa;
var execaRunner = {
  async run(command, args, options) {
    const execa = await loadExeca();
    const result = await execa(command, [...args], {
      env: options.env,
      extendEnv: false,
      input: options.input,
      inputFile: options.inputFile,
      stdin: options.input === void 0 && options.inputFile === void 0 ? "ignore" : void 0,
      reject: false,
      stripFinalNewline: false,
      encoding: "utf8"
    });
    return {
      exitCode: result.exitCode ?? 1,
      stdout: String(result.stdout ?? ""),
      stderr: String(result.stderr ?? "")
    };
  },
  async stream(command, args, options) {
    const execa = await loadExeca();
    const child = execa(command, [...args], {
      env: options.env,
      extendEnv: false,
      input: options.input,
      stdin: options.input === void 0 ? "ignore" : void 0,
      reject: false,
      buffer: { stdout: false, stderr: true },
      encoding: "buffer"
    });
    const consumed = options.consumeStdout(child.stdout).catch(async (error) => {
      child.kill();
      await child;
      throw error;
    });
    const [result] = await Promise.all([child, consumed]);
    return {
      exitCode: result.exitCode ?? 1,
      signal: result.signal ?? void 0,
      stderr: Buffer.from(result.stderr ?? new Uint8Array()).toString("utf8")
    };
  }
};

// src/io/standard-output.ts
var import_node_fs6 = require("node:fs");
function standardOutput(fd, open6) {
  let stream;
  let broken;
  let failure;
  const opened = () => {
    if (stream) return stream;
    stream = open6();
    stream.on("error", (error) => {
      if (error.code !== "EPIPE") failure ??= error;
      broken = error;
    });
    return stream;
  };
  const listen = (method, event, listener) => {
    if (event === "error" && broken) {
      const earlier = broken;
      queueMicrotask(() => listener(earlier));
      if (method === "once") return;
    }
    opened()[method](event, listener);
  };
  const writeDirect = (chunk) => {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let written = 0;
    try {
      while (written < bytes.length) written += (0, import_node_fs6.writeSync)(fd, bytes, written, bytes.length - written);
      return true;
    } catch (error) {
      const code = error.code;
      if (code === "EPIPE") {
        broken = error;
        return false;
      }
      if (code === "EAGAIN") return opened().write(bytes.subarray(written));
      failure ??= error;
      broken = failure;
      return false;
    }
  };
  return {
    get failure() {
      return failure;
    },
    get isTTY() {
      return opened().isTTY === true;
    },
    write(chunk) {
      if (broken) return false;
      return stream ? stream.write(chunk) : writeDirect(chunk);
    },
    on: (event, listener) => listen("on", event, listener),
    once: (event, listener) => listen("once", event, listener),
    off: (event, listener) => void opened().off(event, listener)
  };
}

// src/paths.ts
var import_node_path14 = __toESM(require("node:path"), 1);
var PLUGIN_NAME = "pegasus";
function dokkuPaths(env) {
  const dokkuRoot = env.DOKKU_ROOT || "/home/dokku";
  const libRoot = env.DOKKU_LIB_ROOT || env.DOKKU_LIB_PATH || "/var/lib/dokku";
  const pluginPath = env.PLUGIN_PATH || import_node_path14.default.join(libRoot, "plugins");
  return {
    dokkuRoot,
    libRoot,
    dataDir: import_node_path14.default.join(libRoot, "data", PLUGIN_NAME),
    propertiesDir: import_node_path14.default.join(libRoot, "config", PLUGIN_NAME),
    pluginAvailablePath: env.PLUGIN_AVAILABLE_PATH || import_node_path14.default.join(pluginPath, "available"),
    pluginEnabledPath: env.PLUGIN_ENABLED_PATH || import_node_path14.default.join(pluginPath, "enabled")
  };
}

// src/main.ts
async function startSubcommand(module2, name, parse) {
  const subcommand = commandIn(module2, name);
  process.exitCode = await main(process.argv.slice(4), process.env, (rest, env, makeContext) => {
    const args = parse(subcommand, rest, env);
    return subcommand.run(args, makeContext(subcommand.printsData?.(args) ?? false));
  });
}
function commandIn(module2, name) {
  const command = Object.values(module2).find(
    (value) => typeof value === "object" && value !== null && value.name === name && typeof value.run === "function"
  );
  if (!command) throw new Error(`pegasus: the module of ${name} exports no command named ${name}`);
  return command;
}
async function main(rest, env, run) {
  const stdout = standardOutput(1, () => process.stdout);
  const stderr = standardOutput(2, () => process.stderr);
  const trace = Boolean(env.DOKKU_TRACE);
  const makeContext = (dataOnStdout) => {
    const log = createLog({
      stdout,
      stderr,
      dataOnStdout,
      quiet: Boolean(env.DOKKU_QUIET_OUTPUT),
      trace
    });
    return {
      dokku: new DokkuClient({
        runner: execaRunner,
        bin: env.PEGASUS_DOKKU_BIN || "dokku",
        env,
        trace: log.trace
      }),
      runner: execaRunner,
      log,
      stdout,
      stderr,
      stdin: () => process.stdin,
      paths: dokkuPaths(env),
      env,
      now: () => /* @__PURE__ */ new Date()
    };
  };
  const exitCode = await runExplained(run, rest, env, makeContext, { stdout, stderr }, trace);
  for (const [name, output] of [["stdout", stdout], ["stderr", stderr]]) {
    if (!output.failure) continue;
    stderr.write(` !     pegasus: writing to ${name} failed (${output.failure.code ?? output.failure.message}): what it printed is incomplete. Free space where ${name} goes, or send it elsewhere
`);
    return exitCode === ExitCode.ok ? ExitCode.userError : exitCode;
  }
  return exitCode;
}
async function runExplained(run, rest, env, makeContext, { stdout, stderr }, trace) {
  try {
    return await run(rest, env, makeContext) ?? ExitCode.ok;
  } catch (error) {
    if (error instanceof HelpRequested) {
      stdout.write(error.text);
      return ExitCode.ok;
    }
    const explained = isDiskFull(error) ? await diskFullError(error, backstopWhere(error)) : error;
    if (explained instanceof UserError) {
      for (const line of explained.message.split("\n")) stderr.write(` !     ${line}
`);
      return explained.exitCode;
    }
    stderr.write(` !     pegasus: unexpected error: ${error instanceof Error ? error.message : String(error)}
`);
    if (trace && error instanceof Error && error.stack) stderr.write(`${error.stack}
`);
    stderr.write(" !     Please re-run with `dokku --trace` and report this as a bug.\n");
    return ExitCode.userError;
  }
}
function backstopWhere(error) {
  const file2 = error.path;
  return {
    dir: file2 ? import_node_path15.default.dirname(file2) : dokkuPaths(process.env).dataDir,
    what: file2 ? import_node_path15.default.basename(file2) : "a file of pegasus",
    needed: smallFileNeeds(""),
    neededBasis: "at least"
  };
}

// pegasus-entry:pegasus-entry:subcommand/rollback
void startSubcommand(rollback_exports, "rollback", parseSubcommandArgs);
