import { useLayoutEffect, useRef } from "react";
import { Field } from "../../../components/ui/field.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitEntryMessages } from "../entry-messages.ts";
import {
  peekTypedAheadPlate,
  rememberTypedAheadIssue,
  rememberTypedAheadPlate,
} from "../utils/typed-ahead-plate.ts";

/** How the plate input behaves, shared by the form and the placeholder shown while it loads. */
export const plateInputProps = {
  autoComplete: "off",
  autoCapitalize: "characters",
  spellCheck: false,
  className: "font-mono uppercase",
} as const;

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
    input.value = peekTypedAheadPlate();
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, []);
  return (
    <div className="space-y-6">
      <IssuePermitHeading />
      <Field
        label={t("plateLabel")}
        inputProps={{
          ...plateInputProps,
          ref: plate,
          onChange: (event) => rememberTypedAheadPlate(event.target.value),
          onKeyDown: (event) => {
            if (event.key === "Enter") rememberTypedAheadIssue();
          },
        }}
        hint={t("plateHint")}
      />
    </div>
  );
}
