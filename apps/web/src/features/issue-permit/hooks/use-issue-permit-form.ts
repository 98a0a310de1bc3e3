import {
  type ClientConfig,
  DEFAULT_VALIDITY_BOUNDS,
  type FieldProblemsAsRead,
  type IssuedPermit,
  PERMIT_DRAFT_FIELDS,
  type PermitDraft,
} from "@permit-desk/schema";
import { useQueryClient } from "@tanstack/react-query";
import {
  type BaseSyntheticEvent,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useForm } from "react-hook-form";
import { problemOf } from "../../../lib/api-request-error.ts";
import { fieldErrorOf } from "../../../lib/form-errors.ts";
import { newIdempotencyKey } from "../../../lib/idempotency-key.ts";
import { issuePermit, useIssuePermit } from "../api.ts";
import { validUntilAfterStartMoved, validUntilFor } from "../utils/duration-choice.ts";
import {
  afterAttempt,
  decideIssue,
  type IssueAttempts,
  NO_ATTEMPTS,
  retryOf,
} from "../utils/issue-attempts.ts";
import type { PermitForm } from "../utils/permit-form-resolver.ts";
import { permitFormResolver, type ResolverMessages } from "../utils/permit-form-resolver.ts";
import {
  blankPermitForm,
  CUSTOM_DURATION,
  type PermitFormValues,
  UNCONFIGURED_PERMIT_FORM,
} from "../utils/permit-form-values.ts";
import {
  type AttemptsByPlate,
  issueSeveral,
  type PlateOutcome,
  platesLeft,
  releaseHeld,
} from "../utils/several-plates.ts";
import type { Submission } from "../utils/submission.ts";
import { takeTypedAheadIssue, takeTypedAheadPlate } from "../utils/typed-ahead-plate.ts";
import { defaultValidity } from "../utils/validity-defaults.ts";

/**
 * Valid until follows the duration chosen: a preset or template duration sets it from Valid
 * from; setting Valid until by hand makes the duration custom, and a custom end stays put when
 * Valid from moves. The handlers are for the inputs' own change events,
 * which the clerk alone causes.
 */
function useValidUntilFollowsValidFrom(form: PermitForm, siteTimeZone: string | undefined) {
  const { getValues, setValue } = form;

  /** Valid until set by the form, not the clerk: it stays pristine, so the clock may move it. */
  function setValidUntil(until: string | undefined): void {
    if (until === undefined) return;
    setValue("validUntil", until, { shouldValidate: true });
  }

  function validFromChanged(): void {
    if (siteTimeZone === undefined) return;
    const [from, choice] = getValues(["validFrom", "duration"]);
    setValidUntil(validUntilAfterStartMoved({ from, choice }, siteTimeZone));
  }

  function validUntilChanged(): void {
    setValue("duration", CUSTOM_DURATION);
  }

  /** A duration picked (by the clerk or a template): Valid until follows it at once. */
  function durationChosen(choice: string): void {
    if (siteTimeZone === undefined) return;
    setValidUntil(validUntilFor(getValues("validFrom"), choice, siteTimeZone));
  }

  return { validFromChanged, validUntilChanged, durationChosen };
}

const REFRESH_MS = 30_000;

/**
 * A desk keeps the page open all day: a start nobody has touched follows the clock, so that
 * "now for two hours" still means now, not when the page was loaded, and the end follows by the
 * duration chosen. They stop following once a submission has been sent (`following` false): the
 * permit that may exist in OPSCOM has the times it was sent with, and a draft that drifted would
 * look like another permit.
 */
function useCurrentDefaultValidity(
  form: PermitForm,
  siteTimeZone: string | undefined,
  following: boolean,
): void {
  const { dirtyFields } = form.formState;
  const untouched = !dirtyFields.validFrom && !dirtyFields.validUntil;
  const { getValues, resetField } = form;
  useEffect(() => {
    if (!untouched || !following || siteTimeZone === undefined) return;
    const timer = setInterval(() => {
      const { validFrom: now } = defaultValidity(new Date(), siteTimeZone);
      const [from, choice] = getValues(["validFrom", "duration"]);
      if (from === now) return;
      const followed = validUntilAfterStartMoved({ from: now, choice }, siteTimeZone);
      resetField("validFrom", { defaultValue: now });
      if (followed !== undefined) resetField("validUntil", { defaultValue: followed });
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [untouched, following, getValues, resetField, siteTimeZone]);
}

/**
 * The form is on screen before the site's settings arrive, so that nothing typed into the plate
 * is lost; once they arrive, they fill in the zone, times and currency, keeping what was typed.
 */
function useDefaultsOnceConfigured(form: PermitForm, config: ClientConfig | undefined) {
  const configured = useRef(config !== undefined);
  const { reset } = form;
  useEffect(() => {
    if (config === undefined || configured.current) return;
    configured.current = true;
    reset(blankPermitForm(config, new Date()), { keepDirtyValues: true, keepErrors: true });
  }, [config, reset]);
}

/**
 * Takes over what was typed into the placeholder's plate while the form loaded, and an Enter
 * pressed there. A layout effect: it runs before the browser handles another key, so none
 * falls between the two fields.
 */
function useTypedAheadPlate(form: PermitForm, issue: () => void): void {
  const { setValue, setFocus } = form;
  const issueNow = useRef(issue);
  issueNow.current = issue;
  useLayoutEffect(() => {
    const typed = takeTypedAheadPlate();
    if (typed) setValue("plate", typed, { shouldDirty: true, shouldValidate: true });
    setFocus("plate");
    if (takeTypedAheadIssue()) issueNow.current();
  }, [setValue, setFocus]);
}

type IssuePermitFormOptions = {
  /** The site's settings; undefined while they load, when only the plate can be typed. */
  config: ClientConfig | undefined;
  onIssuing: () => void;
  /** One permit, or one per plate when several plates were typed and all were issued. */
  onIssued: (permits: IssuedPermit[]) => void;
  resolverMessages: ResolverMessages;
  /** What a blank form for the next guest keeps of the one just issued (zone, template…). */
  nextGuest?: (values: PermitFormValues, blank: PermitFormValues) => PermitFormValues;
  /** The drafts as sent, from those the form gives (e.g. a template's number for each plate). */
  prepareDrafts?: (drafts: PermitDraft[]) => PermitDraft[];
};

const keepZone = (values: PermitFormValues, blank: PermitFormValues): PermitFormValues => ({
  ...blank,
  zone: values.zone || blank.zone,
});

/** The BFF's problems beside their fields, kept as problems so they follow the language. */
function showServerFieldErrors(form: PermitForm, fieldErrors: FieldProblemsAsRead): void {
  const invalid = PERMIT_DRAFT_FIELDS.filter((field) => fieldErrors[field]?.length);
  for (const [index, field] of invalid.entries()) {
    const message = fieldErrorOf(fieldErrors[field] ?? []);
    form.setError(field, { type: "server", message }, { shouldFocus: index === 0 });
  }
}

/** The issue-permit form: validation, one request per submission, and what follows its answer. */
export function useIssuePermitForm({
  config,
  onIssuing,
  onIssued,
  resolverMessages,
  nextGuest = keepZone,
  prepareDrafts = (drafts) => drafts,
}: IssuePermitFormOptions) {
  const [defaultValues] = useState(() =>
    config ? blankPermitForm(config, new Date()) : UNCONFIGURED_PERMIT_FORM,
  );
  const siteTimeZone = config?.siteTimeZone;
  // Before the settings arrive nothing is submitted, and the plate's own check needs no zone.
  const plateEntry = config?.plateEntry ?? "single";
  const validityBounds = config?.validityBounds ?? DEFAULT_VALIDITY_BOUNDS;
  const resolver = useMemo(
    () =>
      permitFormResolver({
        siteTimeZone: siteTimeZone ?? "UTC",
        validityBounds,
        plateEntry,
        messages: resolverMessages,
      }),
    [siteTimeZone, validityBounds, plateEntry, resolverMessages],
  );
  // "onChange" rather than "onTouched": focus returns to the empty plate after each permit, and
  // merely leaving it (to copy the reference) must not flag it.
  const form: PermitForm = useForm({ mode: "onChange", resolver, defaultValues });
  useDefaultsOnceConfigured(form, config);
  /** Whether a submission was sent since the form was last blank: its times then stay put. */
  const [sentSinceReset, setSentSinceReset] = useState(false);
  useCurrentDefaultValidity(form, siteTimeZone, !sentSinceReset);
  const validity = useValidUntilFollowsValidFrom(form, siteTimeZone);
  const mutation = useIssuePermit();
  const queryClient = useQueryClient();
  const attempts = useRef<IssueAttempts>(NO_ATTEMPTS);
  /** The unconfirmed submission whose plate the last press of Issue held back. */
  const [held, setHeld] = useState<Submission | undefined>(undefined);
  /** Each plate's attempts when several plates were typed, and how each plate last ended. */
  const severalAttempts = useRef<AttemptsByPlate>(new Map());
  const [plateOutcomes, setPlateOutcomes] = useState<PlateOutcome[]>([]);
  const [isIssuingSeveral, setIssuingSeveral] = useState(false);
  const [alertFocusRequests, setAlertFocusRequests] = useState(0);
  const [issueWhenConfigured, setIssueWhenConfigured] = useState(false);
  const inFlight = useRef(false);
  // A reset re-registers every field on the next render, so focus must wait for that render.
  const [plateFocusPending, setPlateFocusPending] = useState(true);
  const { setFocus } = form;
  useEffect(() => {
    if (!plateFocusPending) return;
    setFocus("plate");
    setPlateFocusPending(false);
  }, [plateFocusPending, setFocus]);

  async function exclusively(task: () => Promise<void>): Promise<void> {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await task();
    } finally {
      inFlight.current = false;
    }
  }

  async function send(submission: Submission, settings: ClientConfig): Promise<void> {
    setSentSinceReset(true);
    setHeld(undefined);
    onIssuing();
    try {
      const permit = await mutation.mutateAsync({
        submission,
        opscomTimeoutMs: settings.opscomTimeoutMs,
      });
      attempts.current = afterAttempt(submission, "issued");
      onIssued([permit]);
      readyForNextGuest(settings);
    } catch (error) {
      const problem = problemOf(error);
      const outcome = problem.code === "opscom_unconfirmed" ? "unconfirmed" : "failed";
      attempts.current = afterAttempt(submission, outcome);
      showServerFieldErrors(form, problem.fieldErrors);
    }
  }

  function readyForNextGuest(settings: ClientConfig): void {
    // What the plate checks said before is out of date: the plates just issued are active now.
    void queryClient.invalidateQueries({ queryKey: ["plates"] });
    form.reset(nextGuest(form.getValues(), blankPermitForm(settings, new Date())));
    setSentSinceReset(false);
    setPlateFocusPending(true);
  }

  async function sendSeveral(drafts: PermitDraft[], settings: ClientConfig): Promise<void> {
    setSentSinceReset(true);
    setIssuingSeveral(true);
    mutation.reset();
    onIssuing();
    try {
      const { outcomes, attempts: next } = await issueSeveral(drafts, severalAttempts.current, {
        send: (submission) =>
          issuePermit({ submission, opscomTimeoutMs: settings.opscomTimeoutMs }),
        newKey: newIdempotencyKey,
        problemOf,
      });
      severalAttempts.current = next;
      const left = platesLeft(outcomes);
      const issued = outcomes.flatMap((outcome) =>
        outcome.status === "issued" ? [outcome.permit] : [],
      );
      // Those issued get their panel and slip whatever became of the others.
      if (issued.length > 0) onIssued(issued);
      if (left.length === 0) {
        setPlateOutcomes([]);
        readyForNextGuest(settings);
        return;
      }
      setPlateOutcomes(outcomes);
      // What was issued leaves the field; what is left can be fixed and sent again, each plate
      // under its own key.
      form.setValue("plate", left.join(", "), { shouldDirty: true, shouldValidate: true });
      if (settings.plateEntry === "twice") form.setValue("plateAgain", left.join(", "));
      setPlateFocusPending(true);
    } finally {
      setIssuingSeveral(false);
    }
  }

  const submitDraft = form.handleSubmit((output) =>
    exclusively(async () => {
      if (config === undefined) return;
      const drafts = prepareDrafts(output.drafts);
      const [draft] = drafts;
      if (draft === undefined) return;
      if (drafts.length > 1) {
        await sendSeveral(drafts, config);
        return;
      }
      setPlateOutcomes([]);
      const decision = decideIssue(attempts.current, draft, newIdempotencyKey);
      if (decision.action === "hold") {
        setHeld(decision.unconfirmed);
        setAlertFocusRequests((count) => count + 1);
        return;
      }
      await send(decision.submission, config);
    }),
  );

  function issue(event?: BaseSyntheticEvent): Promise<void> {
    if (config !== undefined) return submitDraft(event);
    event?.preventDefault();
    setIssueWhenConfigured(true);
    return Promise.resolve();
  }

  useTypedAheadPlate(form, () => void issue());

  useEffect(() => {
    if (config === undefined || !issueWhenConfigured) return;
    setIssueWhenConfigured(false);
    void submitDraft();
  }, [config, issueWhenConfigured, submitDraft]);

  /** "Try again" after a lost answer: the very submission it retries, under its own key. */
  function tryAgain(): void {
    const submission = retryOf(attempts.current);
    if (submission === undefined || config === undefined) return;
    void exclusively(() => send(submission, config));
  }

  /** Only after staff checked OPSCOM: forget the unconfirmed submission, so a new key is used. */
  function issueAsNewPermit(): Promise<void> {
    attempts.current = NO_ATTEMPTS;
    return issue();
  }

  /** The same, for plates held among several: they go again under new keys. */
  function issueHeldAsNew(plates: readonly string[]): Promise<void> {
    severalAttempts.current = releaseHeld(severalAttempts.current, plates);
    return issue();
  }

  const isIssuing =
    form.formState.isSubmitting || mutation.isPending || issueWhenConfigured || isIssuingSeveral;
  const problem = mutation.isError ? problemOf(mutation.error) : undefined;
  // A new key remounts the alert, which takes focus again: after each attempt, and when a
  // submit of the unconfirmed plate is held back.
  const alertKey = `${mutation.submittedAt}:${alertFocusRequests}`;
  return {
    form,
    validity,
    issue,
    tryAgain,
    issueAsNewPermit,
    issueHeldAsNew,
    plateOutcomes,
    isIssuing,
    isWaitingForConfig: issueWhenConfigured,
    problem,
    heldPlate: held?.draft.plate,
    alertKey,
  };
}
