import {
  type CurrentPermit,
  changeKindOf,
  type PermitChangeInput,
  type PermitRecord,
} from "@permit-desk/schema";

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
  const fields =
    input.action === "void"
      ? {}
      : Object.fromEntries(
          Object.keys(input.changes).map((field) => [
            field,
            field === "validUntil"
              ? { before: before.validUntil, after: until }
              : { before: undefined, after: undefined },
          ]),
        );
  switch (changeKindOf({ action: input.action, fields })) {
    case "void":
      return { kind: "voided" };
    case "extend":
      return { kind: "extended", until };
    case "correct":
      return { kind: "corrected" };
  }
}
