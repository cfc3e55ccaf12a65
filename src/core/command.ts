import type { Context } from "../context.js";
import type { CommandShape, ParsedArgs } from "./args.js";

/**
 * A `dokku pegasus:<name>` command: its help lives here, beside its code. Commander parses it
 * from this shape (name, args/arguments, summary, notes, options); see src/core/args.ts.
 */
export interface Subcommand extends CommandShape {
  /** One line, no commas (Dokku's help splits columns on them). */
  summary: string;
  /** Whether stdout carries data (`--format json`), so logs go to stderr. */
  printsData?: (args: ParsedArgs) => boolean;
  /** May throw before returning its promise: checks that need no await fail at once. */
  run(args: ParsedArgs, context: Context): Promise<number | void>;
}

/** A Dokku trigger file of ours; `args` are the trigger's arguments as plugn passes them. */
export interface Trigger {
  name: string;
  run(args: string[], context: Context): Promise<number | void>;
}
