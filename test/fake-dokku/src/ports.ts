// ports (Go, plugins/ports at Dokku HEAD): list properties config/ports/<app>/map and
// map-detected (one `scheme:host:container` per line, sorted, PropertyListWrite), and the
// post-proxy-ports-update trigger after every change. Nothing restarts: the only core consumer
// of post-proxy-ports-update is nginx-vhosts, which rebuilds the nginx config of the app
// (nginx_build_config) — recorded here as a `proxy-build-config` event for a deployed app.
import { goJson, parseGoFlags, runReport, verifyAppGo } from "./cli.js";
import { letsencryptActive } from "./letsencrypt.js";
import { DokkuExit, info1Quiet, isQuiet, line, fail } from "./output.js";
import { fireTrigger, pluginEnabled } from "./plugins.js";
import { atomicWrite, isDeployed, propDel, propFile, propGet, readText, recordEvent } from "./state.js";

export interface PortMap {
  scheme: string;
  hostPort: number;
  containerPort: number;
}

const portString = (p: PortMap) => `${p.scheme}:${p.hostPort}:${p.containerPort}`;
/** `__internal__` maps (a bare host port) are never persisted (AllowsPersistence). */
const internal = (p: PortMap) => p.scheme === "__internal__";
const byteSort = (values: string[]) => values.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));

/** strconv.Atoi: optional sign, decimal digits, int64 range. */
function atoi(s: string): { value: number } | { error: string } {
  if (!/^[+-]?[0-9]+$/.test(s)) return { error: `strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax` };
  const n = BigInt(s);
  if (n > 9223372036854775807n || n < -9223372036854775808n) return { error: `strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range` };
  return { value: Number(n) };
}

const inRange = (v: number, min: number, max: number) => min < v && v < max;

/** parsePortMapString: space-separated; the maps parsed before an error are returned with it. */
export function parsePortMaps(text: string): { maps: PortMap[]; error?: string } {
  const maps: PortMap[] = [];
  for (const v of text.trim().split(" ")) {
    const parts = splitN(v, ":", 3);
    if (parts.length === 1) {
      const host = atoi(v);
      if ("error" in host) return { maps, error: `Invalid port map ${v} [err=${host.error}]` };
      if (!inRange(host.value, 0, 65536)) return { maps, error: `Invalid port map ${v} [hostPort=${host.value}]` };
      maps.push({ scheme: "__internal__", hostPort: host.value, containerPort: 0 });
      continue;
    }
    if (parts.length !== 3) return { maps, error: `Invalid port map ${v} [len=${parts.length}]` };
    const host = atoi(parts[1] as string);
    if ("error" in host) return { maps, error: `Invalid port map ${v} [err=${host.error}]` };
    const container = atoi(parts[2] as string);
    if ("error" in container) return { maps, error: `Invalid port map ${v} [err=${container.error}]` };
    if (!inRange(host.value, 0, 65536)) return { maps, error: `Invalid port map ${v} [hostPort=${host.value}]` };
    if (!inRange(container.value, 0, 65536)) return { maps, error: `Invalid port map ${v} [containerPort=${container.value}]` };
    maps.push({ scheme: parts[0] as string, hostPort: host.value, containerPort: container.value });
  }
  return { maps };
}

/** Go strings.SplitN. */
function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const i = rest.indexOf(sep);
    if (i === -1) break;
    out.push(rest.slice(0, i));
    rest = rest.slice(i + sep.length);
  }
  out.push(rest);
  return out;
}

/** PropertyListGet: the lines of the file (none when missing). */
function listGet(app: string, key: string): string[] | undefined {
  const text = readText(propFile("ports", app, key));
  if (text === undefined) return undefined;
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** getPortMaps (errors ignored: whatever parsed before the first bad entry). */
export function getPortMaps(app: string): PortMap[] {
  return parsePortMaps((listGet(app, "map") ?? []).join(" ")).maps;
}

function reusesSchemeHostPort(maps: PortMap[]): string | undefined {
  const found = new Set<string>();
  for (const m of maps) {
    const key = `${m.scheme}:${m.hostPort}`;
    if (found.has(key)) return `The same scheme:host-port is being reused: ${key}`;
    found.add(key);
  }
  return undefined;
}

function uniquePortMaps(maps: PortMap[]): PortMap[] {
  const found = new Set<string>();
  return maps.filter((m) => {
    const key = `${m.scheme}:${m.hostPort}`;
    if (found.has(key)) return false;
    found.add(key);
    return true;
  });
}

/** PropertyListWrite: every value then "\n" (an empty list leaves an empty file), mode 0600. */
function listWrite(app: string, key: string, values: string[]): void {
  atomicWrite(propFile("ports", app, key), values.map((v) => `${v}\n`).join(""), 0o600);
}

function setPortMaps(app: string, maps: PortMap[]): void {
  const reused = reusesSchemeHostPort(maps);
  if (reused) fail(`Error validating port mappings: ${reused}`);
  listWrite(app, "map", byteSort(maps.filter((m) => !internal(m)).map(portString)));
}

function proxyPort(app: string, key: "proxy-port" | "proxy-ssl-port"): number {
  const own = atoi(propGet("proxy", app, key));
  if ("value" in own && own.value !== 0) return own.value;
  const global = atoi(propGet("proxy", "--global", key));
  return "value" in global ? global.value : 0;
}

/** certs-exists / certs-force: the fake's only certificates are letsencrypt's. */
function certExists(app: string): boolean {
  return pluginEnabled("letsencrypt") && letsencryptActive(app);
}

/** getDetectedPortMaps: map-detected, else http:<proxy-port|80>:5000; with a cert, https too. */
export function getDetectedPortMaps(app: string): PortMap[] {
  const base = proxyPort(app, "proxy-port") || 80;
  const stored = listGet(app, "map-detected");
  let maps: PortMap[] = stored !== undefined ? parsePortMaps(stored.join(" ")).maps : [];
  if (maps.length === 0) maps = [{ scheme: "http", hostPort: base, containerPort: 5000 }];
  if (certExists(app)) {
    const ssl = proxyPort(app, "proxy-ssl-port") || 443;
    let setSSL = false;
    for (const m of [...maps]) {
      if (m.scheme !== "http" || m.hostPort !== 80) continue;
      setSSL = true;
      maps.push({ scheme: "https", hostPort: ssl, containerPort: m.containerPort });
    }
    if (!setSSL) maps = maps.map((m) => (m.scheme === "http" ? { ...m, scheme: "https" } : m));
  }
  return maps;
}

/** Go json.Marshal of []PortMap: a nil slice (nothing parsed) is `null`. */
function mapsJson(maps: PortMap[], nilWhenEmpty: boolean): string {
  if (maps.length === 0 && nilWhenEmpty) return "null";
  return goJson(maps.map((m) => ({ container_port: m.containerPort, host_port: m.hostPort, scheme: m.scheme })));
}

/** github.com/ryanuber/columnize Format: trimmed cells, padded columns, "  " glue, last unpadded. */
function columnize(lines: string[], delim: string, prefix: string): string {
  const rows = lines.map((l) => l.split(delim).map((c) => c.trim()));
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  const out = rows.map((r) => `${prefix}${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0) + "  ")).join("")}\n`).join("");
  return out.endsWith("\n") ? out.slice(0, -1) : out;
}

function postUpdate(app: string, action: string): void {
  const t = fireTrigger("post-proxy-ports-update", [app, action]);
  if (t.status !== 0) throw new DokkuExit(t.status);
}

/** The nginx-vhosts post-proxy-ports-update: nginx_build_config for a deployed nginx app. */
export function nginxPostProxyPortsUpdate(args: string[]): void {
  const [app = "", action = ""] = args;
  if (!isDeployed(app)) return;
  if ((propGet("proxy", app, "type") || propGet("proxy", "--global", "type") || "nginx") !== "nginx") return;
  recordEvent(app, "proxy-build-config", { reason: "post-proxy-ports-update", action });
}

function portMapArgs(cmd: string, args: string[]): { app: string; maps: PortMap[] } {
  const f = parseGoFlags(cmd, args, {});
  const app = verifyAppGo(f.positionals[0]);
  const given = f.positionals.slice(1);
  if (given.length === 0) fail("No port mapping specified");
  const parsed = parsePortMaps(given.join(" "));
  if (parsed.error) fail(parsed.error);
  return { app, maps: parsed.maps };
}

export function portsCommand(cmd: string, args: string[]): void {
  switch (cmd) {
    case "ports:list": {
      const f = parseGoFlags(cmd, args, {});
      const app = verifyAppGo(f.positionals[0]);
      const maps = getPortMaps(app);
      if (maps.length === 0) fail("No port mappings configured for app");
      const lines = isQuiet() ? [] : ["-----> scheme:host port:container port"];
      lines.push(...maps.map(portString));
      byteSort(lines);
      info1Quiet(`Port mappings for ${app}`);
      line(columnize(lines, ":", "    "));
      return;
    }
    case "ports:add": {
      const { app, maps } = portMapArgs(cmd, args);
      let reused = reusesSchemeHostPort(maps);
      if (reused) fail(`Error validating new port mappings: ${reused}`);
      const all = [...getPortMaps(app), ...maps];
      reused = reusesSchemeHostPort(all);
      if (reused) fail(`Error validating all port mappings: ${reused}`);
      setPortMaps(app, all);
      postUpdate(app, "add");
      return;
    }
    case "ports:set": {
      const { app, maps } = portMapArgs(cmd, args);
      const reused = reusesSchemeHostPort(maps);
      if (reused) fail(`Error validating port mappings: ${reused}`);
      setPortMaps(app, maps);
      postUpdate(app, "set");
      return;
    }
    case "ports:remove": {
      const { app, maps } = portMapArgs(cmd, args);
      const byString = new Set(maps.filter((m) => !internal(m)).map(portString));
      const byPort = new Set(maps.filter(internal).map((m) => m.hostPort));
      const keep = getPortMaps(app).filter((m) => !byString.has(portString(m)) && !byPort.has(m.hostPort));
      if (keep.length === 0) propDel("ports", app, "map");
      else setPortMaps(app, keep);
      postUpdate(app, "remove");
      return;
    }
    case "ports:clear": {
      const f = parseGoFlags(cmd, args, {});
      const app = verifyAppGo(f.positionals[0]);
      propDel("ports", app, "map");
      propDel("ports", app, "map-detected");
      postUpdate(app, "clear");
      return;
    }
    case "ports:report":
      runReport(
        {
          type: "ports",
          prefix: "ports",
          legacyPrefixedJson: true,
          flags: (app) => {
            const maps = getPortMaps(app);
            const detected = getDetectedPortMaps(app);
            return {
              "--ports-map": maps.map(portString).join(" "),
              "--ports-map-json": mapsJson(maps, true),
              "--ports-map-detected": detected.map(portString).join(" "),
              "--ports-map-detected-json": mapsJson(detected, false),
            };
          },
          globalFlags: () => ({}),
        },
        args,
      );
      return;
    default:
      fail(`Invalid plugin subcommand call: ${cmd.replace(/^ports:/, "")}`);
  }
}
