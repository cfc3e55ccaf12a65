import { UserError } from "../errors.js";

/*
 * The shape every command declares its flags in, and the readers of parsed values. No parser
 * here (src/core/args.ts parses with commander), so any module may import this cheaply.
 */

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
