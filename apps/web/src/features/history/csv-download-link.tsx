import type { HistoryQueryInput } from "@permit-desk/schema";
import { linkClassName } from "../../components/ui/styles.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { historyQueryString } from "./history-query.ts";
import { historyMessages } from "./messages.ts";

/** The BFF sends the file as an attachment: a plain link, no script involved. */
export function CsvDownloadLink({ query }: { query: HistoryQueryInput }) {
  const t = useMessages(historyMessages);
  const search = historyQueryString(query);
  const href = search ? `/api/permits/export.csv?${search}` : "/api/permits/export.csv";
  return (
    <a href={href} download className={linkClassName}>
      {t("downloadCsv")}
      <span className="sr-only">{t("downloadCsvDetail")}</span>
    </a>
  );
}
