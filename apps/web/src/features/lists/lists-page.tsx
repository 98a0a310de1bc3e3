import type {
  BatchInput,
  BatchPreview,
  BatchRowInput,
  ClientConfig,
  PermitDraftField,
} from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "../../components/ui/button.tsx";
import { Field, SelectField, TextareaField } from "../../components/ui/field.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { WallTimeField } from "../../components/ui/wall-time-field.tsx";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { templatesQueryOptions } from "../../lib/shared-queries.ts";
import { applicableTemplates } from "../issue-permit/utils/apply-template.ts";
import { defaultValidity } from "../issue-permit/utils/validity.ts";
import { previewList, useIssueList } from "./api.ts";
import { BatchProgress, RecentBatches } from "./batch-progress.tsx";
import { ListPreview } from "./list-preview.tsx";
import { batchInputOf, type ListValues, withListTemplate } from "./list-values.ts";
import { FIELD_WORDS, listsMessages } from "./messages.ts";
import { listTime, type ReadList, readList } from "./read-list.ts";

type FormValues = ListValues & { text: string };

/** A list as read and checked: what left out, the body checked and the server's preview of it. */
type Checked = ReadList & {
  leftOut: ReadonlySet<number>;
  included: number[];
  body: BatchInput;
  preview: BatchPreview;
};

const LANGUAGE = { "en-CA": 0, "fr-CA": 1 } as const;

/** Managers and administrators issue a whole list: read, previewed, then issued by the server. */
export function ListsPage({ config }: { config: ClientConfig }) {
  const t = useMessages(listsMessages);
  const [open, setOpen] = useState<string | undefined>();
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} />
      {open === undefined ? (
        <ListEntry config={config} onIssued={setOpen} />
      ) : (
        <>
          <BatchProgress key={open} id={open} />
          <Button variant="secondary" onClick={() => setOpen(undefined)}>
            {t("newList")}
          </Button>
        </>
      )}
      <RecentBatches config={config} onOpen={setOpen} />
    </div>
  );
}

function ListEntry({ config, onIssued }: { config: ClientConfig; onIssued: (id: string) => void }) {
  const t = useMessages(listsMessages);
  const { locale } = useLocale();
  const tz = config.siteTimeZone;
  const templates = applicableTemplates(useQuery(templatesQueryOptions()).data ?? []);
  const form = useForm<FormValues>({
    defaultValues: {
      text: "",
      template: "",
      zone: config.zones[0] ?? "",
      ...defaultValidity(new Date(), tz),
    },
  });
  const { register, control, getValues, setValue, handleSubmit } = form;
  const [checked, setChecked] = useState<Checked | undefined>();
  const [notRead, setNotRead] = useState(false);
  const [checkError, setCheckError] = useState<unknown>();
  const [checking, setChecking] = useState(false);
  const latest = useRef(0);
  const issue = useIssueList();
  // A double click or a second Enter comes before the button is disabled: one list, not two.
  const issuing = useRef(false);
  async function issueOnce(body: BatchInput): Promise<void> {
    if (issuing.current) return;
    issuing.current = true;
    try {
      onIssued((await issue.mutateAsync(body)).id);
    } catch {
      // Shown below the button from the mutation's error.
    } finally {
      issuing.current = false;
    }
  }
  const { watch } = form;
  /** The list and its values as last checked. */
  const checkedValues = useRef("");
  // What is issued is what was previewed: a change to the list or its values asks for a new check.
  useEffect(() => {
    const subscription = watch((values) => {
      if (checkedValues.current === "" || JSON.stringify(values) === checkedValues.current) return;
      checkedValues.current = "";
      latest.current++;
      setChecked(undefined);
      setChecking(false);
    });
    return () => subscription.unsubscribe();
  }, [watch]);

  const templateOf = (id: string) => templates.find((template) => template.id === id);
  function applyValues(next: ListValues): void {
    for (const name of ["template", "zone", "validFrom", "validUntil"] as const)
      setValue(name, next[name], { shouldDirty: true });
  }

  /** Checks the rows not left out, with the list's values; an older answer is dropped. */
  async function check(list: ReadList, leftOut: ReadonlySet<number>): Promise<void> {
    const run = ++latest.current;
    const values = getValues();
    checkedValues.current = JSON.stringify(values);
    const included = list.rows.flatMap((_, index) => (leftOut.has(index) ? [] : [index]));
    const body = batchInputOf(
      // Each row keeps its number in the list, whatever is left out before it.
      included.map((index) => ({ ...list.rows[index], row: index + 1 })),
      values,
      templateOf(values.template),
      new Date(),
      tz,
    );
    setChecking(true);
    setCheckError(undefined);
    try {
      const preview = await previewList(body);
      if (run === latest.current) setChecked({ ...list, leftOut, included, body, preview });
    } catch (error) {
      if (run === latest.current) setCheckError(error);
    } finally {
      if (run === latest.current) setChecking(false);
    }
  }

  const onCheck = handleSubmit(async ({ text }) => {
    const list = await readList(text, tz);
    setNotRead(list.rows.length === 0);
    if (list.rows.length === 0) {
      setChecked(undefined);
      return;
    }
    await check(list, new Set());
  });

  function fix(index: number, field: PermitDraftField, typed: string): void {
    if (!checked) return;
    // A time typed to fix a row is read as its column's are: UTC under OPSCOM's Utc names, else
    // the site's, as in the form.
    const utc = checked.utc?.includes(field) === true;
    const value =
      field === "validFrom" || field === "validUntil" ? listTime(typed.trim(), utc, tz) : typed;
    const rows = checked.rows.map(
      (row, at): BatchRowInput => (at === index ? { ...row, [field]: value } : row),
    );
    const columns = checked.columns.includes(field) ? checked.columns : [...checked.columns, field];
    void check({ ...checked, rows, columns }, checked.leftOut);
  }

  function leaveOut(index: number, out: boolean): void {
    if (!checked) return;
    const leftOut = new Set(checked.leftOut);
    if (out) leftOut.add(index);
    else leftOut.delete(index);
    // The box follows the click at once; the totals follow the server's answer.
    setChecked({ ...checked, leftOut });
    void check(checked, leftOut);
  }

  const columnWords = (fields: readonly string[]) =>
    fields
      .map((field) => FIELD_WORDS[field as PermitDraftField]?.[LANGUAGE[locale]] ?? field)
      .join(", ");

  return (
    <>
      <p>{t("intro")}</p>
      <form onSubmit={onCheck} className="space-y-6" noValidate>
        <section aria-labelledby="list-heading" className="space-y-4">
          <h2 id="list-heading" className="text-xl font-bold text-slate-950">
            {t("listHeading")}
          </h2>
          <TextareaField
            label={t("pasteLabel")}
            hint={t("pasteHint")}
            textareaProps={{
              ...register("text"),
              rows: 8,
              spellCheck: false,
              className: "font-mono",
            }}
          />
          <Field
            label={t("fileLabel")}
            inputProps={{
              type: "file",
              accept: ".csv,.txt,text/csv,text/plain",
              onChange: async (event) => {
                const file = event.target.files?.[0];
                if (file) setValue("text", await file.text());
              },
            }}
          />
        </section>
        <section aria-labelledby="values-heading" className="space-y-4">
          <h2 id="values-heading" className="text-xl font-bold text-slate-950">
            {t("valuesHeading")}
          </h2>
          <div className="grid gap-4 md:grid-cols-2">
            <SelectField
              label={t("template")}
              blank={t("noTemplate")}
              options={templates.map((template) => [template.id, template.name] as const)}
              selectProps={{
                ...register("template", {
                  onChange: (event: { target: { value: string } }) =>
                    applyValues(withListTemplate(getValues(), templateOf(event.target.value), tz)),
                }),
              }}
            />
            <SelectField label={t("zone")} options={config.zones} selectProps={register("zone")} />
            <WallTimeField
              label={t("validFrom")}
              control={control}
              inputProps={register("validFrom", {
                onChange: () =>
                  applyValues(withListTemplate(getValues(), templateOf(getValues("template")), tz)),
              })}
            />
            <WallTimeField
              label={t("validUntil")}
              control={control}
              inputProps={register("validUntil")}
            />
          </div>
        </section>
        <Button type="submit" disabled={checking}>
          {checking ? t("checking") : t("check")}
        </Button>
        {notRead && (
          <p role="alert" className="font-medium text-red-700">
            {t("notRead")}
          </p>
        )}
        <ProblemAlert title={t("checkFailed")} error={checkError} />
      </form>
      {checked && (
        <>
          <p role="status">
            {t("columnsRead", {
              columns: columnWords(checked.columns),
              ignored: checked.ignored.join(", "),
            })}
          </p>
          <ListPreview
            rows={checked.rows}
            columns={checked.columns}
            included={checked.included}
            leftOut={checked.leftOut}
            preview={checked.preview}
            onFix={fix}
            onLeaveOut={leaveOut}
            siteTimeZone={tz}
            utcFields={checked.utc ?? []}
          />
          <Button
            disabled={issue.isPending || checking || checked.preview.totals.toIssue === 0}
            onClick={() => void issueOnce(checked.body)}
          >
            {t("issue", { count: checked.preview.totals.toIssue })}
          </Button>
          <ProblemAlert title={t("issueFailed")} error={issue.error} />
        </>
      )}
    </>
  );
}
