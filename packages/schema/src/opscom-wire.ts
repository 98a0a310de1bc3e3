import * as z from "zod/mini";
import { isAmountInRange, normalizeAmount } from "./money.ts";
import { PLATE_MAX_LENGTH } from "./plate.ts";
import { WIRE_TIME_PATTERN } from "./time.ts";

/**
 * Every attribute of Permit Create under each of its published names, canonical name first
 * (the canonical name is the one in the published sample body).
 */
export const PERMIT_FIELD_NAMES = {
  apiToken: ["apiToken"],
  Amount: ["Amount", "amount"],
  CurrencyID: ["CurrencyID", "currency"],
  startTime: ["startTime", "StartDateUtc"],
  endTime: ["endTime", "EndDateUtc"],
  LicencePlate: ["LicencePlate", "plate"],
  permitNo: ["permitNo", "TicketNumber"],
  zone: ["zone", "ParkingZoneName"],
} as const;

export const REFERENCE_ID_NAMES = ["referenceID", "referenceid", "reference_id"] as const;

export type PermitWireField = keyof typeof PERMIT_FIELD_NAMES;

export type CanonicalBody = {
  /** The body under canonical names only; names that are not published are dropped. */
  body: Record<string, unknown>;
  /** Canonical names that were given twice, under two names, with different values. */
  conflicts: string[];
};

/** Maps a body that uses any mix of published names onto the canonical names. */
export function canonicalizeNames(
  input: Record<string, unknown>,
  names: Record<string, readonly string[]>,
): CanonicalBody {
  const body: Record<string, unknown> = {};
  const conflicts: string[] = [];
  for (const [canonical, aliases] of Object.entries(names)) {
    const given = aliases.filter((name) => Object.hasOwn(input, name) && input[name] !== undefined);
    const [first, ...others] = given;
    if (first === undefined) continue;
    body[canonical] = input[first];
    if (others.some((name) => input[name] !== input[first])) conflicts.push(canonical);
  }
  return { body, conflicts };
}

export function canonicalizePermitBody(input: Record<string, unknown>): CanonicalBody {
  return canonicalizeNames(input, PERMIT_FIELD_NAMES);
}

export function canonicalizeUpdateBody(input: Record<string, unknown>): CanonicalBody {
  return canonicalizeNames(input, { ...PERMIT_FIELD_NAMES, referenceID: REFERENCE_ID_NAMES });
}

const required = (field: string) => ({
  error: (issue: { input: unknown }) =>
    issue.input === undefined ? `${field} is required.` : `${field} must be a string.`,
});

export const apiTokenWireSchema = z
  .string(required("apiToken"))
  .check(
    z.minLength(1, { error: "apiToken is required.", abort: true }),
    z.maxLength(50, "apiToken is too long (at most 50 characters)."),
    z.regex(/^[A-Za-z0-9-]+$/, "apiToken may hold letters, digits and dashes only."),
  );

export const wireTimeSchema = (field: string) =>
  z.string(required(field)).check(
    z.maxLength(20, `${field} is too long (at most 20 characters).`),
    z.regex(WIRE_TIME_PATTERN, {
      error: `${field} must look like 2000-05-30T14:38:22.`,
      abort: true,
    }),
    z.refine(isRealCalendarTime, `${field} is not a real date and time.`),
  );

function isRealCalendarTime(wireTime: string): boolean {
  const date = new Date(`${wireTime}Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === wireTime;
}

export const wireAmountSchema = z.string(required("Amount")).check(
  z.maxLength(9, "Amount is too long (at most 9 characters)."),
  z.minLength(3, "Amount is too short (at least 3 digits, the last two cents)."),
  z.regex(/^\d+\.\d{2}$/, { error: "Amount must look like 14.50.", abort: true }),
  z.refine(
    (amount) => isAmountInRange(normalizeAmount(amount) ?? amount),
    "Amount must be from 0.01 to 999999.99.",
  ),
);

const limitedText = (field: string, max: number, min = 0) =>
  z
    .string(required(field))
    .check(
      z.minLength(min, `${field} is too short.`),
      z.maxLength(max, `${field} is too long (at most ${max} characters).`),
    );

/** Permit Create, under canonical names, with every published limit. */
export const permitCreateWireSchema = z.object({
  apiToken: apiTokenWireSchema,
  Amount: z.optional(wireAmountSchema),
  CurrencyID: z.optional(limitedText("CurrencyID", 10, 1)),
  LicencePlate: limitedText("LicencePlate", PLATE_MAX_LENGTH, 1),
  zone: z.optional(limitedText("zone", 200)),
  permitNo: z.optional(limitedText("permitNo", 50)),
  startTime: wireTimeSchema("startTime"),
  endTime: wireTimeSchema("endTime"),
});
export type PermitCreateWire = z.infer<typeof permitCreateWireSchema>;

/** Permit Update: the permit by reference, every other attribute optional. */
export const permitUpdateWireSchema = z.object({
  apiToken: apiTokenWireSchema,
  referenceID: z.string(required("referenceID")).check(z.minLength(1, "referenceID is required.")),
  Amount: z.optional(wireAmountSchema),
  CurrencyID: z.optional(limitedText("CurrencyID", 10, 1)),
  LicencePlate: z.optional(limitedText("LicencePlate", PLATE_MAX_LENGTH, 1)),
  zone: z.optional(limitedText("zone", 200)),
  permitNo: z.optional(limitedText("permitNo", 50)),
  startTime: z.optional(wireTimeSchema("startTime")),
  endTime: z.optional(wireTimeSchema("endTime")),
});
export type PermitUpdateWire = z.infer<typeof permitUpdateWireSchema>;

export const permitDeleteWireSchema = z.object({
  apiToken: apiTokenWireSchema,
  referenceID: z.string(required("referenceID")).check(z.minLength(1, "referenceID is required.")),
});
export type PermitDeleteWire = z.infer<typeof permitDeleteWireSchema>;

export const permitStatsWireSchema = z.object({
  apiToken: apiTokenWireSchema,
  zones: z.optional(z.string()),
});

/** The published success answer of Create, Update and Delete. */
export const opscomSuccessSchema = z.object({
  status: z.literal("success"),
  reference_id: z.string().check(z.minLength(1)),
  InternalReferenceID: z.optional(z.string()),
});
export type OpscomSuccess = z.infer<typeof opscomSuccessSchema>;

/** The published error answer. */
export const opscomErrorSchema = z.object({
  ErrorCode: z.number(),
  ErrorMessage: z.optional(z.string()),
});
export type OpscomError = z.infer<typeof opscomErrorSchema>;

export const opscomStatsSchema = z.object({
  data: z.array(z.object({ type: z.string(), zone: z.string(), total: z.string() })),
});
export type OpscomStats = z.infer<typeof opscomStatsSchema>;
