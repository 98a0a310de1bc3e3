import {
  CHANGEABLE_FIELDS,
  type ChangeableField,
  type PermitChangeInput,
  permitChangeInputSchema,
  type ValidityBounds,
} from "@permit-desk/schema";

/** Where a message about a change goes on its form: a field, the reason, or the form itself. */
export type ChangePlace = ChangeableField | "reason" | "form";

/** The site's bounds on a permit's start and length, judged as of `now()`. */
export type ChangeLimits = { validityBounds: ValidityBounds; now: () => Date };

type Issue = { path: readonly PropertyKey[]; message: string };

function isChangeable(key: PropertyKey | undefined): key is ChangeableField {
  return CHANGEABLE_FIELDS.some((field) => field === key);
}

/** `["changes", "plate"]` is the plate, `["reason"]` the reason, anything else the whole form. */
export function placeOfIssue(path: readonly PropertyKey[]): ChangePlace {
  const [first, second] = path;
  if (first === "reason") return "reason";
  if (first === "changes" && isChangeable(second)) return second;
  return "form";
}

/** Messages by place; several for one place are joined by line breaks, as the forms show them. */
export function messagesByPlace(issues: readonly Issue[]): Map<ChangePlace, string> {
  const places = new Map<ChangePlace, string>();
  for (const { path, message } of issues) {
    const place = placeOfIssue(path);
    const earlier = places.get(place);
    places.set(place, earlier === undefined ? message : `${earlier}\n${message}`);
  }
  return places;
}

export type CheckedChange =
  | { ok: true; input: PermitChangeInput }
  | { ok: false; places: Map<ChangePlace, string> };

/** The change as the BFF will read it, through the same shared schema, or what is wrong with it. */
export function checkChangeInput(input: PermitChangeInput): CheckedChange {
  const parsed = permitChangeInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, places: messagesByPlace(parsed.error.issues) };
}
