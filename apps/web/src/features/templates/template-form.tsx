import type { ClientConfig, Template } from "@permit-desk/schema";
import { useEffect, useId, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "../../components/ui/alert.tsx";
import { Button } from "../../components/ui/button.tsx";
import { Field, SelectField } from "../../components/ui/field.tsx";
import { problemOf } from "../../lib/api-request-error.ts";
import { useFieldErrorMessages } from "../../lib/form-errors.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useProblemText } from "../../lib/i18n/problem-text.ts";
import { useCreateTemplate, useReplaceTemplate } from "./api.ts";
import { DurationFieldset } from "./duration-fieldset.tsx";
import { templatesMessages } from "./messages.ts";
import { PermitNumberPatternField } from "./permit-number-pattern-field.tsx";
import { PriceFieldset } from "./price-fieldset.tsx";
import { templateFormResolver } from "./template-form-resolver.ts";
import {
  emptyTemplateForm,
  type TemplateFormValues,
  templateFormOf,
  templateInputOf,
} from "./template-form-values.ts";

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
  const fieldErrorMessages = useFieldErrorMessages();
  const headingId = useId();
  const createTemplate = useCreateTemplate();
  const translateProblem = useProblemText();
  const replaceTemplate = useReplaceTemplate();
  const save = template === undefined ? createTemplate : replaceTemplate;
  const resolver = useMemo(() => templateFormResolver(t), [t]);
  const blank = emptyTemplateForm({ zone: zones[0] ?? "", currency: config.defaultCurrency });
  const form = useForm<TemplateFormValues>({
    resolver,
    defaultValues:
      template === undefined ? blank : templateFormOf(template, config.defaultCurrency),
  });
  const { register, handleSubmit, formState, setError, setFocus, reset } = form;
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

  // A name already in use is said beside the name; anything else above the form.
  const problemText =
    save.isError && problemOf(save.error).status !== 409 ? translateProblem(save.error) : undefined;
  const submitLabel =
    template === undefined
      ? t(save.isPending ? "adding" : "add")
      : t(save.isPending ? "saving" : "save");
  return (
    <form noValidate onSubmit={submit} className="space-y-5" aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold">
        {template === undefined ? t("addHeading") : t("editHeading", { name: template.name })}
      </h2>
      {problemText !== undefined && (
        <Alert tone="error" title={template === undefined ? t("notAdded") : t("notSaved")}>
          <p>{problemText}</p>
        </Alert>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field
          label={t("name")}
          hint={t("nameHint")}
          inputProps={{ ...register("name"), autoComplete: "off" }}
          errors={fieldErrorMessages(formState.errors.name)}
        />
        <SelectField
          label={t("zone")}
          selectProps={register("zone")}
          errors={fieldErrorMessages(formState.errors.zone)}
        >
          {zoneChoices.length === 0 && <option value="">{t("chooseZone")}</option>}
          {zoneChoices.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
      </div>
      <DurationFieldset form={form} />
      <PriceFieldset form={form} currencies={config.currencies} />
      <PermitNumberPatternField form={form} siteTimeZone={config.siteTimeZone} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={save.isPending}>
          {submitLabel}
        </Button>
        {template !== undefined && (
          <Button variant="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
