import { parseArgs } from "node:util";
import { UserError } from "../errors.js";

export interface OptionSpec {
  type: "string" | "boolean";
  multiple?: boolean;
  /** Placeholder shown in help, e.g. `EMAIL`. */
  value?: string;
  description: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export type ParsedOptions = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface ParsedArgs {
  positionals: string[];
  options: ParsedOptions;
  /** `--<prefix>-<key>` flags of a `:report` command (see `infoFlagPrefix`), validated by it. */
  infoFlags?: string[];
}

/**
 * Flags Dokku's parse_args acts on wherever they appear and still leaves in a community
 * plugin's argv; we accept them so they never cause an "unknown option" error.
 */
const DOKKU_GLOBAL_FLAGS: OptionSpecs = {
  quiet: { type: "boolean", description: "" },
  trace: { type: "boolean", description: "" },
  app: { type: "string", description: "" },
};

/**
 * Parses a subcommand's arguments strictly: an unknown flag or a missing flag value is a
 * user error that names the flag and points at the help.
 */
export function parseCommandArgs(
  command: string,
  argv: readonly string[],
  specs: OptionSpecs,
  env: Record<string, string | undefined> = {},
  infoFlagPrefix?: string,
): ParsedArgs {
  // Dokku's :report commands take one `--<plugin>-<key>` flag per report field and answer an
  // unknown one with their own "Invalid flag passed, valid flags: ..." list.
  const infoFlags = infoFlagPrefix ? argv.filter((arg) => arg.startsWith(`--${infoFlagPrefix}`)) : [];
  argv = argv.filter((arg) => !infoFlags.includes(arg));
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries({ ...DOKKU_GLOBAL_FLAGS, ...specs })) {
    options[name] = { type: spec.type, multiple: spec.multiple ?? false };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserError(`${describeParseError(error)}. See \`dokku pegasus:help\` for the usage of ${command}`);
  }
  const positionals = [...parsed.positionals];
  // `dokku --app X pegasus:cmd` removes the leading flag from argv and exports DOKKU_APP_NAME.
  const app = (parsed.values.app as string | undefined) ?? env.DOKKU_APP_NAME;
  if (app && positionals[0] !== app) positionals.unshift(app);
  const values: ParsedOptions = { ...parsed.values };
  delete values.quiet;
  delete values.trace;
  delete values.app;
  return { positionals, options: values, infoFlags };
}

function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `Unknown flag ${unknown[1]}`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `Flag ${missing[1]?.replace(/^-\w, /, "")} needs a value`;
  const notString = /Option '([^']+?)(?: <value>)?' argument is ambiguous/.exec(message);
  if (notString) return `Flag ${notString[1]} needs a value`;
  return message.split("\n")[0] ?? message;
}

export function stringOption(options: ParsedOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === "string" ? value : undefined;
}

export function stringListOption(options: ParsedOptions, name: string): string[] {
  const value = options[name];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function booleanOption(options: ParsedOptions, name: string): boolean {
  return options[name] === true;
}

export type OutputFormat = "stdout" | "json";

/** `--format stdout|json`, as Dokku's reports take it. */
export function formatOption(options: ParsedOptions): OutputFormat {
  const format = stringOption(options, "format") ?? "stdout";
  if (format === "json" || format === "stdout" || format === "text") {
    return format === "json" ? "json" : "stdout";
  }
  throw new UserError(`Format must be "stdout" or "json": "${format}"`);
}

export const FORMAT_OPTION: OptionSpecs = {
  format: { type: "string", value: "stdout|json", description: "json prints only data on stdout" },
};

export const DRY_RUN_OPTION: OptionSpecs = {
  "dry-run": { type: "boolean", description: "print what would change and change nothing" },
};

/** Refuses extra or missing positional arguments with the command's usage. */
export function expectPositionals(
  command: string,
  usage: string,
  positionals: string[],
  min: number,
  max: number,
): void {
  if (positionals.length < min) {
    throw new UserError(`Missing argument. Usage: dokku ${command} ${usage}`);
  }
  if (positionals.length > max) {
    throw new UserError(
      `Unexpected argument ${JSON.stringify(positionals[max])}. Usage: dokku ${command} ${usage}`,
    );
  }
}
