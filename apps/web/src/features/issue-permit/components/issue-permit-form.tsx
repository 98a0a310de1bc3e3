import {
  type ClientConfig,
  durationId,
  type IssuedPermit,
  type PermitDraft,
  type Template,
} from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useFormContext, useWatch } from "react-hook-form";
import { Button } from "../../../components/ui/button.tsx";
import { Field, SelectField } from "../../../components/ui/field.tsx";
import type { ApiProblem } from "../../../lib/api-problem.ts";
import { useFieldErrorMessages } from "../../../lib/form-errors.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { problemText } from "../../../lib/i18n/problem-text.ts";
import { fieldErrorWords } from "../../../lib/i18n/problem-words.ts";
import { templatesQueryOptions } from "../../../lib/shared-queries.ts";
import { usePlateChecks } from "../api.ts";
import { useIssuePermitForm } from "../hooks/use-issue-permit-form.ts";
import { useTemplateKeys } from "../hooks/use-template-keys.ts";
import { issuePermitMessages } from "../messages.ts";
import {
  applicableTemplates,
  draftsWithTemplateNumbers,
  templatePermitNumber,
  withTemplate,
} from "../utils/apply-template.ts";
import { describeIssueFailure } from "../utils/describe-issue-failure.ts";
import { offeredDurations } from "../utils/duration-choice.ts";
import type { ResolverMessages } from "../utils/permit-form-resolver.ts";
import type { PermitFormValues } from "../utils/permit-form-values.ts";
import { plateSentAs } from "../utils/sent-as.ts";
import { typedPlates, withPlateReplaced } from "../utils/typed-plates.ts";
import { DEFAULT_DURATION, defaultValidity } from "../utils/validity-defaults.ts";
import { AmountFields } from "./amount-fields.tsx";
import { DurationField } from "./duration-field.tsx";
import { IssueFailureAlert } from "./issue-failure-alert.tsx";
import { PlateEcho } from "./plate-echo.tsx";
import { PlateAgainField, PlateField } from "./plate-field.tsx";
import { PlateOutcomes } from "./plate-outcomes.tsx";
import { PlateWarnings } from "./plate-warnings.tsx";
import { TemplatePicker, useTemplateSummary } from "./template-picker.tsx";
import { ValidityDurationNote } from "./validity-duration-note.tsx";
import { ValidityField } from "./validity-field.tsx";

/** `zones` is undefined while the site's settings load. */
function ZoneField({ zones }: { zones: readonly string[] | undefined }) {
  const fieldErrorMessages = useFieldErrorMessages();
  const t = useMessages(issuePermitMessages);
  const { register, formState } = useFormContext<PermitFormValues>();
  return (
    <SelectField
      label={t("zoneLabel")}
      selectProps={{ ...register("zone"), disabled: zones === undefined }}
      errors={fieldErrorMessages(formState.errors.zone)}
    >
      {zones === undefined && <option value="">{t("loading")}</option>}
      {zones?.length === 0 && <option value="">{t("noZone")}</option>}
      {zones?.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </SelectField>
  );
}

function PermitNumberField({ onClerkChange }: { onClerkChange?: () => void }) {
  const fieldErrorMessages = useFieldErrorMessages();
  const t = useMessages(issuePermitMessages);
  const { register, formState } = useFormContext<PermitFormValues>();
  return (
    <Field
      label={t("permitNoLabel")}
      inputProps={{ ...register("permitNo", { onChange: onClerkChange }), autoComplete: "off" }}
      hint={t("permitNoHint")}
      errors={fieldErrorMessages(formState.errors.permitNo)}
    />
  );
}

type IssuePermitFormProps = {
  /** Undefined while the site's settings load: the plate can be typed, the rest waits. */
  config: ClientConfig | undefined;
  onIssuing: () => void;
  onIssued: (permits: IssuedPermit[]) => void;
};

function currencyChoices({ currencies, defaultCurrency }: ClientConfig): string[] {
  return currencies.includes(defaultCurrency) ? currencies : [defaultCurrency, ...currencies];
}

export function IssuePermitForm({ config, onIssuing, onIssued }: IssuePermitFormProps) {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  const resolverMessages = useMemo<ResolverMessages>(
    () => ({
      // A plate among several is named in the words of the moment; a field's own problems are
      // kept as codes and follow a switch of language.
      platePrefixed: (plate, message) =>
        t("platePrefixed", { plate, message: fieldErrorWords(message, locale).join(" ") }),
      plateRepeated: (plates) => t("plateRepeated", { plates }),
      plateAgainDiffers: t("plateAgainDiffers"),
      plateAgainMissing: t("plateAgainMissing"),
      translate: (message) => message,
    }),
    [t, locale],
  );
  const messageOf = (problem: ApiProblem) => problemText(problem, locale);
  const siteTimeZone = config?.siteTimeZone;
  const templatesQuery = useQuery({ ...templatesQueryOptions(), enabled: config !== undefined });
  const templates = useMemo(
    () => applicableTemplates(templatesQuery.data ?? []),
    [templatesQuery.data],
  );
  /** Whether the clerk typed the permit number, which a template's pattern then leaves alone. */
  const permitNoByClerk = useRef(false);
  const appliedTemplate = useRef<Template | undefined>(undefined);

  const nextGuest = useCallback(
    (values: PermitFormValues, blank: PermitFormValues): PermitFormValues => {
      permitNoByClerk.current = false;
      const kept = { ...blank, zone: values.zone || blank.zone };
      const template = templates.find(({ id }) => id === values.template);
      return template && siteTimeZone
        ? withTemplate(kept, template, new Date(), siteTimeZone)
        : kept;
    },
    [templates, siteTimeZone],
  );
  const prepareDrafts = useCallback(
    (drafts: PermitDraft[]) =>
      draftsWithTemplateNumbers(drafts, appliedTemplate.current, {
        permitNoByClerk: permitNoByClerk.current,
        siteTimeZone: siteTimeZone ?? "UTC",
      }),
    [siteTimeZone],
  );

  const {
    form,
    validity,
    issue,
    tryAgain,
    issueAsNewPermit,
    issueHeldAsNew,
    plateOutcomes,
    isIssuing,
    isWaitingForConfig,
    problem,
    heldPlate,
    alertKey,
  } = useIssuePermitForm({
    config,
    onIssuing,
    onIssued,
    resolverMessages,
    nextGuest,
    prepareDrafts,
  });

  const templateId = useWatch({ control: form.control, name: "template" });
  appliedTemplate.current = templates.find(({ id }) => id === templateId);
  const [announcement, setAnnouncement] = useState("");
  const summary = useTemplateSummary();

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
        validity.durationChosen(durationId(DEFAULT_DURATION));
        form.setValue("amount", "", { shouldValidate: true });
        if (config) form.setValue("currency", config.defaultCurrency);
        form.setValue("permitNo", "", { shouldValidate: true });
      }
      setAnnouncement(t("templateNone"));
      return;
    }
    const applied = withTemplate(values, template, new Date(), siteTimeZone);
    for (const field of ["template", "zone", "duration", "amount", "currency"] as const) {
      form.setValue(field, applied[field], { shouldValidate: field !== "template" });
    }
    form.setValue("validUntil", applied.validUntil, { shouldValidate: true });
    form.setValue("permitNo", applied.permitNo, { shouldValidate: true });
    setAnnouncement(t("templateApplied", { name: template.name, summary: summary(template) }));
  }
  useTemplateKeys(templates, applyTemplate);

  // A template's pattern may name the plate: its number follows the plate and the start.
  const [plate, validFrom] = useWatch({ control: form.control, name: ["plate", "validFrom"] });
  useEffect(() => {
    const template = appliedTemplate.current;
    if (template?.permitNumberPattern === undefined || permitNoByClerk.current) return;
    if (siteTimeZone === undefined) return;
    const number = templatePermitNumber(template, { plate, validFrom }, new Date(), siteTimeZone);
    if (form.getValues("permitNo") !== number) form.setValue("permitNo", number);
  }, [plate, validFrom, siteTimeZone, form]);

  const hasFieldErrors = Object.values(problem?.fieldErrors ?? {}).some((errors) => errors?.length);
  const onlyFieldErrors =
    hasFieldErrors &&
    (problem?.code === "validation" ||
      problem?.code === "bad_request" ||
      problem?.code === "character_not_accepted");
  const plates = typedPlates(plate);
  const plateCount = plates.length;
  const zone = useWatch({ control: form.control, name: "zone" });
  const checks = usePlateChecks(plates, zone);
  const startMoved = form.formState.dirtyFields.validFrom === true;

  function startNow(): void {
    if (siteTimeZone === undefined) return;
    const { validFrom: now } = defaultValidity(new Date(), siteTimeZone);
    form.resetField("validFrom", { defaultValue: now });
    validity.validFromChanged();
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={issue} className="space-y-5">
        {problem && !onlyFieldErrors && (
          <IssueFailureAlert
            key={alertKey}
            failure={describeIssueFailure(problem, t, messageOf)}
            takeFocus={!hasFieldErrors}
            heldPlate={heldPlate}
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
            messageOf={messageOf}
            onIssueHeldAsNew={(plates) => void issueHeldAsNew(plates)}
          />
        )}
        <PlateField
          echo={
            <>
              {plates.map((typed, index) => {
                const sent = plateSentAs(typed);
                // biome-ignore lint/suspicious/noArrayIndexKey: the same plate may be typed twice, and is flagged so.
                return sent && <PlateEcho key={`${index}:${sent}`} plate={sent} />;
              })}
              {siteTimeZone &&
                checks.map((check, index) => (
                  <PlateWarnings
                    // biome-ignore lint/suspicious/noArrayIndexKey: one region per plate typed, in order.
                    key={index}
                    checks={check.data}
                    siteTimeZone={siteTimeZone}
                    onUsePlate={(similar) => {
                      form.setValue("plate", withPlateReplaced(plate, index, similar), {
                        shouldDirty: true,
                        shouldValidate: true,
                      });
                      form.setFocus("plate");
                    }}
                  />
                ))}
            </>
          }
        />
        {config?.plateEntry === "twice" && <PlateAgainField />}
        <TemplatePicker
          templates={templates}
          onApply={applyTemplate}
          disabled={config === undefined}
        />
        <p role="status" className="sr-only">
          {announcement}
        </p>
        <ZoneField zones={config?.zones} />
        <fieldset className="space-y-3">
          <legend className="sr-only">{t("validity")}</legend>
          <div className="grid gap-5 sm:grid-cols-2">
            <ValidityField
              name="validFrom"
              label={t("validFrom")}
              siteTimeZone={siteTimeZone}
              onClerkChange={validity.validFromChanged}
              note={
                startMoved ? (
                  <Button variant="secondary" className="mt-1" onClick={startNow}>
                    {t("startNow")}
                  </Button>
                ) : (
                  siteTimeZone && <span className="block">{t("startsNow")}</span>
                )
              }
            />
            <ValidityField
              name="validUntil"
              label={t("validUntil")}
              siteTimeZone={siteTimeZone}
              onClerkChange={validity.validUntilChanged}
            />
          </div>
          <DurationField
            durations={offeredDurations(templates.map(({ duration }) => duration))}
            disabled={config === undefined}
            onChoose={validity.durationChosen}
          />
          <ValidityDurationNote siteTimeZone={siteTimeZone} />
        </fieldset>
        <AmountFields currencies={config && currencyChoices(config)} />
        <PermitNumberField
          onClerkChange={() => {
            permitNoByClerk.current = true;
          }}
        />
        <Button type="submit" disabled={isIssuing} className="w-full sm:w-auto">
          {isIssuing
            ? t("issuing")
            : plateCount > 1
              ? t("issueSeveral", { count: plateCount })
              : t("issue")}
        </Button>
        <p role="status" className={isWaitingForConfig ? "text-sm text-slate-800" : "sr-only"}>
          {isWaitingForConfig ? t("waitingForSettings") : isIssuing ? t("issuingStatus") : ""}
        </p>
      </form>
    </FormProvider>
  );
}
