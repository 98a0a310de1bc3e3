import type { IssuedPermit } from "@permit-desk/schema";
import { useEffect, useId, useState } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { classNames } from "../../../lib/class-names.ts";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import { formatAmount } from "../../../lib/i18n/format.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";
import { UndoIssue } from "./undo-issue.tsx";

/** What a permit cost, in the locale's money format; undefined for a free permit. */
export function formatPermitAmount(
  { amount, currency }: Pick<IssuedPermit, "amount" | "currency">,
  locale: Locale,
): string | undefined {
  return amount ? formatAmount(amount, currency || undefined, locale) : undefined;
}

const FEEDBACK_MS = 3000;

export function CopyReferenceButton({ referenceId }: { referenceId: string }) {
  const t = useMessages(issuePermitMessages);
  const [state, setState] = useState<"idle" | "copied" | "copyFailed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(referenceId);
      setState("copied");
    } catch {
      setState("copyFailed");
    }
  }

  return (
    <>
      <Button variant="secondary" onClick={copy}>
        {t("copyReference")}
      </Button>
      {/* Last in the row, after any sibling button, so the feedback never pushes them around. */}
      <span
        role="status"
        className={classNames(
          "order-last text-sm font-semibold",
          state === "copyFailed" ? "text-red-700" : "text-green-800",
        )}
      >
        {state === "copied" && <span aria-hidden="true">✓ </span>}
        {state !== "idle" && t(state)}
      </span>
    </>
  );
}

const APPLE_PLATFORM = /mac|iphone|ipad|ipod/i;

/**
 * The browser's own print key, which the print stylesheet turns into the permit slip: Cmd+P on
 * Apple devices, Ctrl+P elsewhere; `platform` is what the browser says it runs on.
 */
export function printShortcut(platform: string) {
  return APPLE_PLATFORM.test(platform)
    ? { label: "Cmd+P", ariaKeyShortcuts: "Meta+P" }
    : { label: "Ctrl+P", ariaKeyShortcuts: "Control+P" };
}

type IssuedPermitPanelProps = {
  permit: IssuedPermit;
  siteTimeZone: string;
  /** How long Undo is offered; 0 offers none. */
  undoSeconds: number;
  opscomTimeoutMs: number;
  /** Called once Undo voided the permit: it has no slip to print any more. */
  onVoided: () => void;
};

export function IssuedPermitPanel({
  permit,
  siteTimeZone,
  undoSeconds,
  opscomTimeoutMs,
  onVoided,
}: IssuedPermitPanelProps) {
  const headingId = useId();
  const t = useMessages(issuePermitMessages);
  const [voided, setVoided] = useState(false);
  const { locale } = useLocale();
  const shortcut = printShortcut(globalThis.navigator?.platform ?? "");
  const amount = formatPermitAmount(permit, locale);
  const summary: Array<[string, string]> = [
    [t("plate"), permit.plate],
    [t("zone"), permit.zone],
    [t("issuedValidFrom"), formatSiteTime(permit.validFrom, siteTimeZone, locale)],
    [t("issuedValidUntil"), formatSiteTime(permit.validUntil, siteTimeZone, locale)],
  ];
  if (amount) summary.push([t("amount"), amount]);
  if (permit.permitNo) summary.push([t("permitNumber"), permit.permitNo]);

  return (
    <section
      aria-labelledby={headingId}
      className={classNames(
        "rounded-lg border-2 p-4 sm:p-6",
        voided ? "border-slate-700 bg-slate-100" : "border-green-700 bg-green-50",
      )}
    >
      <h2
        id={headingId}
        className={`text-lg font-bold ${voided ? "text-slate-950" : "text-green-900"}`}
      >
        {voided ? t("voidedHeading") : t("permitIssued")}
      </h2>
      <p className="mt-3 text-sm font-semibold text-slate-700">{t("reference")}</p>
      <p className="break-all font-mono text-2xl font-bold text-slate-950 sm:text-3xl">
        {permit.referenceId}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <CopyReferenceButton referenceId={permit.referenceId} />
        {/* The browser's own print key does the same from anywhere, the plate field included:
            the print stylesheet prints the slip alone. */}
        {!voided && (
          <Button
            variant="secondary"
            aria-keyshortcuts={shortcut.ariaKeyShortcuts}
            onClick={() => window.print()}
          >
            {t("printSlip", { shortcut: shortcut.label })}
          </Button>
        )}
      </div>
      {undoSeconds > 0 && (
        <UndoIssue
          permit={permit}
          undoSeconds={undoSeconds}
          opscomTimeoutMs={opscomTimeoutMs}
          onVoided={() => {
            setVoided(true);
            onVoided();
          }}
        />
      )}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {summary.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold text-slate-700">{term}</dt>
            <dd className="text-slate-950">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
