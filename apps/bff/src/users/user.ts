import type { Role } from "@permit-desk/schema";
import type { Selectable } from "kysely";
import type { UsersTable } from "../db/database.ts";
import type { Zone } from "../zones/zone.ts";

export type User = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Assigned zones, by name; an admin may act in every zone whatever is assigned. */
  zones: Zone[];
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
  passwordChangedAt: Date;
};

/** The hash and the username's key are not needed to describe a user, and not read for it. */
export function userOf(
  row: Omit<Selectable<UsersTable>, "password_hash" | "username_key">,
  zones: Zone[],
): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    zones,
    disabled: row.disabled === 1,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    passwordChangedAt: new Date(row.password_changed_at),
  };
}

/** A user as the audit trail shows it: never the password hash. */
export function userFacts(user: User): Record<string, unknown> {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    zones: user.zones.map((zone) => zone.name),
    disabled: user.disabled,
  };
}
