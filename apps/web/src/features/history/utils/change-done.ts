import type { PermitChangeInput, PermitRecord } from "@permit-desk/schema";

/** What the last change made of the permit, for the page to say in the language shown. */
export type ChangeDone =
  | { kind: "extended"; until: string }
  | { kind: "corrected" }
  | { kind: "voided" };

export function changeDoneOf(input: PermitChangeInput, record: PermitRecord): ChangeDone {
  if (input.action === "void") return { kind: "voided" };
  const fields = Object.keys(input.changes);
  return fields.length === 1 && input.changes.validUntil !== undefined
    ? { kind: "extended", until: record.current.validUntil }
    : { kind: "corrected" };
}
