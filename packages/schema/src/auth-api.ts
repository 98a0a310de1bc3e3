import * as z from "zod/mini";
import { passwordSchema, ROLES, usernameSchema } from "./accounts.ts";

/** The signed-in staff member, as the browser knows them. */
export const staffMemberSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  /** Active zones the member may issue in (every active zone for an admin). */
  zones: z.array(z.string()),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** `POST /api/session` answers this. */
export const sessionSchema = z.object({ user: staffMemberSchema });
export type Session = z.infer<typeof sessionSchema>;
/**
 * `GET /api/session`: the signed-in member, or `null` when nobody is (no cookie, a session ended,
 * a member disabled). A 200 either way, as being signed out is an answer, not a failure.
 */
export const sessionStateSchema = z.object({ user: z.nullable(staffMemberSchema) });

/** `POST /api/session`: sign in. */
export const signInSchema = z.object({
  username: z
    .string({ error: () => "sign_in_username_required" })
    .check(z.minLength(1, "sign_in_username_required")),
  password: z
    .string({ error: () => "sign_in_password_required" })
    .check(z.minLength(1, "sign_in_password_required")),
});
export type SignInInput = z.input<typeof signInSchema>;

/** `GET /api/setup` (public): whether the first administrator still has to be created. */
export const setupStatusSchema = z.object({ needsFirstAdmin: z.boolean() });

/** `GET /healthz` (public): the server is up, and whether permits go to a simulator. */
export const healthSchema = z.object({ status: z.literal("ok"), demo: z.boolean() });
export type Health = z.infer<typeof healthSchema>;

/**
 * `GET /readyz` (public): whether this server takes new requests. `draining` (with 503) from the
 * first stop signal on, while it finishes what it already started; `database_unavailable` (with
 * 503) while its database does not answer. A load balancer sends no more until `ready`.
 */
export const readinessSchema = z.object({
  status: z.enum(["ready", "draining", "database_unavailable"]),
});
export type Readiness = z.infer<typeof readinessSchema>;

/**
 * Line breaks, tabs and other controls, and the marks that turn the direction of the text after
 * them (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C): in a display name, each redraws
 * what the audit trail, the history and its CSV say around it. Accents and the joiners some
 * scripts need are not among them.
 */
const NAME_LAYOUT_CHARACTER = /[\p{Cc}\p{Zl}\p{Zp}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Whether a display name holds a character that would redraw the text around it. */
export function hasNameLayoutCharacter(name: string): boolean {
  return NAME_LAYOUT_CHARACTER.test(name);
}

const displayNameSchema = z.string({ error: () => "name_required" }).check(
  z.trim(),
  z.minLength(1, "name_required"),
  z.maxLength(100, "name_too_long"),
  z.refine((name) => !hasNameLayoutCharacter(name), "character_in_value"),
);

/** `POST /api/setup`: create the first administrator; only while no user exists. */
export const firstAdminSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
});
export type FirstAdminInput = z.input<typeof firstAdminSchema>;

/** `PUT /api/session/password`: a member changes their own password. */
export const passwordChangeSchema = z.object({
  currentPassword: z
    .string({ error: "current_password_required" })
    .check(z.minLength(1, "current_password_required")),
  newPassword: passwordSchema,
});

/** A user as administrators see and edit them. */
export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  zones: z.array(z.string()),
  disabled: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;
export const userListSchema = z.object({ users: z.array(userSchema) });

/** `POST /api/users`. */
export const newUserSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  role: z.enum(ROLES, { error: () => "role_required" }),
  zones: z.array(z.string()),
  password: passwordSchema,
});
export type NewUserInput = z.input<typeof newUserSchema>;

/** `PATCH /api/users/:id`: any of these. */
export const userChangeSchema = z.strictObject({
  displayName: z.optional(displayNameSchema),
  role: z.optional(z.enum(ROLES, { error: () => "role_required" })),
  zones: z.optional(z.array(z.string())),
  disabled: z.optional(z.boolean()),
});

/** `POST /api/users/:id/password`: an administrator sets a new password. */
export const passwordResetSchema = z.object({ password: passwordSchema });

/** A zone exactly as configured in OPSCOM's Parking Zone Administration. */
export const zoneRecordSchema = z.object({ id: z.string(), name: z.string(), active: z.boolean() });
export type ZoneRecord = z.infer<typeof zoneRecordSchema>;
export const zoneListSchema = z.object({ zones: z.array(zoneRecordSchema) });

/** One line of the audit trail. */
export const auditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  /** Present when the actor is Permit Desk itself (first-run set-up, the ZONES setting, the CLI). */
  system: z.optional(z.literal(true)),
  action: z.string(),
  /**
   * What the event is about, named as it is now where Permit Desk still knows it: a permit by its
   * plate and zone, a zone, template or user by its name.
   */
  subject: z.optional(
    z.object({
      type: z.string(),
      id: z.string(),
      name: z.optional(z.string()),
      plate: z.optional(z.string()),
      zone: z.optional(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
  changes: z.optional(z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() }))),
  detail: z.optional(z.record(z.string(), z.unknown())),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export const auditPageSchema = z.object({
  events: z.array(auditEventSchema),
  nextCursor: z.optional(z.string()),
});
