import {
  type ClientConfig,
  type FieldErrors,
  type IssuedPermit,
  PERMIT_DRAFT_FIELDS,
  type PermitDraft,
} from "@permit-desk/schema";
import { useEffect, useMemo, useRef, useState } from "react";
import { type UseFormReturn, useForm } from "react-hook-form";
import { problemOf } from "../../../lib/api-request-error.ts";
import { newIdempotencyKey } from "../../../lib/idempotency-key.ts";
import { useIssuePermit } from "../api/issue-permit.ts";
import { permitFormResolver } from "../utils/permit-form-resolver.ts";
import { blankPermitForm, type PermitFormValues } from "../utils/permit-form-values.ts";
import { nextSubmission, type Submission } from "../utils/submission.ts";
import { useCurrentDefaultValidity } from "./use-current-default-validity.ts";

type IssuePermitFormOptions = {
  config: ClientConfig;
  onIssuing: () => void;
  onIssued: (permit: IssuedPermit) => void;
};

type PermitForm = UseFormReturn<PermitFormValues, unknown, PermitDraft>;

function showServerFieldErrors(form: PermitForm, fieldErrors: FieldErrors): void {
  const invalid = PERMIT_DRAFT_FIELDS.filter((field) => fieldErrors[field]?.length);
  for (const [index, field] of invalid.entries()) {
    const message = fieldErrors[field]?.join("\n");
    form.setError(field, { type: "server", message }, { shouldFocus: index === 0 });
  }
}

/** The issue-permit form: validation, one request per submission, and what follows its answer. */
export function useIssuePermitForm({ config, onIssuing, onIssued }: IssuePermitFormOptions) {
  const [defaultValues] = useState(() => blankPermitForm(config, new Date()));
  const resolver = useMemo(() => permitFormResolver(config.siteTimeZone), [config.siteTimeZone]);
  // "onChange" rather than "onTouched": focus returns to the empty plate after each permit, and
  // merely leaving it (to copy the reference) must not flag it.
  const form: PermitForm = useForm({ mode: "onChange", resolver, defaultValues });
  useCurrentDefaultValidity(form, config.siteTimeZone);
  const mutation = useIssuePermit();
  const lastSubmission = useRef<Submission | undefined>(undefined);
  /** The submission OPSCOM did not confirm: never sent again unless staff say they checked. */
  const unconfirmed = useRef<Submission | undefined>(undefined);
  const [alertFocusRequests, setAlertFocusRequests] = useState(0);
  const inFlight = useRef(false);
  // A reset re-registers every field on the next render, so focus must wait for that render.
  const [plateFocusPending, setPlateFocusPending] = useState(true);
  const { setFocus } = form;
  useEffect(() => {
    if (!plateFocusPending) return;
    setFocus("plate");
    setPlateFocusPending(false);
  }, [plateFocusPending, setFocus]);

  async function send(submission: Submission): Promise<void> {
    onIssuing();
    try {
      const permit = await mutation.mutateAsync({
        submission,
        opscomTimeoutMs: config.opscomTimeoutMs,
      });
      lastSubmission.current = undefined;
      unconfirmed.current = undefined;
      onIssued(permit);
      form.reset(blankPermitForm(config, new Date(), form.getValues("zone")));
      setPlateFocusPending(true);
    } catch (error) {
      const problem = problemOf(error);
      if (problem.code === "opscom_unconfirmed") unconfirmed.current = submission;
      showServerFieldErrors(form, problem.fieldErrors);
    }
  }

  const issue = form.handleSubmit(async (draft) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      const submission = nextSubmission(lastSubmission.current, draft, newIdempotencyKey);
      if (submission === unconfirmed.current) {
        setAlertFocusRequests((count) => count + 1);
        return;
      }
      lastSubmission.current = submission;
      await send(submission);
    } finally {
      inFlight.current = false;
    }
  });

  /** Only after staff checked OPSCOM: forget the unconfirmed submission, so a new key is used. */
  function issueAsNewPermit(): Promise<void> {
    lastSubmission.current = undefined;
    unconfirmed.current = undefined;
    return issue();
  }

  const isIssuing = form.formState.isSubmitting || mutation.isPending;
  const problem = mutation.isError ? problemOf(mutation.error) : undefined;
  // A new key remounts the alert, which takes focus again: after each attempt, and when a
  // submit of the unconfirmed permit is held back.
  const alertKey = `${mutation.submittedAt}:${alertFocusRequests}`;
  return { form, issue, issueAsNewPermit, isIssuing, problem, alertKey };
}
