import { useLayoutEffect, useRef } from "react";
import { Field } from "../../../components/ui/field.tsx";
import { plateInputProps } from "../../../components/ui/styles.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitEntryMessages } from "../entry-messages.ts";

/**
 * What the clerk typed into the plate while the form itself was still loading, and whether they
 * pressed Enter there: the placeholder keeps them here, and the form takes them over once, when
 * it appears.
 */
export const typedAhead = { plate: "", issue: false };

export function IssuePermitHeading() {
  const t = useMessages(issuePermitEntryMessages);
  return <h1 className="text-2xl font-bold text-slate-950 print:hidden">{t("heading")}</h1>;
}

/**
 * Stands in for the page while its code loads, with a plate input that already takes keys, so
 * that a clerk who types as soon as the page opens loses nothing: the form takes the text over.
 */
export function IssuePermitPagePlaceholder() {
  const t = useMessages(issuePermitEntryMessages);
  const plate = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const input = plate.current;
    if (!input) return;
    // Shown again once the session is known, it carries on from what was typed so far.
    input.value = typedAhead.plate;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);
  return (
    // The same column as the form's plate, so that nothing moves when the form replaces it.
    <div className="lg:grid lg:grid-cols-2 lg:gap-x-8">
      <div className="space-y-3">
        <IssuePermitHeading />
        <Field
          label={t("plateLabel")}
          inputProps={{
            ...plateInputProps,
            ref: plate,
            onChange: (event) => {
              typedAhead.plate = event.target.value;
            },
            onKeyDown: (event) => {
              if (event.key === "Enter") typedAhead.issue = true;
            },
          }}
          hint={t("plateHint")}
        />
      </div>
    </div>
  );
}
