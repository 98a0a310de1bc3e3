import { formatSiteTime } from "../../lib/format-site-time.ts";
import { useLocale } from "../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import type { ChangeBlock } from "./change-block.ts";
import { type PermitRecordWords, permitRecordMessages } from "./messages.ts";

type ChangeBlockNoteProps = { id: string; block: ChangeBlock; siteTimeZone: string };

function blockText(block: ChangeBlock, t: PermitRecordWords, at: (instant: string) => string) {
  switch (block.kind) {
    case "voided":
      return t("blockVoided");
    case "pending":
      return t("blockPending");
    case "notIssued":
      return t("blockNotIssued");
    case "unconfirmed":
      return t("blockUnconfirmed");
    case "changeInFlight":
      return t("blockChangeInFlight");
    case "changeUnconfirmed":
      return t("blockChangeUnconfirmed");
    case "notYours":
      return t("blockNotYours");
    case "notYourZone":
      return t("blockNotYourZone", { zone: block.zone });
    case "windowClosed":
      return t("blockWindowClosed", { minutes: block.minutes, time: at(block.startedAt) });
  }
}

/** Why the permit cannot be changed now, in the member's words. */
export function ChangeBlockNote({ id, block, siteTimeZone }: ChangeBlockNoteProps) {
  const t = useMessages(permitRecordMessages);
  const { locale } = useLocale();
  const at = (instant: string) => formatSiteTime(instant, siteTimeZone, locale);
  return (
    <p id={id} className="font-semibold text-slate-900">
      {blockText(block, t, at)}
    </p>
  );
}
