import type { PermitState } from "@permit-desk/schema";
import { historyMessages } from "../features/history/messages.ts";
import { classNames } from "../lib/class-names.ts";
import { useMessages } from "../lib/i18n/messages.ts";

const TONES: Record<PermitState, string> = {
  pending: "border-blue-700 bg-blue-50 text-blue-900",
  issued: "border-green-700 bg-green-50 text-green-900",
  rejected: "border-red-700 bg-red-50 text-red-900",
  unknown: "border-amber-800 bg-amber-200 text-amber-950",
  not_sent: "border-slate-500 bg-slate-100 text-slate-900",
};

/** The state in words; the colour only repeats what the words say. */
export function PermitStateBadge({ state }: { state: PermitState }) {
  const t = useMessages(historyMessages);
  return (
    <span
      className={classNames(
        "inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold",
        TONES[state],
      )}
    >
      {state === "unknown" && <span aria-hidden="true">⚠ </span>}
      {t("stateLabel", { state })}
    </span>
  );
}
