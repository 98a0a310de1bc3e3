/** The fields of a permit draft, in the form's order (checked against the schema in draft.ts). */
export const PERMIT_DRAFT_FIELDS = [
  "plate",
  "zone",
  "validFrom",
  "validUntil",
  "amount",
  "currency",
  "permitNo",
] as const;
