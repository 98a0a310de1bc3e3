import {
  CHANGEABLE_FIELDS,
  type ChangeableField,
  type CurrentPermit,
  isOneOf,
  type PermitChangeInput,
  permitChangeInputSchema,
  type ValidityBounds,
} from "@permit-desk/schema";
import { useEffect, useMemo, useState } from "react";
import {
  type DefaultValues,
  type FieldErrors,
  type FieldPath,
  type FieldValues,
  type Resolver,
  useForm,
} from "react-hook-form";
import type { ApiProblem } from "../../lib/api-problem.ts";
import { problemOf } from "../../lib/api-request-error.ts";
import { fieldErrorOf, useFormFields } from "../../lib/form-errors.ts";
import { newIdempotencyKey, nextKeyed } from "../../lib/idempotency-key.ts";
import { type ChangeSubmission, useChangePermit } from "../../lib/permit-change.ts";
import type { ChangeFormProps } from "./change-form-frame.tsx";
import { changeDoneOf } from "./change-kind.ts";

/** Where a message about a change goes: a field, the reason, or the change as a whole. */
export type ChangePlace = ChangeableField | "reason" | "form";

/** The site's bounds on a permit's start and length, judged as of `now()`. */
export type ChangeLimits = { validityBounds: ValidityBounds; now: () => Date };

/** A message about one place of a change, as the shared schema's issues have them. */
export type ChangeIssue = { path: readonly PropertyKey[]; message: string };

/** Where a form shows what is said of a place: one of its fields, the form as a whole, or nowhere. */
type FieldOf<V extends FieldValues> = (
  place: ChangePlace,
  values: V,
) => FieldPath<V> | "root.form" | undefined;

/** `["changes", "plate"]` is the plate, `["reason"]` the reason, anything else the whole form. */
function placeOfIssue([first, second]: readonly PropertyKey[]): ChangePlace {
  if (first === "reason") return "reason";
  if (first === "changes" && isOneOf(CHANGEABLE_FIELDS, second)) return second;
  return "form";
}

/** What makes one change form: how its values read as a change, and where its messages go. */
export type ChangeFormRules<V extends FieldValues> = {
  inputOf: (values: V, current: CurrentPermit, siteTimeZone: string) => PermitChangeInput;
  fieldOf: FieldOf<V>;
  /** What only the permit itself can tell, given the parsed change if it parsed. */
  moreIssues?: (
    values: V,
    parsed: PermitChangeInput | undefined,
    current: CurrentPermit,
    siteTimeZone: string,
    limits: ChangeLimits,
  ) => ChangeIssue[];
};

/**
 * A change form's resolver for the permit as it is now: the change as the BFF will read it,
 * through the same shared schema, and what only the permit itself can tell. Each message goes
 * where the form shows its place; several in one place are joined by line breaks.
 */
export function changeFormResolver<V extends FieldValues>(
  { inputOf, fieldOf, moreIssues = () => [] }: ChangeFormRules<V>,
  current: CurrentPermit,
  siteTimeZone: string,
  limits: ChangeLimits,
): Resolver<V, unknown, PermitChangeInput> {
  return async (values) => {
    const parsed = permitChangeInputSchema.safeParse(inputOf(values, current, siteTimeZone));
    const input = parsed.success ? parsed.data : undefined;
    const more = moreIssues(values, input, current, siteTimeZone, limits);
    const issues = [...(parsed.error?.issues ?? []), ...more];
    if (input !== undefined && issues.length === 0) return { values: input, errors: {} };
    const messages = new Map<FieldPath<V> | "root.form", string>();
    for (const { path, message } of issues) {
      const field = fieldOf(placeOfIssue(path), values);
      if (field === undefined) continue;
      const earlier = messages.get(field);
      messages.set(field, earlier === undefined ? message : `${earlier}\n${message}`);
    }
    const errors: Record<string, unknown> = {};
    for (const [field, message] of messages) {
      const error = { type: "validation", message };
      if (field === "root.form") errors.root = { form: error };
      else errors[field] = error;
    }
    return { values: {}, errors: errors as FieldErrors<V> };
  };
}

/** The place of a field the BFF names in its answer; fields a change does not have are none. */
function placeOfServerField(field: string): ChangePlace | undefined {
  return field === "reason" || isOneOf(CHANGEABLE_FIELDS, field) ? field : undefined;
}

/** A failed attempt, and whether its messages went beside fields (which then have focus). */
export type ChangeFailure = { problem: ApiProblem; onFields: boolean };

type ChangeFormOptions<V extends FieldValues> = {
  /** The form's rules; the BFF's messages go where its own would. */
  rules: ChangeFormRules<V>;
  defaultValues: DefaultValues<V>;
  /** The field that has focus when the form opens. */
  firstField: FieldPath<V>;
};

/**
 * A change form's state and its sending, from the permit it changes; its first field has focus.
 * One key per change, the same key when the same change is sent again, the BFF's field messages
 * beside the fields, anything else kept for the form to show. `frame` is what its frame needs;
 * `field` and `errorsOf` give its fields their registration and errors.
 */
export function useChangeForm<V extends FieldValues>(
  { record, config, canReconcile, onChanged, onCancel }: ChangeFormProps,
  { rules, defaultValues, firstField }: ChangeFormOptions<V>,
) {
  const { current } = record;
  const { siteTimeZone, validityBounds } = config;
  const resolver = useMemo(
    () =>
      changeFormResolver(rules, current, siteTimeZone, { validityBounds, now: () => new Date() }),
    [rules, current, siteTimeZone, validityBounds],
  );
  const form = useForm<V, unknown, PermitChangeInput>({ resolver, defaultValues });
  const mutation = useChangePermit();
  const [last, setLast] = useState<ChangeSubmission | undefined>(undefined);
  const [failure, setFailure] = useState<ChangeFailure | undefined>(undefined);
  const { setFocus } = form;
  useEffect(() => setFocus(firstField), [setFocus, firstField]);

  function showFieldErrors(problem: ApiProblem): boolean {
    let placed = false;
    for (const [field, problems] of Object.entries(problem.fieldErrors)) {
      const place = placeOfServerField(field);
      const name = place === undefined ? undefined : rules.fieldOf(place, form.getValues());
      if (name === undefined || problems === undefined || problems.length === 0) continue;
      form.setError(
        name,
        { type: "server", message: fieldErrorOf(problems) },
        { shouldFocus: !placed },
      );
      placed = true;
    }
    return placed;
  }

  async function send(submission: ChangeSubmission) {
    setLast(submission);
    setFailure(undefined);
    try {
      const changed = await mutation.mutateAsync({
        submission,
        opscomTimeoutMs: config.opscomTimeoutMs,
      });
      setLast(undefined);
      onChanged(changeDoneOf(submission.input, current, changed));
    } catch (error) {
      const problem = problemOf(error);
      setFailure({ problem, onFields: showFieldErrors(problem) });
    }
  }

  const submit = form.handleSubmit((input) =>
    send(nextKeyed(last, { permitId: record.id, input }, newIdempotencyKey)),
  );
  const tryAgain = () => {
    if (last !== undefined) void send(last);
  };
  const change = { submit, tryAgain, failure, isSending: mutation.isPending };
  return { form, ...useFormFields(form), frame: { record, canReconcile, onCancel, change } };
}

export type PermitChange = ReturnType<typeof useChangeForm>["frame"]["change"];
