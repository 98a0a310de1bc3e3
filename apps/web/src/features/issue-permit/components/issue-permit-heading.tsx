import { useMessages } from "../../../lib/i18n/messages.ts";
import { issuePermitEntryMessages } from "../entry-messages.ts";

export function IssuePermitHeading() {
  const t = useMessages(issuePermitEntryMessages);
  return <h1 className="text-2xl font-bold text-slate-950 print:hidden">{t("heading")}</h1>;
}
