import type { IssuedPermit } from "@permit-desk/schema";
import { useEffect, useId, useRef, useState } from "react";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextLink } from "../../../components/ui/text-link.tsx";
import type { ApiProblem } from "../../../lib/api-problem.ts";
import { problemOf } from "../../../lib/api-request-error.ts";
import { commonMessages } from "../../../lib/i18n/common-messages.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { problemText } from "../../../lib/i18n/problem-text.ts";
import { newIdempotencyKey } from "../../../lib/idempotency-key.ts";
import { changeFailureKind } from "../../../lib/permit-change.ts";
import { UNDO_REASON } from "../../../lib/undo-reason.ts";
import { useUndoPermit } from "../api.ts";
import {
  focusNextUndo,
  undoOffersAfter,
  useSecondsLeft,
  useUndoShortcut,
} from "../hooks/use-undo-shortcut.ts";
import { issuePermitMessages } from "../messages.ts";

type UndoIssueProps = {
  permit: IssuedPermit;
  undoSeconds: number;
  opscomTimeoutMs: number;
  onVoided: () => void;
};

type Outcome = { kind: "voided" } | { kind: "failed"; problem: ApiProblem };

function UndoFailure({
  problem,
  onTryAgain,
  isSending,
  recordHref,
}: {
  problem: ApiProblem;
  onTryAgain: () => void;
  isSending: boolean;
  recordHref: string;
}) {
  const t = useMessages(issuePermitMessages);
  const common = useMessages(commonMessages);
  const { locale } = useLocale();
  const kind = changeFailureKind(problem);
  const title =
    kind === "unconfirmed"
      ? t("failUnconfirmed")
      : kind === "retry"
        ? t("failRetry")
        : t("failRefused");
  return (
    <Alert tone={kind === "unconfirmed" ? "warning" : "error"} title={title} className="mt-3">
      <p>{problemText(problem, locale)}</p>
      {kind === "unconfirmed" && <p className="font-semibold">{t("unconfirmedAdvice")}</p>}
      {kind === "retry" && <p>{t("retryAdvice")}</p>}
      <div className="flex flex-wrap items-center gap-3">
        {kind !== "refused" && (
          <Button variant="secondary" disabled={isSending} onClick={onTryAgain}>
            {isSending ? t("undoing") : common("tryAgain")}
          </Button>
        )}
        <TextLink href={recordHref}>{t("undoOpenRecord")}</TextLink>
      </div>
    </Alert>
  );
}

/**
 * Undo for `undoSeconds` after OPSCOM confirmed the permit: a void under one key, with a stable
 * reason. The countdown shows each second but is said once; Alt+Z works while the plate keeps
 * focus for the next guest, or, with several permits on screen, goes from one Undo to the next.
 */
export function UndoIssue({ permit, undoSeconds, opscomTimeoutMs, onVoided }: UndoIssueProps) {
  const hintId = useId();
  const t = useMessages(issuePermitMessages);
  const button = useRef<HTMLButtonElement>(null);
  const recordLink = useRef<HTMLAnchorElement>(null);
  const buttonHasFocus = useRef(false);
  const [deadline] = useState(() => Date.now() + undoSeconds * 1000);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [announced, setAnnounced] = useState(false);
  const mutation = useUndoPermit();
  const attempted = mutation.isPending || outcome !== undefined;
  const left = useSecondsLeft(deadline, !attempted);
  const offered = !attempted && left > 0;
  const expired = !attempted && left === 0;
  const recordHref = `/history/${encodeURIComponent(permit.journalId)}`;

  async function undo() {
    if (mutation.isPending || outcome?.kind === "voided") return;
    // The button is disabled while the void is sent, so whether it had focus is read now.
    const hadFocus = button.current !== null && button.current === document.activeElement;
    const others = undoOffersAfter(button);
    setOutcome(undefined);
    try {
      await mutation.mutateAsync({
        submission: {
          permitId: permit.journalId,
          input: { action: "void", reason: UNDO_REASON },
          idempotencyKey,
        },
        opscomTimeoutMs,
      });
      setOutcome({ kind: "voided" });
      onVoided();
      if (hadFocus) focusNextUndo(others);
    } catch (error) {
      setOutcome({ kind: "failed", problem: problemOf(error) });
    }
  }

  const several = useUndoShortcut(offered, undo, button) > 1;
  // Said once when offered, not at every tick of the countdown.
  useEffect(() => setAnnounced(true), []);
  useEffect(() => {
    if (expired && buttonHasFocus.current) recordLink.current?.focus();
  }, [expired]);

  return (
    <div className="mt-3">
      {(offered || mutation.isPending) && (
        <div className="flex flex-wrap items-center gap-3">
          <Button
            ref={button}
            variant="secondary"
            disabled={mutation.isPending}
            aria-keyshortcuts="Alt+Z"
            aria-describedby={hintId}
            onClick={undo}
            onFocus={() => {
              buttonHasFocus.current = true;
            }}
            onBlur={() => {
              buttonHasFocus.current = false;
            }}
          >
            {mutation.isPending ? (
              t("undoing")
            ) : (
              <>
                {t("undo")}
                <span className="sr-only"> {permit.plate}</span>
                <span aria-hidden="true" className="font-mono text-sm tabular-nums text-slate-700">
                  Alt+Z · {t("secondsLeft", { seconds: left })}
                </span>
              </>
            )}
          </Button>
          <p id={hintId} className="text-sm text-slate-700">
            {t(several ? "undoHintSeveral" : "undoHint", { seconds: undoSeconds })}
          </p>
        </div>
      )}
      {expired && (
        <p className="text-sm text-slate-700">
          {t("undoOver")}{" "}
          <TextLink ref={recordLink} href={recordHref}>
            {t("undoOpenRecord")}
          </TextLink>
        </p>
      )}
      {outcome?.kind === "voided" && (
        <p className="font-semibold text-slate-950">{t("voidedText")}</p>
      )}
      {outcome?.kind === "failed" && (
        <UndoFailure
          problem={outcome.problem}
          onTryAgain={undo}
          isSending={mutation.isPending}
          recordHref={recordHref}
        />
      )}
      <p role="status" className="sr-only">
        {outcome?.kind === "voided"
          ? t("voidedAnnouncement", { plate: permit.plate })
          : announced &&
            offered &&
            t(several ? "undoOfferedSeveral" : "undoOffered", {
              seconds: undoSeconds,
              plate: permit.plate,
            })}
      </p>
    </div>
  );
}
