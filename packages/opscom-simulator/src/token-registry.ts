import { apiTokenWireSchema } from "@permit-desk/schema";
import { PERMIT_CREATE_PERMISSION } from "./permit-route.ts";

export const DEMO_TOKEN = "demo-token";

/** Every permission the simulator knows; a token listed without permissions holds them all. */
export const ALL_PERMISSIONS: readonly string[] = [PERMIT_CREATE_PERMISSION];

/** Token → its permissions, or a list of tokens that hold every permission. */
export type TokenConfig = Readonly<Record<string, readonly string[]>> | readonly string[];

export type TokenRegistry = {
  isKnown(token: string): boolean;
  allows(token: string, permission: string): boolean;
  /** Every configured token, so logs can blank them out wherever they appear. */
  secrets(): ReadonlySet<string>;
};

export function createTokenRegistry(config: TokenConfig): TokenRegistry {
  const entries = isTokenList(config)
    ? config.map((token): [string, readonly string[]] => [token, ALL_PERMISSIONS])
    : Object.entries(config);
  for (const [index, [token]] of entries.entries()) assertValidToken(token, index);
  const permissions = new Map(entries.map(([token, granted]) => [token, new Set(granted)]));
  return {
    isKnown: (token) => permissions.has(token),
    allows: (token, permission) => permissions.get(token)?.has(permission) ?? false,
    secrets: () => new Set(permissions.keys()),
  };
}

function isTokenList(config: TokenConfig): config is readonly string[] {
  return Array.isArray(config);
}

/** The message names the token's position, never the token itself. */
function assertValidToken(token: string, index: number): void {
  const checked = apiTokenWireSchema.safeParse(token);
  if (!checked.success) {
    const reason = checked.error.issues[0]?.message ?? "apiToken is invalid.";
    throw new RangeError(`Configured token #${index + 1} is unusable: ${reason}`);
  }
}
