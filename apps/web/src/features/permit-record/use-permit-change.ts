import {
  PERMIT_DRAFT_FIELDS,
  type PermitChangeInput,
  type PermitRecord,
  type FieldErrors as ServerFieldErrors,
} from "@permit-desk/schema";
import { useEffect, useMemo, useState } from "react";
import {
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  type Resolver,
  type UseFormReturn,
  useForm,
} from "react-hook-form";
import type { ApiProblem } from "../../lib/api-problem.ts";
import { problemOf } from "../../lib/api-request-error.ts";
import { fieldErrorOf } from "../../lib/form-errors.ts";
import { newIdempotencyKey } from "../../lib/idempotency-key.ts";
import type { ChangeSubmission } from "../../lib/permit-change.ts";
import { useChangePermit } from "./api.ts";
import { changeDoneOf } from "./change-done.ts";
import type { ChangeLimits } from "./change-form-errors.ts";
import type { ChangeFormProps } from "./change-form-frame.tsx";

function sameChange(a: ChangeSubmission, permitId: string, input: PermitChangeInput): boolean {
  return a.permitId === permitId && JSON.stringify(a.input) === JSON.stringify(input);
}

/**
 * The submission for a change. The same change sent again after an attempt whose answer did not
 * settle it (lost, unconfirmed, refused) goes under that attempt's key, so the BFF answers from
 * its record instead of making it twice; any other change gets a new key.
 */
export function nextChangeSubmission(
  previous: ChangeSubmission | undefined,
  permitId: string,
  input: PermitChangeInput,
  newKey: () => string,
): ChangeSubmission {
  if (previous && sameChange(previous, permitId, input)) return previous;
  return { permitId, input, idempotencyKey: newKey() };
}

type ServerField = keyof ServerFieldErrors;

/** A failed attempt, and whether its messages went beside fields (which then have focus). */
export type ChangeFailure = { problem: ApiProblem; onFields: boolean };

type PermitChangeOptions<V extends FieldValues> = {
  permitId: string;
  opscomTimeoutMs: number;
  form: UseFormReturn<V, unknown, PermitChangeInput>;
  /** The form's field that shows the BFF's message about one of its fields, if it has one. */
  fieldOf: (field: ServerField) => FieldPath<V> | undefined;
  onChanged: (record: PermitRecord, input: PermitChangeInput) => void;
};

/**
 * Sends a change form's request: one key per change, the same key when the same change is sent
 * again, the BFF's field messages beside the fields, anything else kept for the form to show.
 */
function usePermitChange<V extends FieldValues>({
  permitId,
  opscomTimeoutMs,
  form,
  fieldOf,
  onChanged,
}: PermitChangeOptions<V>) {
  const mutation = useChangePermit();
  const [last, setLast] = useState<ChangeSubmission | undefined>(undefined);
  const [failure, setFailure] = useState<ChangeFailure | undefined>(undefined);

  function showFieldErrors(problem: ApiProblem): boolean {
    let placed = false;
    for (const [field, problems] of Object.entries(problem.fieldErrors)) {
      const name = isServerField(field) ? fieldOf(field) : undefined;
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
      const record = await mutation.mutateAsync({ submission, opscomTimeoutMs });
      setLast(undefined);
      onChanged(record, submission.input);
    } catch (error) {
      const problem = problemOf(error);
      setFailure({ problem, onFields: showFieldErrors(problem) });
    }
  }

  const submit = form.handleSubmit((input) =>
    send(nextChangeSubmission(last, permitId, input, newIdempotencyKey)),
  );
  const tryAgain = () => {
    if (last !== undefined) void send(last);
  };
  return { submit, tryAgain, failure, isSending: mutation.isPending };
}

export type PermitChange = ReturnType<typeof usePermitChange>;

type ChangeFormOptions<V extends FieldValues> = Pick<
  ChangeFormProps,
  "record" | "config" | "onChanged"
> & {
  /** The form's resolver for the permit as it is now, within the site's bounds as of now. */
  resolverOf: (
    current: PermitRecord["current"],
    siteTimeZone: string,
    limits: ChangeLimits,
  ) => Resolver<V, unknown, PermitChangeInput>;
  defaultValues: DefaultValues<V>;
  /** The form's field that shows the BFF's message about one of its fields, if it has one. */
  fieldOf: (field: ServerField, values: V) => FieldPath<V> | undefined;
  /** The field that has focus when the form opens. */
  firstField: FieldPath<V>;
};

/** A change form's state and its sending, from the permit it changes; its first field has focus. */
export function useChangeForm<V extends FieldValues>({
  record,
  config,
  onChanged,
  resolverOf,
  defaultValues,
  fieldOf,
  firstField,
}: ChangeFormOptions<V>) {
  const { current } = record;
  const { siteTimeZone, validityBounds } = config;
  const resolver = useMemo(
    () => resolverOf(current, siteTimeZone, { validityBounds, now: () => new Date() }),
    [resolverOf, current, siteTimeZone, validityBounds],
  );
  const form = useForm<V, unknown, PermitChangeInput>({ resolver, defaultValues });
  const change = usePermitChange({
    permitId: record.id,
    opscomTimeoutMs: config.opscomTimeoutMs,
    form,
    fieldOf: (field) => fieldOf(field, form.getValues()),
    onChanged: (changed, input) => onChanged(changeDoneOf(input, record.current, changed)),
  });
  const { setFocus } = form;
  useEffect(() => setFocus(firstField), [setFocus, firstField]);
  return { form, change };
}

const SERVER_FIELDS: readonly string[] = [...PERMIT_DRAFT_FIELDS, "reason"];

function isServerField(field: string): field is ServerField {
  return SERVER_FIELDS.includes(field);
}
