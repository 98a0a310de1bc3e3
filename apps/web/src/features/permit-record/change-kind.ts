import type {
  CurrentPermit,
  PermitChange,
  PermitChangeInput,
  PermitRecord,
} from "@permit-desk/schema";

/** What a change did, in staff's terms: a later end alone is an extension. */
export type ChangeKind = "correct" | "extend" | "void";

function kindOf(
  action: PermitChangeInput["action"],
  fields: readonly string[],
  end: { before: unknown; after: unknown } | undefined,
): ChangeKind {
  if (action === "void") return "void";
  const later =
    typeof end?.after === "string" &&
    typeof end.before === "string" &&
    Date.parse(end.after) > Date.parse(end.before);
  return fields.length === 1 && later ? "extend" : "correct";
}

export function changeKindOf(change: Pick<PermitChange, "action" | "fields">): ChangeKind {
  return kindOf(change.action, Object.keys(change.fields), change.fields.validUntil);
}

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
  const until = after.current.validUntil;
  const fields = input.action === "void" ? [] : Object.keys(input.changes);
  const end = input.action === "update" && input.changes.validUntil !== undefined;
  switch (
    kindOf(input.action, fields, end ? { before: before.validUntil, after: until } : undefined)
  ) {
    case "void":
      return { kind: "voided" };
    case "extend":
      return { kind: "extended", until };
    case "correct":
      return { kind: "corrected" };
  }
}
