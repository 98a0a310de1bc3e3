import type { HistoryQueryInput } from "@permit-desk/schema";
import * as permitEndpoints from "@permit-desk/schema/endpoints/permits";
import { linkClassName } from "../../../components/ui/link-class-name.ts";
import { endpointUrl } from "../../../lib/api-client.ts";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { historyMessages } from "../messages.ts";

/** The BFF sends the file as an attachment: a plain link, no script involved. */
export function CsvDownloadLink({ query }: { query: HistoryQueryInput }) {
  const t = useMessages(historyMessages);
  const href = endpointUrl(permitEndpoints.exportPermits, { query });
  return (
    <a href={href} download className={linkClassName}>
      {t("downloadCsv")}
      <span className="sr-only">{t("downloadCsvDetail")}</span>
    </a>
  );
}
