import { renderCommandHelp, type CommandShape } from "./core/args.js";
import { PLUGIN_NAME } from "./paths.js";

type HelpEntry = CommandShape;

/** Commands that bash answers without starting Node (see the root `commands` file). */
const BASH_ONLY: HelpEntry[] = [
  { name: "help", args: "", summary: "Show the usage of every pegasus command", options: {} },
];

export const PLUGIN_SUMMARY =
  "Provision a SaaS Pegasus app; import .env safely; verified backups before every deploy";


/** The lines `dokku help --all` shows: `    pegasus:x <args>, summary` (Dokku columnizes on the comma). */
export function renderHelpLines(subcommands: readonly HelpEntry[]): string {
  return [...subcommands, ...BASH_ONLY]
    .map((entry) => `    ${PLUGIN_NAME}:${entry.name}${entry.args ? ` ${entry.args}` : ""}, ${entry.summary}`)
    .join("\n")
    .concat("\n");
}

/** `dokku pegasus:help`: Dokku's usage layout, then every command's own help (commander's). */
export function renderUsage(subcommands: readonly HelpEntry[]): string {
  const entries = [...subcommands, ...BASH_ONLY];
  const heads = entries.map((entry) => `${PLUGIN_NAME}:${entry.name}${entry.args ? ` ${entry.args}` : ""}`);
  const width = Math.max(...heads.map((head) => head.length)) + 2;
  const out: string[] = [
    `Usage: dokku ${PLUGIN_NAME}[:COMMAND]`,
    "",
    PLUGIN_SUMMARY,
    "",
    "Additional commands:",
    ...entries.map((entry, index) => `    ${heads[index]!.padEnd(width)}${entry.summary}`),
  ];
  // Then each command's `--help`, as commander prints it: the text and the parser are one.
  for (const entry of subcommands) out.push("", renderCommandHelp(entry).trimEnd());
  return `${out.join("\n")}\n`;
}
