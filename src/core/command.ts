import type { Context } from "../context.js";
import type { OptionSpecs, ParsedArgs } from "./args.js";

/** A `dokku pegasus:<name>` command: its help lives here, beside its code. */
export interface Subcommand {
  name: string;
  /** Positional arguments as shown in help, e.g. `<app> [FILE|-]`. */
  args: string;
  /** One line, no commas (Dokku's help splits columns on them). */
  summary: string;
  /** Extra help paragraphs shown by `pegasus:help`. */
  notes?: string[];
  options: OptionSpecs;
  /** A `:report` command's info-flag prefix (e.g. `pegasus-`): such flags reach `infoFlags`. */
  infoFlagPrefix?: string;
  /** Whether stdout carries data (`--format json`), so logs go to stderr. */
  printsData?: (args: ParsedArgs) => boolean;
  run(args: ParsedArgs, context: Context): Promise<number | void>;
}

/** A Dokku trigger file of ours; `args` are the trigger's arguments as plugn passes them. */
export interface Trigger {
  name: string;
  run(args: string[], context: Context): Promise<number | void>;
}
