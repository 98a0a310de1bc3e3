import * as z from "zod/mini";
import { ZONE_MAX_LENGTH } from "./draft.ts";
import { PERMIT_STATES } from "./journal-api.ts";
import { PERMIT_STATUSES } from "./permit-changes.ts";

/** The query of `GET /api/plates/:plate/checks`: the zone the permit is for, if one is chosen. */
export const plateChecksQuerySchema = z.object({
  zone: z.pipe(
    z.optional(z.string().check(z.trim(), z.maxLength(ZONE_MAX_LENGTH, "zone_too_long"))),
    z.transform((zone) => (zone === "" ? undefined : zone)),
  ),
});
export type PlateChecksQuery = z.output<typeof plateChecksQuerySchema>;

/**
 * A permit valid now for the plate in the zone: only what any member issuing there needs to see
 * to avoid a duplicate, not who issued it nor for how much.
 */
export const activePermitInZoneSchema = z.object({
  /** Absent while OPSCOM has not confirmed it (being sent, or unconfirmed and not yet found). */
  referenceId: z.optional(z.string()),
  validFrom: z.string(),
  validUntil: z.string(),
  /** `issued`, `pending` (being sent) or `unknown` (may exist in OPSCOM). */
  state: z.enum(PERMIT_STATES),
  /**
   * `unconfirmed` too when a change OPSCOM has not confirmed may have voided it, or moved it
   * here, or moved it away: the validity shown is the one that makes it valid now.
   */
  status: z.optional(z.enum(PERMIT_STATUSES)),
});
export type ActivePermitInZone = z.infer<typeof activePermitInZoneSchema>;

/**
 * A permit valid now for the plate in a zone the member works in, or one they may see: what the
 * history's "Is this plate covered now?" answers, by the same rule as the issue form's warning.
 */
export const activeCoverSchema = z.object({
  ...activePermitInZoneSchema.shape,
  /** What its zone is called now. */
  zone: z.string(),
  /** The journal entry, when the member may open its record (someone else's may not be theirs to see). */
  id: z.optional(z.string()),
});
export type ActiveCover = z.infer<typeof activeCoverSchema>;

/** `200` answer of `GET /api/plates/:plate/active`, newest first. */
export const activePermitsSchema = z.object({
  plate: z.string(),
  at: z.string(),
  permits: z.array(activeCoverSchema),
});
export type ActivePermits = z.infer<typeof activePermitsSchema>;

/** A plate one confusable character away from the typed one, issued here recently. */
export const similarPlateSchema = z.object({
  plate: z.string(),
  lastIssuedAt: z.string(),
  /** The zone of that last permit. */
  zone: z.string(),
});
export type SimilarPlate = z.infer<typeof similarPlateSchema>;

/** `200` answer of `GET /api/plates/:plate/checks`: warnings for the form, never errors. */
export const plateChecksSchema = z.object({
  /** The plate as it will be sent. */
  plate: z.string(),
  zone: z.optional(z.string()),
  at: z.string(),
  activeInZone: z.array(activePermitInZoneSchema),
  /** Newest first, at most five. */
  similar: z.array(similarPlateSchema),
});
export type PlateChecks = z.infer<typeof plateChecksSchema>;
