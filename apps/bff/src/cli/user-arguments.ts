import { parseArgs } from "node:util";
import { ROLES, type Role, roleSchema } from "@permit-desk/schema";

export const USAGE = `Usage: npm run user -- add <username> --role <${ROLES.join("|")}> [--zones "Lot 4,Lot 5"] [--name "Display Name"]

The password is read from standard input when it is not a terminal (the first line),
otherwise asked for twice without showing it.`;

export type AddUserArguments = {
  command: "add";
  username: string;
  role: Role;
  zoneNames: string[];
  displayName: string;
};

export class UsageError extends Error {
  constructor(problem: string) {
    super(`${problem}\n\n${USAGE}`);
    this.name = "UsageError";
  }
}

function zoneNamesOf(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  return [...new Set(raw.split(",").map((name) => name.trim()))].filter((name) => name !== "");
}

/** Reads `add <username> --role … [--zones …] [--name …]`; throws UsageError with the usage. */
export function parseUserArguments(argv: string[]): AddUserArguments {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [command, username, ...extra] = parsed.positionals;
  if (command !== "add") {
    throw new UsageError(
      command === undefined ? "Say what to do." : `Unknown command "${command}".`,
    );
  }
  if (username === undefined) throw new UsageError("Give the new user's username.");
  if (extra.length > 0) throw new UsageError(`Unexpected "${extra.join(" ")}".`);
  const role = roleSchema.safeParse(parsed.values.role);
  if (!role.success) {
    throw new UsageError(
      parsed.values.role === undefined
        ? "Give the user's role with --role."
        : `Unknown role "${parsed.values.role}": choose ${ROLES.join(", ")}.`,
    );
  }
  return {
    command,
    username,
    role: role.data,
    zoneNames: zoneNamesOf(parsed.values.zones),
    displayName: parsed.values.name?.trim() || username,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      role: { type: "string" },
      zones: { type: "string" },
      name: { type: "string" },
    },
  });
}
