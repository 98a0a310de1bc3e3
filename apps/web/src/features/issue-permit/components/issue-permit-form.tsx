import {
  type ClientConfig,
  DEFAULT_VALIDITY_BOUNDS,
  durationId,
  type FieldProblemsAsRead,
  type IssuedPermit,
  normalizePlate,
  PERMIT_DRAFT_FIELDS,
  type PermitDraft,
  type Template,
} from "@permit-desk/schema";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type BaseSyntheticEvent,
  type ReactNode,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { OpscomFailingNote } from "../../../components/opscom-health.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { Field, SelectField } from "../../../components/ui/field.tsx";
import { plateInputProps } from "../../../components/ui/styles.ts";
import { problemOf } from "../../../lib/api-request-error.ts";
import { fieldErrorOf, useFormFields } from "../../../lib/form-errors.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { newIdempotencyKey } from "../../../lib/idempotency-key.ts";
import { templatesQueryOptions } from "../../../lib/shared-queries.ts";
import { issuePermit, plateChecksQueryOptions, useIssuePermit, usePlateChecks } from "../api.ts";
import { issuePermitMessages } from "../messages.ts";
import {
  applicableTemplates,
  draftsWithTemplateNumbers,
  templatePermitNumber,
  withTemplate,
} from "../utils/apply-template.ts";
import {
  type AttemptsByPlate,
  afterAttempt,
  decideIssue,
  type IssueAttempts,
  issueSeveral,
  NO_ATTEMPTS,
  outcomeOf,
  type PlateOutcome,
  platesLeft,
  releaseHeld,
  retryOf,
  type Submission,
} from "../utils/issue-attempts.ts";
import {
  amountSentAs,
  blankPermitForm,
  distinctTypedPlates,
  type PermitForm,
  permitFormResolver,
  UNCONFIGURED_PERMIT_FORM,
  withPlateReplaced,
} from "../utils/permit-form.ts";
import {
  CUSTOM_DURATION,
  DEFAULT_DURATION,
  defaultValidity,
  offeredDurations,
  validUntilFor,
} from "../utils/validity.ts";
import { IssueFailureAlert, PlateOutcomes } from "./issue-failure-alert.tsx";
import { typedAhead } from "./issue-permit-page-placeholder.tsx";
import { PlateField } from "./plate-field.tsx";
import { warningCount } from "./plate-warnings.tsx";
import { TemplatePicker, useTemplateKeys, useTemplateSummary } from "./template-picker.tsx";
import { DurationField, ValidityDurationNote, ValidityField } from "./validity-fields.tsx";

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
      const followed = validUntilFor(now, choice, siteTimeZone);
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
    const { plate, issue: issueToo } = typedAhead;
    Object.assign(typedAhead, { plate: "", issue: false });
    if (plate) setValue("plate", plate, { shouldDirty: true, shouldValidate: true });
    setFocus("plate");
    if (issueToo) issueNow.current();
  }, [setValue, setFocus]);
}

/** The BFF's problems beside their fields, kept as problems so they follow the language. */
function showServerFieldErrors(form: PermitForm, fieldErrors: FieldProblemsAsRead): void {
  const invalid = PERMIT_DRAFT_FIELDS.filter((field) => fieldErrors[field]?.length);
  for (const [index, field] of invalid.entries()) {
    const message = fieldErrorOf(fieldErrors[field] ?? []);
    form.setError(field, { type: "server", message }, { shouldFocus: index === 0 });
  }
}

type IssuePermitFormProps = {
  /** The site's settings; undefined while they load, when only the plate can be typed. */
  config: ClientConfig | undefined;
  onIssuing: () => void;
  /** The permits issued, one per plate issued, and how many plates were sent. */
  onIssued: (permits: IssuedPermit[], plates: number) => void;
  /** Whether a plate is typed: what was issued before is then the previous guest's. */
  onPlateTyped: (typed: boolean) => void;
  /** The page's heading, atop the plate. */
  heading: ReactNode;
  /** What was issued last, under the plate; after the form's controls in the keyboard's order. */
  results: ReactNode;
};

function currencyChoices({ currencies, defaultCurrency }: ClientConfig): string[] {
  return currencies.includes(defaultCurrency) ? currencies : [defaultCurrency, ...currencies];
}

/** The issue-permit form: validation, one request per submission, and what follows its answer. */
/** The plates (as sent) and the zone a press of Issue is held back for, as one key. */
const warningKey = (plates: readonly string[], zone: string) => `${plates.join(",")}|${zone}`;

export function IssuePermitForm({
  config,
  onIssuing,
  onIssued,
  onPlateTyped,
  heading,
  results,
}: IssuePermitFormProps) {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
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
        locale,
      }),
    [siteTimeZone, validityBounds, plateEntry, locale],
  );
  // "onChange" rather than "onTouched": focus returns to the empty plate after each permit, and
  // merely leaving it (to copy the reference) must not flag it.
  const form: PermitForm = useForm({ mode: "onChange", resolver, defaultValues });
  const { field, errorsOf } = useFormFields(form);
  useDefaultsOnceConfigured(form, config);
  /** Whether a submission was sent since the form was last blank: its times then stay put. */
  const [sentSinceReset, setSentSinceReset] = useState(false);
  useCurrentDefaultValidity(form, siteTimeZone, !sentSinceReset);
  // Valid until follows the duration chosen: a preset or template duration sets it from Valid
  // from; setting Valid until by hand makes the duration custom, and a custom end stays put when
  // Valid from moves. The handlers are for the inputs' own change events, which the clerk alone
  // causes. Valid until set by the form, not the clerk, stays pristine, so the clock may move it.
  /** A duration picked (by the clerk or a template): Valid until follows it at once. */
  function durationChosen(choice: string): void {
    if (siteTimeZone === undefined) return;
    const until = validUntilFor(form.getValues("validFrom"), choice, siteTimeZone);
    if (until !== undefined) form.setValue("validUntil", until, { shouldValidate: true });
  }

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

  const templatesQuery = useQuery({ ...templatesQueryOptions(), enabled: config !== undefined });
  const templates = useMemo(
    () => applicableTemplates(templatesQuery.data ?? []),
    [templatesQuery.data],
  );
  /** Whether the clerk typed the permit number, which a template's pattern then leaves alone. */
  const permitNoByClerk = useRef(false);
  const templateId = useWatch({ control: form.control, name: "template" });
  const appliedTemplate = useRef<Template | undefined>(undefined);
  appliedTemplate.current = templates.find(({ id }) => id === templateId);
  const [announcement, setAnnouncement] = useState("");
  const summary = useTemplateSummary();

  /** The plates and zone (`warningKey`) a press of Issue was last held back for; "" for none. */
  const [heldFor, setHeldFor] = useState("");

  /**
   * Whether to hold this press of Issue back, once: a plate has warnings (a look-alike issued
   * here, a permit valid now in the zone) the clerk has not passed over yet. They may not have
   * seen them: Issue can come before the checks (asked once typing pauses), or while the checks
   * on screen are those from before the last permit. The next press issues; a permit issued
   * clears it, so the same plate typed again is checked again.
   */
  async function warningsNotPassedOver(drafts: readonly PermitDraft[]): Promise<boolean> {
    const zoneName = form.getValues("zone");
    const typedPlates = drafts.map((draft) => normalizePlate(draft.plate));
    const key = warningKey(typedPlates, zoneName);
    if (heldFor === key) return false;
    // Fresh checks come from the cache; others (new, or since a permit changed) are asked.
    const found = await Promise.all(
      typedPlates.map((typed) =>
        // A check that fails is no warning: it must not keep the permit from being issued.
        queryClient.fetchQuery(plateChecksQueryOptions(typed, zoneName)).catch(() => undefined),
      ),
    );
    if (!found.some((check) => check !== undefined && warningCount(check) > 0)) return false;
    setHeldFor(key);
    return true;
  }

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
    // A warning passed over is passed over once: the same plate typed again is checked again.
    setHeldFor("");
    setSentSinceReset(true);
    setHeld(undefined);
    onIssuing();
    try {
      const permit = await mutation.mutateAsync({
        submission,
        opscomTimeoutMs: settings.opscomTimeoutMs,
      });
      attempts.current = afterAttempt(submission, "issued");
      onIssued([permit], 1);
      readyForNextGuest(settings);
    } catch (error) {
      const problem = problemOf(error);
      attempts.current = afterAttempt(submission, outcomeOf(problem));
      showServerFieldErrors(form, problem.fieldErrors);
    }
  }

  /** A blank form for the next guest keeps the zone, and the template applied, of the last one. */
  function readyForNextGuest(settings: ClientConfig): void {
    // What the plate checks said before is out of date: the plates just issued are active now.
    void queryClient.invalidateQueries({ queryKey: ["plates"] });
    const values = form.getValues();
    permitNoByClerk.current = false;
    const blank = blankPermitForm(settings, new Date(), values.zone || undefined);
    const template = templates.find(({ id }) => id === values.template);
    form.reset(template ? withTemplate(blank, template, new Date(), settings.siteTimeZone) : blank);
    setSentSinceReset(false);
    setPlateFocusPending(true);
  }

  async function sendSeveral(drafts: PermitDraft[], settings: ClientConfig): Promise<void> {
    setHeldFor("");
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
      if (issued.length > 0) onIssued(issued, drafts.length);
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
      const drafts = draftsWithTemplateNumbers(output.drafts, appliedTemplate.current, {
        permitNoByClerk: permitNoByClerk.current,
        siteTimeZone: config.siteTimeZone,
      });
      const [draft] = drafts;
      if (draft === undefined) return;
      if (drafts.length > 1) {
        if (await warningsNotPassedOver(drafts)) return;
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
      if (await warningsNotPassedOver(drafts)) return;
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
  function issueAsNewPermit(): void {
    attempts.current = NO_ATTEMPTS;
    void issue();
  }

  /** The same, for plates held among several: they go again under new keys. */
  function issueHeldAsNew(plates: readonly string[]): void {
    severalAttempts.current = releaseHeld(severalAttempts.current, plates);
    void issue();
  }

  function applyTemplate(template: Template | undefined): void {
    if (siteTimeZone === undefined) return;
    permitNoByClerk.current = false;
    const values = form.getValues();
    if (template === undefined) {
      // No template: what the last one set goes back to the form's own defaults, so that nothing
      // of it (another plate's number, its price, its end) rides along unseen.
      const wasApplied = appliedTemplate.current !== undefined;
      form.setValue("template", "");
      if (wasApplied) {
        form.setValue("duration", durationId(DEFAULT_DURATION));
        durationChosen(durationId(DEFAULT_DURATION));
        form.setValue("amount", "", { shouldValidate: true });
        if (config) form.setValue("currency", config.defaultCurrency);
        form.setValue("permitNo", "", { shouldValidate: true });
      }
      setAnnouncement(t("templateNone"));
      return;
    }
    const applied = withTemplate(values, template, new Date(), siteTimeZone);
    const fields = ["template", "zone", "duration", "amount", "currency", "validUntil", "permitNo"];
    for (const field of fields as (keyof typeof applied)[]) {
      form.setValue(field, applied[field], { shouldValidate: field !== "template" });
    }
    setAnnouncement(t("templateApplied", { name: template.name, summary: summary(template) }));
  }
  useTemplateKeys(templates, applyTemplate);

  // A template's pattern may name the plate: its number follows the plate and the start.
  const [plate, validFrom, zone, amount] = useWatch({
    control: form.control,
    name: ["plate", "validFrom", "zone", "amount"],
  });
  useEffect(() => {
    const template = appliedTemplate.current;
    if (template?.permitNumberPattern === undefined || permitNoByClerk.current) return;
    if (siteTimeZone === undefined) return;
    const number = templatePermitNumber(template, { plate, validFrom }, new Date(), siteTimeZone);
    if (form.getValues("permitNo") !== number) form.setValue("permitNo", number);
  }, [plate, validFrom, siteTimeZone, form]);

  const isIssuing =
    form.formState.isSubmitting || mutation.isPending || issueWhenConfigured || isIssuingSeveral;
  const problem = mutation.isError ? problemOf(mutation.error) : undefined;
  // A new key remounts the alert, which takes focus again: after each attempt, and when a
  // submit of the unconfirmed plate is held back.
  const alertKey = `${mutation.submittedAt}:${alertFocusRequests}`;
  const hasFieldErrors = Object.values(problem?.fieldErrors ?? {}).some((errors) => errors?.length);
  const onlyFieldErrors =
    hasFieldErrors &&
    (problem?.code === "validation" ||
      problem?.code === "bad_request" ||
      problem?.code === "character_not_accepted");
  const plates = distinctTypedPlates(plate);
  const plateTyped = plate.trim() !== "";
  useEffect(() => onPlateTyped(plateTyped), [plateTyped, onPlateTyped]);
  const checks = usePlateChecks(plates, zone);
  // Said only of the plates and zone it was said for: another plate is checked anew.
  const lookingFirst = heldFor !== "" && heldFor === warningKey(plates.map(normalizePlate), zone);
  const startMoved = form.formState.dirtyFields.validFrom === true;
  const currencies = config && currencyChoices(config);
  const amountSent = amountSentAs(amount);

  function startNow(): void {
    if (siteTimeZone === undefined) return;
    const { validFrom: now } = defaultValidity(new Date(), siteTimeZone);
    form.resetField("validFrom", { defaultValue: now });
    durationChosen(form.getValues("duration"));
  }

  return (
    <FormProvider {...form}>
      {/* At the desk, two columns: the plate and what was issued on the left, the rest on the
          right, so that the whole form and the permit just issued fit one screen (decision 027).
          What was issued comes last in the keyboard's order, after Issue. */}
      <form
        noValidate
        onSubmit={issue}
        className="flex flex-col gap-4 lg:grid lg:grid-cols-2 lg:grid-rows-[auto_auto_1fr] lg:items-start lg:gap-x-8 lg:gap-y-0"
      >
        <div className="space-y-3 lg:col-start-1 lg:row-start-1">
          {heading}
          {problem && !onlyFieldErrors && (
            <IssueFailureAlert
              key={alertKey}
              problem={problem}
              takeFocus={!hasFieldErrors}
              heldPlate={held?.draft.plate}
              isIssuing={isIssuing}
              onTryAgain={tryAgain}
              onIssueAsNew={issueAsNewPermit}
            />
          )}
          {plateOutcomes.length > 0 && (
            <PlateOutcomes
              key={alertKey}
              outcomes={plateOutcomes}
              isIssuing={isIssuing}
              onIssueHeldAsNew={issueHeldAsNew}
            />
          )}
          <PlateField
            checks={checks}
            siteTimeZone={siteTimeZone}
            onUsePlate={(index, similar) => {
              form.setValue("plate", withPlateReplaced(plate, index, similar), {
                shouldDirty: true,
                shouldValidate: true,
              });
              form.setFocus("plate");
            }}
          />
          {config?.plateEntry === "twice" && (
            // Typed a second time, for sites that want it; pasting the first would defeat it.
            <Field
              label={t("plateAgainLabel")}
              inputProps={{
                ...form.register("plateAgain", { deps: ["plate"] }),
                ...plateInputProps,
                onPaste: (event) => event.preventDefault(),
              }}
              hint={t("plateAgainHint")}
              errors={errorsOf("plateAgain")}
            />
          )}
        </div>
        {/* Under the plate, below what was issued last. */}
        <div className="max-lg:order-2 lg:col-start-1 lg:row-start-3 lg:mt-4">
          <TemplatePicker
            templates={templates}
            onApply={applyTemplate}
            disabled={config === undefined}
          />
          <p role="status" className="sr-only">
            {announcement}
          </p>
        </div>
        <div className="space-y-3 max-lg:order-3 lg:col-start-2 lg:row-span-3 lg:row-start-1">
          <SelectField
            label={t("zone")}
            selectProps={{ ...form.register("zone"), disabled: config === undefined }}
            errors={errorsOf("zone")}
            options={config?.zones ?? []}
            blank={
              config === undefined
                ? t("loading")
                : config.zones.length === 0
                  ? t("noZone")
                  : undefined
            }
          />
          <fieldset className="space-y-3">
            <legend className="sr-only">{t("validity")}</legend>
            <div className="grid gap-4 sm:grid-cols-2">
              <ValidityField
                name="validFrom"
                siteTimeZone={siteTimeZone}
                onClerkChange={() => durationChosen(form.getValues("duration"))}
                note={
                  startMoved ? (
                    <Button variant="secondary" className="mt-1" onClick={startNow}>
                      {t("startNow")}
                    </Button>
                  ) : (
                    siteTimeZone && <span> · {t("startsNow")}</span>
                  )
                }
              />
              <ValidityField
                name="validUntil"
                siteTimeZone={siteTimeZone}
                onClerkChange={() => form.setValue("duration", CUSTOM_DURATION)}
              />
            </div>
            <DurationField
              // The presets, and the applied template's own duration when it is none of them:
              // one more choice at most, however many templates the site has.
              durations={offeredDurations(
                appliedTemplate.current ? [appliedTemplate.current.duration] : [],
              )}
              disabled={config === undefined}
              onChoose={durationChosen}
            />
            <ValidityDurationNote siteTimeZone={siteTimeZone} />
          </fieldset>
          <div className="grid grid-cols-[minmax(0,1fr)_7rem_minmax(0,1fr)] gap-4">
            <Field
              label={t("amount")}
              {...field("amount", { inputMode: "decimal", autoComplete: "off" })}
              hint={amountSent ? t("amountSentAs", { amount: amountSent }) : t("amountHint")}
            />
            <SelectField
              label={t("currencyLabel")}
              selectProps={{ ...form.register("currency"), disabled: currencies === undefined }}
              errors={errorsOf("currency")}
              options={currencies ?? []}
              blank={currencies === undefined ? t("loading") : undefined}
            />
            <Field
              label={t("permitNumber")}
              inputProps={{
                ...form.register("permitNo", {
                  onChange: () => {
                    permitNoByClerk.current = true;
                  },
                }),
                autoComplete: "off",
              }}
              hint={t("permitNoHint")}
              errors={errorsOf("permitNo")}
            />
          </div>
          <Button type="submit" disabled={isIssuing} className="w-full sm:w-auto">
            {isIssuing
              ? t("issuing")
              : plates.length > 1
                ? t("issueSeveral", { count: plates.length })
                : t("issue")}
          </Button>
          <OpscomFailingNote />
          {lookingFirst && (
            <p role="alert" className="text-sm font-medium text-amber-950">
              {t("lookAtWarnings")}
            </p>
          )}
          <p role="status" className={issueWhenConfigured ? "text-sm text-slate-800" : "sr-only"}>
            {issueWhenConfigured ? t("waitingForSettings") : isIssuing ? t("issuingStatus") : ""}
          </p>
        </div>
        <div className="max-lg:order-1 empty:hidden lg:col-start-1 lg:row-start-2 lg:mt-4">
          {results}
        </div>
      </form>
    </FormProvider>
  );
}
