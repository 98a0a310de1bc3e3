import { parseArgs } from "node:util";
import { apiTokenWireSchema } from "@permit-desk/schema";
import { type Behaviour, NORMAL_BEHAVIOUR, parseBehaviour } from "./behaviour.ts";
import { DEMO_TOKEN } from "./token-registry.ts";

export type CliConfig = { port: number; host: string; tokens: string[]; behaviour: Behaviour };

export type CliConfigResult =
  | { kind: "config"; config: CliConfig }
  | { kind: "help" }
  | { kind: "error"; message: string };

export const DEFAULT_PORT = 4010;

export const USAGE = `Usage: npm run simulator -- [--port <n>] [--host <name>] [--token <token>]... [--behaviour <json>]

  --port       port to listen on, 0 for any free one (env SIMULATOR_PORT, default ${DEFAULT_PORT})
  --host       address to listen on (default 127.0.0.1)
  --token      an API token holding every permission; repeat for more
               (env SIMULATOR_TOKENS, comma-separated; default ${DEMO_TOKEN})
  --behaviour  how to misbehave from the start, as POST /__simulator/behaviour takes it,
               e.g. '{"mode":"reshape","shape":"status-capitalised"}' (env SIMULATOR_BEHAVIOUR)`;

/** The simulator's settings from its flags, falling back on the environment. */
export function readCliConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliConfigResult {
  let values: ReturnType<typeof parseFlags>["values"];
  try {
    values = parseFlags(argv).values;
  } catch (error) {
    return { kind: "error", message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: "help" };
  const port = readPort(values.port, env.SIMULATOR_PORT);
  if (typeof port === "string") return { kind: "error", message: port };
  const host = values.host ?? "127.0.0.1";
  if (host.trim() === "") return { kind: "error", message: "--host must not be empty." };
  const tokens = readTokens(values.token, env.SIMULATOR_TOKENS);
  if (typeof tokens === "string") return { kind: "error", message: tokens };
  const behaviour = readBehaviour(values.behaviour, env.SIMULATOR_BEHAVIOUR);
  if (typeof behaviour === "string") return { kind: "error", message: behaviour };
  return { kind: "config", config: { port, host, tokens, behaviour } };
}

function parseFlags(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      token: { type: "string", multiple: true },
      behaviour: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function readPort(flag: string | undefined, fromEnv: string | undefined): number | string {
  const source = flag !== undefined ? "--port" : "SIMULATOR_PORT";
  const text = flag ?? fromEnv ?? String(DEFAULT_PORT);
  const port = /^\d{1,5}$/.test(text.trim()) ? Number(text) : Number.NaN;
  return port >= 0 && port <= 65_535
    ? port
    : `${source} must be a port number from 0 to 65535, not "${text}".`;
}

/** Error messages give a token's position, never the token: it is a secret. */
function readTokens(flags: string[] | undefined, fromEnv: string | undefined): string[] | string {
  const source = flags !== undefined ? "--token" : "SIMULATOR_TOKENS";
  const tokens = flags ?? fromEnv?.split(",").map((token) => token.trim()) ?? [DEMO_TOKEN];
  for (const [index, token] of tokens.entries()) {
    const checked = apiTokenWireSchema.safeParse(token);
    if (!checked.success) {
      const reason = checked.error.issues[0]?.message ?? "apiToken is invalid.";
      return `Token #${index + 1} of ${source} is unusable: ${reason}`;
    }
  }
  return tokens;
}

function readBehaviour(flag: string | undefined, fromEnv: string | undefined): Behaviour | string {
  const source = flag !== undefined ? "--behaviour" : "SIMULATOR_BEHAVIOUR";
  const text = flag ?? fromEnv;
  if (text === undefined || text.trim() === "") return NORMAL_BEHAVIOUR;
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return `${source} must be JSON such as {"mode":"reset"}, not ${text}.`;
  }
  const parsed = parseBehaviour(input);
  return parsed.ok ? parsed.behaviour : `${source}: ${parsed.error}`;
}
