import {
  type ClientConfig,
  expandPermitNumber,
  permitNumberPatternProblem,
  type Template,
} from "@permit-desk/schema";
import { Fragment, useEffect, useId, useMemo, useState } from "react";
import { type UseFormReturn, useForm, useWatch } from "react-hook-form";
import { Field, SelectField } from "../../components/ui/field.tsx";
import { CancelButton, SubmitButton } from "../../components/ui/form-buttons.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { RadioOption } from "../../components/ui/radio-option.tsx";
import { problemOf } from "../../lib/api-request-error.ts";
import { useFormFields } from "../../lib/form-errors.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useCreateTemplate, useReplaceTemplate } from "./api.ts";
import { templatesMessages } from "./messages.ts";
import {
  DURATION_KINDS,
  type DurationKind,
  emptyTemplateForm,
  type TemplateFormValues,
  templateFormOf,
  templateFormResolver,
  templateInputOf,
} from "./template-form-values.ts";

/** The one number or time a kind of duration needs beside it. */
const DURATION_FIELDS: Partial<Record<DurationKind, "hours" | "time" | "days">> = {
  hours: "hours",
  nextDayAt: "time",
  days: "days",
};

/** The four kinds of duration, each with the one number or time it needs beside it. */
function DurationFieldset({ form }: { form: UseFormReturn<TemplateFormValues> }) {
  const t = useMessages(templatesMessages);
  const { field } = useFormFields(form);
  const kind = useWatch({ control: form.control, name: "durationKind" });
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-semibold text-slate-900">{t("duration")}</legend>
      {DURATION_KINDS.map((value) => {
        const number = DURATION_FIELDS[value];
        return (
          <Fragment key={value}>
            <RadioOption
              label={t(`${value}Kind`)}
              inputProps={{ ...form.register("durationKind"), value }}
            />
            {number !== undefined && kind === value && (
              <Field
                className="ml-8 max-w-xs"
                label={t(number)}
                hint={t(`${number}Hint`)}
                {...field(number, { inputMode: "numeric", autoComplete: "off" })}
              />
            )}
          </Fragment>
        );
      })}
    </fieldset>
  );
}

type PriceFieldsetProps = {
  form: UseFormReturn<TemplateFormValues>;
  currencies: readonly string[];
};

/** Free, or an amount in one of the site's currencies. */
function PriceFieldset({ form, currencies }: PriceFieldsetProps) {
  const t = useMessages(templatesMessages);
  const { field, errorsOf } = useFormFields(form);
  const { register, control } = form;
  const price = useWatch({ control, name: "price" });
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-semibold text-slate-900">{t("price")}</legend>
      <RadioOption label={t("free")} inputProps={{ ...register("price"), value: "free" }} />
      <RadioOption label={t("paid")} inputProps={{ ...register("price"), value: "paid" }} />
      {price === "paid" && (
        <div className="ml-8 flex flex-wrap items-start gap-3">
          <Field
            className="w-40"
            label={t("amount")}
            hint={t("amountHint")}
            {...field("amount", { inputMode: "decimal", autoComplete: "off" })}
          />
          <SelectField
            className="w-32"
            label={t("currency")}
            selectProps={register("currency")}
            errors={errorsOf("currency")}
            options={currencies}
          />
        </div>
      )}
    </fieldset>
  );
}

const EXAMPLE_PLATE = "ABC123";

type PatternFieldProps = { form: UseFormReturn<TemplateFormValues>; siteTimeZone: string };

/** The pattern, with what it would give for a plate issued now, shown as it is typed. */
function PermitNumberPatternField({ form, siteTimeZone }: PatternFieldProps) {
  const t = useMessages(templatesMessages);
  const { field } = useFormFields(form);
  const pattern = useWatch({ control: form.control, name: "permitNumberPattern" }).trim();
  const usable = pattern !== "" && permitNumberPatternProblem(pattern) === undefined;
  const example = usable
    ? expandPermitNumber(pattern, { plate: EXAMPLE_PLATE, at: new Date(), siteTimeZone })
    : undefined;
  return (
    <Field
      label={t("permitNumberPattern")}
      {...field("permitNumberPattern", {
        autoComplete: "off",
        spellCheck: false,
        className: "font-mono",
      })}
      hint={
        <>
          <p>{t("patternHint")}</p>
          {pattern === "" && <p>{t("patternNone")}</p>}
          {example !== undefined && (
            <p className="font-medium text-slate-900">
              {t("patternExample", { plate: EXAMPLE_PLATE, example })}
            </p>
          )}
        </>
      }
    />
  );
}

type TemplateFormProps = {
  /** The template being edited; none to add one. */
  template: Template | undefined;
  /** The zones a template may be put in. */
  zones: readonly string[];
  config: ClientConfig;
  onSaved: (saved: Template) => void;
  onCancel: () => void;
};

/** Adds a template, or replaces what one says; the BFF's schema checks it here first. */
export function TemplateForm({ template, zones, config, onSaved, onCancel }: TemplateFormProps) {
  const t = useMessages(templatesMessages);
  const headingId = useId();
  const createTemplate = useCreateTemplate();
  const replaceTemplate = useReplaceTemplate();
  const save = template === undefined ? createTemplate : replaceTemplate;
  const { locale } = useLocale();
  const resolver = useMemo(() => templateFormResolver(t, locale), [t, locale]);
  const blank = emptyTemplateForm({ zone: zones[0] ?? "", currency: config.defaultCurrency });
  const form = useForm<TemplateFormValues>({
    resolver,
    defaultValues:
      template === undefined ? blank : templateFormOf(template, config.defaultCurrency),
  });
  const { register, handleSubmit, setError, setFocus, reset } = form;
  const { field, errorsOf } = useFormFields(form);
  const zoneChoices =
    template === undefined || zones.includes(template.zone) ? zones : [template.zone, ...zones];

  // Editing starts at the name; after an add, the emptied form is ready for the next one.
  const [added, setAdded] = useState(0);
  useEffect(() => {
    if (template !== undefined || added > 0) setFocus("name");
  }, [template, added, setFocus]);

  const submit = handleSubmit((values) => {
    const body = templateInputOf(values);
    const onError = (error: unknown) => {
      if (problemOf(error).status !== 409) return;
      setError(
        "name",
        { message: t("nameTaken", { zone: values.zone, name: values.name.trim() }) },
        { shouldFocus: true },
      );
    };
    if (template === undefined) {
      createTemplate.mutate(body, {
        onSuccess: (saved) => {
          reset(blank);
          setAdded((count) => count + 1);
          onSaved(saved);
        },
        onError,
      });
    } else {
      replaceTemplate.mutate({ id: template.id, template: body }, { onSuccess: onSaved, onError });
    }
  });

  return (
    <form noValidate onSubmit={submit} className="space-y-5" aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold">
        {template === undefined ? t("addHeading") : t("editHeading", { name: template.name })}
      </h2>
      {/* A name already in use is said beside the name; anything else above the form. */}
      <ProblemAlert
        title={template === undefined ? t("notAdded") : t("notSaved")}
        error={save.isError && problemOf(save.error).status !== 409 && save.error}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t("name")} hint={t("nameHint")} {...field("name", { autoComplete: "off" })} />
        <SelectField
          label={t("zone")}
          selectProps={register("zone")}
          errors={errorsOf("zone")}
          options={zoneChoices}
          blank={zoneChoices.length === 0 ? t("chooseZone") : undefined}
        />
      </div>
      <DurationFieldset form={form} />
      <PriceFieldset form={form} currencies={config.currencies} />
      <PermitNumberPatternField form={form} siteTimeZone={config.siteTimeZone} />
      <div className="flex flex-wrap gap-2">
        {template === undefined ? (
          <SubmitButton isPending={save.isPending} label={t("add")} pendingLabel={t("adding")} />
        ) : (
          <>
            <SubmitButton isPending={save.isPending} label={t("save")} pendingLabel={t("saving")} />
            <CancelButton onClick={onCancel} />
          </>
        )}
      </div>
    </form>
  );
}
