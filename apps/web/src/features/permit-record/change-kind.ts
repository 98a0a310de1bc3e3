import type { PermitChange } from "@permit-desk/schema";

/** What a change did, in staff's terms: a later end alone is an extension. */
export type ChangeKind = "correct" | "extend" | "void";

function isLater(after: unknown, before: unknown): boolean {
  return (
    typeof after === "string" &&
    typeof before === "string" &&
    Date.parse(after) > Date.parse(before)
  );
}

export function changeKindOf(change: Pick<PermitChange, "action" | "fields">): ChangeKind {
  if (change.action === "void") return "void";
  const fields = Object.keys(change.fields);
  const end = change.fields.validUntil;
  const isExtension = fields.length === 1 && end !== undefined && isLater(end.after, end.before);
  return isExtension ? "extend" : "correct";
}
