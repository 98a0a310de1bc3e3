import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useMessages } from "../../lib/i18n/messages.ts";

/** Stands in for a fact the record does not have, in words rather than a dash. */
export function NotRecorded({ children }: { children?: string }) {
  const t = useMessages(commonMessages);
  return <span className="italic text-slate-600">{children ?? t("notRecorded")}</span>;
}
