import type { CurrentPermit, PermitChangeInput, PermitRecord } from "@permit-desk/schema";

/** What the last change made of the permit, for the page to say in the language shown. */
export type ChangeDone =
  | { kind: "extended"; until: string }
  | { kind: "corrected" }
  | { kind: "voided" };

/** As the change list names it: a later end alone is an extension, anything else a correction. */
export function changeDoneOf(
  input: PermitChangeInput,
  before: Pick<CurrentPermit, "validUntil">,
  after: PermitRecord,
): ChangeDone {
  if (input.action === "void") return { kind: "voided" };
  const fields = Object.keys(input.changes);
  const until = after.current.validUntil;
  const isExtension =
    fields.length === 1 &&
    input.changes.validUntil !== undefined &&
    Date.parse(until) > Date.parse(before.validUntil);
  return isExtension ? { kind: "extended", until } : { kind: "corrected" };
}
