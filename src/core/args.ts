import { Command, CommanderError, InvalidArgumentError, Option, type ParseOptionsResult } from "commander";
import { HelpRequested, UserError } from "../errors.js";
import { mayHoldSecret } from "./secret-shape.js";
import type { OptionSpec, OptionSpecs, ParsedArgs, ParsedOptions } from "./options.js";

// The option specs and their readers live in ./options.js, which loads no parser: modules that
// triggers use import them from there. Commands may keep importing them from here.
export * from "./options.js";

/** What commander needs to parse one `dokku pegasus:<name>` and render its help. */
export interface CommandShape {
  /** Without the `pegasus:` prefix, e.g. `set`. */
  name: string;
  /** Positional arguments as help shows them, e.g. `<app> [FILE|-]`. */
  args: string;
  /**
   * The positionals for commander (`<app>` required, `[file]` optional, `<fields...>` variadic)
   * when `args` is not made of such words alone; derived from `args` otherwise.
   */
  arguments?: string[];
  summary: string;
  notes?: string[];
  options: OptionSpecs;
  /** A `:report` command's info-flag prefix (e.g. `pegasus-`): such flags reach `infoFlags`. */
  infoFlagPrefix?: string;
}

const PLUGIN_PREFIX = "pegasus:";
/** Help is rendered at build time into dist/ and again for `--help`: one width, whatever the terminal. */
const HELP_WIDTH = 100;
/** `-1` is a value (`pegasus:set app backup-keep -1`), never a flag: we define no short flags but -h. */
const NEGATIVE_NUMBER = /^-\d/;
/** En and em dashes, the minus sign and kin, as editors turn `--` into them. */
const TYPOGRAPHIC_DASH = /^[\u2010-\u2015\u2212]+(?=[a-z])/;

/**
 * A commander `Command` that takes a negative number where an operand is due, so the value
 * reaches our validation ("must be a non-negative integer") instead of "unknown option".
 * (A string flag's value, `--storage-uid -5`, is commander's own: it always takes the next word.)
 */
class DokkuCommand extends Command {
  override parseOptions(argv: string[]): ParseOptionsResult {
    const parsed = super.parseOptions(argv);
    const [first, ...rest] = parsed.unknown;
    if (first === undefined || !NEGATIVE_NUMBER.test(first)) return parsed;
    const more = this.parseOptions(rest);
    return { operands: [...parsed.operands, first, ...more.operands], unknown: more.unknown };
  }

  /**
   * Commander calls `--dry-run=false` an unknown option, which reads as if the command had no
   * --dry-run; say that the flag takes no value instead. (Not in commander's typings.)
   */
  unknownOption(flag: string): never {
    const name = flag.split("=")[0]!;
    if (flag.startsWith("--") && name !== flag && this.options.some((option) => option.long === name && option.isBoolean())) {
      this.error(`error: option '${name}' takes no value: give ${name} alone, or leave it out`, { code: "commander.unknownOption" });
    }
    return (Command.prototype as unknown as { unknownOption(flag: string): never }).unknownOption.call(this, flag);
  }
}

/**
 * Flags Dokku's parse_args acts on wherever they appear and still leaves in a community
 * plugin's argv; accepted (and hidden from help) so they never cause an "unknown option".
 */
const DOKKU_GLOBAL_FLAGS: OptionSpecs = {
  quiet: { type: "boolean", description: "" },
  trace: { type: "boolean", description: "" },
  app: { type: "string", value: "APP", description: "" },
};

/** One commander `Command` per subcommand, built from its specs: the parser and its help. */
export function buildCommand(shape: CommandShape, output: { out: string[]; err: string[] } = { out: [], err: [] }): Command {
  const command = new DokkuCommand(`${PLUGIN_PREFIX}${shape.name}`)
    .description(shape.summary)
    .usage(`${shape.args ? `${shape.args} ` : ""}[options]`)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.out.push(text),
      writeErr: (text) => output.err.push(text),
      outputError: () => {},
    })
    .configureHelp({ helpWidth: HELP_WIDTH, commandUsage: (cmd) => `dokku ${cmd.name()} ${cmd.usage()}` })
    .action(() => {});
  for (const argument of shape.arguments ?? commanderArguments(shape)) command.argument(argument);
  const flags = [...Object.keys(shape.options), ...Object.keys(DOKKU_GLOBAL_FLAGS), "help"].map((name) => `--${name}`);
  const flagOf = (value: string) => flags.find((flag) => value === flag || value.startsWith(`${flag}=`)) ?? (value === "-h" ? value : undefined);
  const checkValue = (name: string) => (value: string) => {
    const flag = flagOf(value);
    if (flag) throw new InvalidArgumentError(`${flag} is a flag of ${command.name()}: give --${name} its value first`);
    return value;
  };
  for (const [name, spec] of Object.entries(shape.options)) command.addOption(commanderOption(name, spec, checkValue(name)));
  for (const [name, spec] of Object.entries(DOKKU_GLOBAL_FLAGS)) {
    if (!(name in shape.options)) command.addOption(commanderOption(name, spec, checkValue(name)).hideHelp());
  }
  if (shape.notes?.length) command.addHelpText("after", `\n${shape.notes.map((note) => `  ${note}`).join("\n")}`);
  return command;
}

/**
 * A string flag takes the next word whatever it is (`--storage-uid -5` reaches validation), but
 * never one of the command's own flags: `--dockerfile --dry-run` is a forgotten value, and
 * reading it as the path would run the command for real (`checkValue` refuses it).
 */
function commanderOption(name: string, spec: OptionSpec, checkValue: (value: string) => string): Option {
  const flags = spec.type === "string" ? `--${name} <${spec.value ?? "VALUE"}>` : `--${name}`;
  const option = new Option(flags, spec.description);
  if (spec.type === "boolean") return option;
  // Repeatable, not variadic: `--domain a --domain b`; a variadic flag would swallow positionals.
  return option.argParser((value: string, previous: string[] | string | undefined) =>
    spec.multiple ? [...((previous as string[] | undefined) ?? []), checkValue(value)] : checkValue(value),
  );
}

/**
 * `<app> [FILE|-]` -> ["<app>", "[FILE|-]"]; `<app>|--global` (an app or the flag) is optional.
 * Anything else must be spelled out in the command's `arguments`.
 */
export function commanderArguments(shape: Pick<CommandShape, "name" | "args">): string[] {
  return shape.args
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const flagAlternative = /^<([^<>|\s]+)>\|--[a-z-]+$/.exec(word) ?? /^\[<([^<>|\s]+)>\|--[a-z-]+\]$/.exec(word);
      if (flagAlternative) return `[${flagAlternative[1]}]`;
      const plain = /^(<[^<>\s]+>|\[<?[^<>[\]\s]+>?\])$/.exec(word);
      if (!plain) {
        throw new Error(`pegasus:${shape.name}: cannot read "${word}" of "${shape.args}" as an argument; give the command its \`arguments\``);
      }
      return word.replace(/^\[<(.*)>\]$/, "[$1]");
    });
}

/** Commander's help for one command, exactly as `dokku pegasus:<name> --help` prints it. */
export function renderCommandHelp(shape: CommandShape): string {
  const output = { out: [] as string[], err: [] as string[] };
  buildCommand(shape, output).outputHelp();
  return output.out.join("");
}

/**
 * Parses a subcommand's arguments with commander: an unknown flag (with its "did you mean"),
 * a missing flag value and too many or too few arguments are user errors in Dokku's voice;
 * `--help` throws `HelpRequested` with the command's help.
 */
export function parseSubcommandArgs(
  shape: CommandShape,
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): ParsedArgs {
  // Dokku's :report commands take one `--<plugin>-<key>` flag per report field and answer an
  // unknown one with their own "Invalid flag passed, valid flags: ..." list.
  const prefix = shape.infoFlagPrefix;
  const infoFlags = prefix ? argv.filter((arg) => arg.startsWith(`--${prefix}`)) : [];
  let words = argv.filter((arg) => !infoFlags.includes(arg));
  // `dokku --app X pegasus:cmd` removes the flag from argv and exports DOKKU_APP_NAME; a
  // trailing `--app X` stays in argv. Either way the app becomes the first positional, unless
  // `--global` names the scope: Dokku's client adds `--app <app>` to every command typed in the
  // app's repository, `pegasus:set --global backup-keep 3` included.
  if (env.DOKKU_APP_NAME || words.some((word) => word === "--app" || word.startsWith("--app="))) {
    const probe = buildCommand(shape);
    let operands: string[] = [];
    try {
      operands = probe.parseOptions([...words]).operands;
    } catch {
      // the real parse below reports it
    }
    const app = (probe.getOptionValue("app") as string | undefined) ?? env.DOKKU_APP_NAME;
    if (app && operands[0] !== app && probe.getOptionValue("global") !== true) words = [app, ...words];
  }
  // A flag pasted from a web page or a word processor: `—dry-run` would be a positional.
  const end = words.indexOf("--");
  const typographic = (end === -1 ? words : words.slice(0, end)).find((word) => TYPOGRAPHIC_DASH.test(word));
  if (typographic) {
    // Named as typed, but a secret glued to it (`—identity=AGE-SECRET-KEY-…`) is not printed back.
    const name = typographic.split("=")[0]!;
    const [word, flag] = !mayHoldSecret(typographic)
      ? [`"${typographic}"`, typographic.replace(TYPOGRAPHIC_DASH, "--")]
      : !mayHoldSecret(name)
        ? [`"${name}=…" (its value not shown: it looks like a secret)`, name.replace(TYPOGRAPHIC_DASH, "--")]
        : ["A word (not shown: it looks like a secret)", "--"];
    throw new UserError(`${word} starts with a typographic dash, not two hyphens: type ${flag}\nSee \`dokku ${PLUGIN_PREFIX}${shape.name} --help\` for its usage`);
  }
  const output = { out: [] as string[], err: [] as string[] };
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
  const options: ParsedOptions = {};
  for (const [name, spec] of Object.entries(shape.options)) {
    const option = command.options.find((candidate) => candidate.long === `--${name}`);
    const key = option?.attributeName();
    // Absent flags stay undefined; `--no-redis` is our own boolean, not commander's negation.
    if (!key || command.getOptionValueSource(key) !== "cli") continue;
    options[name] = spec.type === "boolean" ? true : (command.getOptionValue(key) as string | string[]);
  }
  return { positionals: [...command.args], options, infoFlags };
}

/** Commander's message, on Dokku's ` !     ` lines, with where to read the usage. */
function inDokkuVoice(error: CommanderError, shape: CommandShape): UserError {
  // Dokku's own words for the most common slip.
  if (error.code === "commander.missingArgument" && /'app'$/.test(error.message)) {
    return new UserError("Please specify an app to run the command on");
  }
  // Commander quotes what was typed ('--flag', 'value'): a secret pasted there (an age key typed
  // as a flag) is not printed back.
  const shown = error.message.replace(/'([^']*)'/g, (quoted, typed: string) => (mayHoldSecret(typed) ? "(a word not shown: it looks like a secret)" : quoted));
  const lines = shown.replace(/^error: /, "").split("\n");
  lines[0] = `${lines[0]!.charAt(0).toUpperCase()}${lines[0]!.slice(1)}`;
  lines.push(`See \`dokku ${PLUGIN_PREFIX}${shape.name} --help\` for its usage`);
  return new UserError(lines.join("\n"));
}

/**
 * Parses with option specs alone (no positional count): for tests and callers that check
 * their positionals themselves. `command` may carry the `pegasus:` prefix.
 */
export function parseCommandArgs(
  command: string,
  argv: readonly string[],
  specs: OptionSpecs,
  env: Record<string, string | undefined> = {},
  infoFlagPrefix?: string,
): ParsedArgs {
  const name = command.startsWith(PLUGIN_PREFIX) ? command.slice(PLUGIN_PREFIX.length) : command;
  return parseSubcommandArgs({ name, args: "", arguments: ["[args...]"], summary: "", options: specs, infoFlagPrefix }, argv, env);
}
