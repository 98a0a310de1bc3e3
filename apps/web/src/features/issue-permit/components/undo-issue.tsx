import type { IssuedPermit } from "@permit-desk/schema";
import { type RefObject, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { TextLink } from "../../../components/ui/text-link.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { commonMessages } from "../../../lib/i18n/common-messages.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { problemText } from "../../../lib/i18n/problem-text.ts";
import { newIdempotencyKey } from "../../../lib/idempotency-key.ts";
import { changeFailureKind, useChangePermit } from "../../../lib/permit-change.ts";
import { permitRecordHref } from "../../../lib/permit-record-href.ts";
import { UNDO_REASON } from "../../../lib/undo-reason.ts";
import { issuePermitMessages } from "../messages.ts";
import { focusPlateField } from "./plate-field.tsx";
import { altShortcutCode, type KeyPress } from "./template-picker.tsx";

/** Alt+Z: no plate has it. */
export function isUndoShortcut(event: KeyPress): boolean {
  return altShortcutCode(event) === "KeyZ";
}

/** Whole seconds left before a deadline (ms), never below zero: 9.2 s left reads 10. */
export function secondsLeft(deadline: number, now: number): number {
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** Whole seconds left before a deadline, re-rendering as each one passes while `running`. */
function useSecondsLeft(deadline: number, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  const left = secondsLeft(deadline, now);
  useEffect(() => {
    if (!running || left === 0) return;
    const toNextSecond = (deadline - now) % 1000 || 1000;
    const timer = setTimeout(() => setNow(Date.now()), toNextSecond);
    return () => clearTimeout(timer);
  }, [deadline, now, running, left]);
  return left;
}

type UndoOffer = { undo: () => void; button: RefObject<HTMLButtonElement | null> };

/** The Undo buttons on offer now, in the order their panels appear. */
const offers = new Set<UndoOffer>();
const listeners = new Set<() => void>();
function changed(): void {
  for (const listener of listeners) listener();
}

function onKeyDown(event: KeyboardEvent): void {
  if (!isUndoShortcut(event)) return;
  const all = [...offers];
  const [first] = all;
  if (first === undefined) return;
  event.preventDefault();
  if (all.length === 1) {
    first.undo();
    return;
  }
  // With several permits on screen, which one to void is the clerk's call: Alt+Z goes to the
  // first Undo, and again to the next; Enter then undoes the one focused.
  const focused = all.findIndex((offer) => offer.button.current === document.activeElement);
  all[(focused + 1) % all.length]?.button.current?.focus();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Alt+Z undoes the permit just issued from anywhere on the page, the plate field included, for
 * as long as `offered`; one listener serves every panel. Returns how many Undo are on offer, as
 * Alt+Z only moves between them when there are several.
 */
function useUndoShortcut(
  offered: boolean,
  undo: () => void,
  button: RefObject<HTMLButtonElement | null>,
): number {
  const latest = useRef(undo);
  latest.current = undo;
  useEffect(() => {
    if (!offered) return;
    const offer: UndoOffer = { undo: () => latest.current(), button };
    if (offers.size === 0) document.addEventListener("keydown", onKeyDown);
    offers.add(offer);
    changed();
    return () => {
      offers.delete(offer);
      if (offers.size === 0) document.removeEventListener("keydown", onKeyDown);
      changed();
    };
  }, [offered, button]);
  return useSyncExternalStore(
    subscribe,
    () => offers.size,
    () => 0,
  );
}

type UndoIssueProps = {
  /** Among several permits: "Undo" alone shows, the countdown without its key. */
  short?: boolean;
  permit: IssuedPermit;
  undoSeconds: number;
  opscomTimeoutMs: number;
  onVoided: () => void;
};

/**
 * Undo for `undoSeconds` after OPSCOM confirmed the permit: a void under one key, with a stable
 * reason. The countdown shows each second but is said once; Alt+Z works while the plate keeps
 * focus for the next guest, or, with several permits on screen, goes from one Undo to the next.
 */
export function UndoIssue({
  short,
  permit,
  undoSeconds,
  opscomTimeoutMs,
  onVoided,
}: UndoIssueProps) {
  const hintId = useId();
  const t = useMessages(issuePermitMessages);
  const common = useMessages(commonMessages);
  const { locale } = useLocale();
  const button = useRef<HTMLButtonElement>(null);
  const recordLink = useRef<HTMLAnchorElement>(null);
  const buttonHasFocus = useRef(false);
  const [deadline] = useState(() => Date.now() + undoSeconds * 1000);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [announced, setAnnounced] = useState(false);
  const mutation = useChangePermit();
  const attempted = !mutation.isIdle;
  const left = useSecondsLeft(deadline, !attempted);
  const offered = !attempted && left > 0;
  const expired = !attempted && left === 0;
  const recordHref = permitRecordHref(permit.journalId);
  const failedWith = mutation.isError ? problemOf(mutation.error) : undefined;
  const failure = failedWith && changeFailureKind(failedWith);

  async function undo() {
    if (mutation.isPending || mutation.isSuccess) return;
    try {
      await mutation.mutateAsync({
        submission: {
          permitId: permit.journalId,
          input: { action: "void", reason: UNDO_REASON },
          idempotencyKey,
        },
        opscomTimeoutMs,
      });
    } catch {
      return; // The mutation keeps the failure, which the alert shows.
    }
    onVoided();
    // The next guest's plate is what comes next, never another permit's Undo, where Enter
    // would void it.
    focusPlateField();
  }

  const several = useUndoShortcut(offered, undo, button) > 1;
  // Said once when offered, not at every tick of the countdown.
  useEffect(() => setAnnounced(true), []);
  useEffect(() => {
    if (expired && buttonHasFocus.current) recordLink.current?.focus();
  }, [expired]);

  return (
    // Its parts sit in the permit's row of buttons; what replaces Undo takes a line of its own.
    <div className="contents">
      {(offered || mutation.isPending) && (
        <div className="contents">
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
                {short ? (
                  <>
                    <span aria-hidden="true">{t("undoShort")}</span>
                    <span className="sr-only">{t("undo")}</span>
                  </>
                ) : (
                  t("undo")
                )}
                <span className="sr-only"> ({permit.plate})</span>
                <span aria-hidden="true" className="font-mono text-sm tabular-nums text-slate-700">
                  {!short && <span className="pointer-coarse:hidden">Alt+Z · </span>}
                  {`${left} s`}
                </span>
              </>
            )}
          </Button>
          <p id={hintId} className="sr-only">
            {t(several ? "undoHintSeveral" : "undoHint", { seconds: undoSeconds })}
          </p>
        </div>
      )}
      {expired && (
        <p className="basis-full text-sm text-slate-700">
          {t("undoOver")}{" "}
          <TextLink ref={recordLink} href={recordHref}>
            {t("openRecord")}
          </TextLink>
        </p>
      )}
      {mutation.isSuccess && (
        <p className="basis-full font-semibold text-slate-950">{t("voidedText")}</p>
      )}
      {failedWith && failure && (
        <Alert
          tone={failure === "unconfirmed" ? "warning" : "error"}
          title={t(`${failure}UndoTitle`)}
          className="basis-full"
        >
          <p>{problemText(failedWith, locale)}</p>
          {failure === "unconfirmed" && <p className="font-semibold">{t("unconfirmedAdvice")}</p>}
          {failure === "retry" && <p>{t("retryAdvice")}</p>}
          <div className="flex flex-wrap items-center gap-3">
            {failure !== "refused" && (
              <Button variant="secondary" disabled={mutation.isPending} onClick={undo}>
                {mutation.isPending ? t("undoing") : common("tryAgain")}
              </Button>
            )}
            <TextLink href={recordHref}>{t("openRecord")}</TextLink>
          </div>
        </Alert>
      )}
      <p role="status" className="sr-only">
        {mutation.isSuccess
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
