import type { ClientConfig, IssuedPermit } from "@permit-desk/schema";
import { useEffect, useId, useState } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { classNames } from "../../../lib/class-names.ts";
import { CLOCK, formatSiteTime } from "../../../lib/format-site-time.ts";
import { formatAmount } from "../../../lib/i18n/format.ts";
import type { Locale } from "../../../lib/i18n/locale.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitMessages } from "../messages.ts";
import { focusPlateField } from "./plate-field.tsx";
import { UndoIssue } from "./undo-issue.tsx";

/** What a permit cost, in the locale's money format; undefined for a free permit. */
export function formatPermitAmount(
  { amount, currency }: Pick<IssuedPermit, "amount" | "currency">,
  locale: Locale,
): string | undefined {
  return amount ? formatAmount(amount, currency || undefined, locale) : undefined;
}

const FEEDBACK_MS = 3000;

/** A reference's first characters, as a row among several shows it: "a95a1846…". */
export function shortReference(referenceId: string): string {
  return referenceId.length > 9 ? `${referenceId.slice(0, 8)}…` : referenceId;
}

/** Among several permits, the buttons show a short word; their names stay whole. */
type Short = { short?: boolean };

export function CopyReferenceButton({ referenceId, short }: { referenceId: string } & Short) {
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
    // The next guest's plate is what comes next: typing goes there, not to this button.
    focusPlateField();
  }

  return (
    <>
      <Button
        variant="secondary"
        aria-label={short ? t("copyReference") : undefined}
        onClick={copy}
      >
        {short ? t("copyShort") : t("copyReference")}
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
  /** One row among several permits issued at once, rather than the whole card. */
  row?: boolean;
  /** The next guest's plate is being typed: this permit is the previous one, drawn so. */
  previous?: boolean;
};

/** Where, when and for how much, in brief: "Lot 4 · Dec 6, 14:30 – 16:30 · $6.00". */
export function permitInBrief(
  permit: IssuedPermit,
  siteTimeZone: string,
  locale: Locale,
): string[] {
  const amount = formatPermitAmount(permit, locale);
  const brief = [permit.zone, validityInBrief(permit, siteTimeZone, locale)];
  return amount ? [...brief, amount] : brief;
}

/** When a permit is valid, short: "Dec 6, 14:30 – 16:30" on one day, both dates otherwise. */
function validityInBrief(permit: IssuedPermit, siteTimeZone: string, locale: string): string {
  const day = { month: "short", day: "numeric" } as const;
  const at = (instant: string, withDay: boolean) =>
    formatSiteTime(instant, siteTimeZone, locale, withDay ? { ...day, ...CLOCK } : CLOCK);
  const sameDay =
    formatSiteTime(permit.validFrom, siteTimeZone, locale, day) ===
    formatSiteTime(permit.validUntil, siteTimeZone, locale, day);
  return `${at(permit.validFrom, true)} – ${at(permit.validUntil, !sameDay)}`;
}

/**
 * A permit just issued: its plate large, as the clerk checks it against the car, then where and
 * when, the reference small but whole, Copy, Print and Undo. Among several, one compact row each.
 */
export function IssuedPermitPanel({
  permit,
  siteTimeZone,
  undoSeconds,
  opscomTimeoutMs,
  onVoided,
  row = false,
  previous = false,
}: IssuedPermitPanelProps) {
  const headingId = useId();
  const t = useMessages(issuePermitMessages);
  const [voided, setVoided] = useState(false);
  const { locale } = useLocale();
  const shortcut = printShortcut(globalThis.navigator?.platform ?? "");
  // Among several, where and when is said once above the rows: a row names its own number only.
  const details = row ? [] : permitInBrief(permit, siteTimeZone, locale);
  if (permit.permitNo && !row) details.push(`${t("permitNumber")} ${permit.permitNo}`);
  const reference = (
    <p className={classNames("flex items-baseline gap-2 text-sm", row ? "shrink-0" : "min-w-0")}>
      <span className="shrink-0 font-semibold text-slate-800">
        {row ? t("referenceShort") : t("reference")}
      </span>
      {row ? (
        // Its first characters, enough to tell it from another; Copy takes the whole of it.
        <>
          <span aria-hidden="true" className="font-mono text-slate-950" title={permit.referenceId}>
            {shortReference(permit.referenceId)}
          </span>
          <span className="sr-only">{permit.referenceId}</span>
        </>
      ) : (
        <span className="min-w-0 truncate font-mono text-slate-950" title={permit.referenceId}>
          {permit.referenceId}
        </span>
      )}
    </p>
  );
  const rowNumber = row && permit.permitNo && (
    <p className="min-w-0 flex-1 truncate text-sm text-slate-800" title={permit.permitNo}>
      <span aria-hidden="true">{t("permitNumberShort")} </span>
      <span className="sr-only">{t("permitNumber")} </span>
      {permit.permitNo}
    </p>
  );
  const quiet = voided || previous;

  return (
    <section
      aria-labelledby={headingId}
      className={classNames(
        "rounded-lg border-2",
        row ? "px-3 py-2" : "p-3 sm:p-4",
        quiet ? "border-slate-400 bg-slate-50" : "border-green-700 bg-green-50",
      )}
    >
      <h2
        id={headingId}
        className={classNames(
          row ? "sr-only" : "text-base font-bold",
          quiet ? "text-slate-900" : "text-green-900",
        )}
      >
        {previous && !voided && `${t("previousPermit")} `}
        {voided ? t("voidedHeading") : t("permitIssued")}
      </h2>
      <div className="flex flex-wrap items-baseline gap-x-4">
        <p
          className={classNames(
            "font-mono font-bold text-slate-950",
            row ? "text-2xl" : "text-4xl",
          )}
        >
          <span className="sr-only">{t("plate")} </span>
          {permit.plate}
        </p>
        {row && reference}
        {rowNumber}
        {details.length > 0 && <p className="text-sm text-slate-800">{details.join(" · ")}</p>}
      </div>
      {!row && reference}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <CopyReferenceButton referenceId={permit.referenceId} short={row} />
        {/* The browser's own print key does the same from anywhere, the plate field included:
            the print stylesheet prints the slip alone. */}
        {!voided && (
          <Button
            variant="secondary"
            aria-keyshortcuts={shortcut.ariaKeyShortcuts}
            aria-label={row ? t("printSlip") : undefined}
            onClick={() => {
              window.print();
              // As after Copy: the next guest's plate is what comes next.
              focusPlateField();
            }}
          >
            {row ? t("printShort") : t("printSlip")}
            {!row && <span className="pointer-coarse:hidden"> ({shortcut.label})</span>}
          </Button>
        )}
        {undoSeconds > 0 && (
          <UndoIssue
            short={row}
            permit={permit}
            undoSeconds={undoSeconds}
            opscomTimeoutMs={opscomTimeoutMs}
            onVoided={() => {
              setVoided(true);
              onVoided();
            }}
          />
        )}
      </div>
    </section>
  );
}

type IssuedPermitsProps = {
  config: ClientConfig;
  permits: readonly IssuedPermit[];
  /** How many plates the submission had: several make a summary and one row each. */
  plates: number;
  previous: boolean;
  onVoided: (permit: IssuedPermit) => void;
};

/** What the last submission issued: one card, or a one-line summary and a row per permit. */
export function IssuedPermits({ config, permits, plates, previous, onVoided }: IssuedPermitsProps) {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  if (permits.length === 0) return null;
  const row = plates > 1;
  const panels = permits.map((permit) => (
    <IssuedPermitPanel
      key={permit.referenceId}
      permit={permit}
      siteTimeZone={config.siteTimeZone}
      undoSeconds={config.undoSeconds}
      opscomTimeoutMs={config.opscomTimeoutMs}
      onVoided={() => onVoided(permit)}
      row={row}
      previous={previous}
    />
  ));
  if (!row) return panels;
  return (
    <section aria-labelledby="issued-summary" className="space-y-1.5">
      <h2 id="issued-summary" className="font-bold text-slate-950">
        {previous && `${t("previousPermit")} `}
        {t("issuedOfTyped", { issued: permits.length, typed: plates })}
      </h2>
      <p className="text-sm text-slate-800">
        {permits[0] && permitInBrief(permits[0], config.siteTimeZone, locale).join(" · ")}
      </p>
      {panels}
    </section>
  );
}
