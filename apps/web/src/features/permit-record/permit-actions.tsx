import {
  type ClientConfig,
  mayRecordFindings,
  type PermitRecord,
  type StaffMember,
} from "@permit-desk/schema";
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Button } from "../../components/ui/button.tsx";
import { formatSiteTime } from "../../lib/format-site-time.ts";
import type { Locale } from "../../lib/i18n/locale.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { problemWords } from "../../lib/i18n/problem-words.ts";
import {
  BLOCK_CODES,
  type ChangeBlock,
  changeBlock,
  changeWindowClosesAt,
} from "./change-block.ts";
import type { ChangeDone } from "./change-kind.ts";
import { CorrectPermitForm } from "./correct-permit-form.tsx";
import { ExtendPermitForm } from "./extend-permit-form.tsx";
import { type PermitRecordWords, permitRecordMessages } from "./messages.ts";
import { VoidPermitForm } from "./void-permit-form.tsx";

/** Whether the clock has passed an instant (ms), re-rendering the moment it does. */
function useTimePassed(instant: number | undefined): boolean {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (instant === undefined || now > instant) return;
    const timer = setTimeout(() => setNow(Date.now()), instant - now + 1);
    return () => clearTimeout(timer);
  }, [instant, now]);
  return instant !== undefined && now > instant;
}

/** Why the permit cannot be changed now, in the member's words: the BFF's own where they are the same. */
function blockText(
  block: ChangeBlock,
  t: PermitRecordWords,
  at: (instant: string) => string,
  locale: Locale,
) {
  switch (block.kind) {
    case "notYourZone":
      return problemWords({ code: "not_your_zone", params: { zone: block.zone } }, locale);
    case "windowClosed":
      return t("blockWindowClosed", { minutes: block.minutes, time: at(block.startedAt) });
    default:
      return problemWords({ code: BLOCK_CODES[block.kind] }, locale);
  }
}

type PermitActionsProps = {
  record: PermitRecord;
  config: ClientConfig;
  member: StaffMember;
  onChanged: (done: ChangeDone) => void;
  /** More buttons for the same row, such as printing the slip again. */
  children?: ReactNode;
};

const ACTIONS = ["extend", "correct", "void"] as const;
type Action = (typeof ACTIONS)[number];

const FORMS = {
  extend: ExtendPermitForm,
  correct: CorrectPermitForm,
  void: VoidPermitForm,
} as const;

/**
 * Extend, Correct and Void, each opening its own small form; focus goes to the form's first
 * field, and back to the button when the form is left. Actions the member cannot take are
 * disabled with the reason beside them, or left out once nothing can change any more.
 */
export function PermitActions({ record, config, member, onChanged, children }: PermitActionsProps) {
  const noteId = useId();
  const t = useMessages(permitRecordMessages);
  const { locale } = useLocale();
  const at = (instant: string) => formatSiteTime(instant, config.siteTimeZone, locale);
  const [open, setOpen] = useState<Action | undefined>(undefined);
  const buttons = useRef<Partial<Record<Action, HTMLButtonElement | null>>>({});
  const closesAt = changeWindowClosesAt(record, member, config.changeWindowMinutes);
  useTimePassed(closesAt);
  const block = changeBlock(record, member, config.changeWindowMinutes, Date.now());

  function close() {
    if (open) buttons.current[open]?.focus();
    setOpen(undefined);
  }
  function changed(done: ChangeDone) {
    setOpen(undefined);
    onChanged(done);
  }

  const final = block?.kind === "voided" || block?.kind === "notIssued";
  const Form = open && FORMS[open];
  return (
    <div className="space-y-3">
      {!final && (
        <div className="flex flex-wrap gap-3">
          {ACTIONS.map((action) => (
            <Button
              key={action}
              ref={(button) => {
                buttons.current[action] = button;
              }}
              variant="secondary"
              disabled={block !== undefined}
              aria-describedby={block !== undefined || closesAt !== undefined ? noteId : undefined}
              aria-expanded={open === action}
              onClick={() => setOpen(action)}
            >
              {t(action)}
            </Button>
          ))}
          {children}
        </div>
      )}
      {block !== undefined ? (
        <p id={noteId} className="font-semibold text-slate-900">
          {blockText(block, t, at, locale)}
        </p>
      ) : (
        closesAt !== undefined && (
          <p id={noteId} className="text-sm text-slate-700">
            {t("windowOpen", {
              minutes: config.changeWindowMinutes,
              time: at(new Date(closesAt).toISOString()),
            })}
          </p>
        )
      )}
      {Form && (
        <Form
          key={open}
          record={record}
          config={config}
          canReconcile={mayRecordFindings(member.role)}
          onChanged={changed}
          onCancel={close}
        />
      )}
    </div>
  );
}
