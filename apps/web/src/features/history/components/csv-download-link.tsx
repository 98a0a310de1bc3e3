import type { HistoryQueryInput } from "@permit-desk/schema";
import { linkClassName } from "../../../components/ui/link-class-name.ts";
import { historyQueryString } from "../utils/history-query.ts";

/** The BFF sends the file as an attachment: a plain link, no script involved. */
export function CsvDownloadLink({ query }: { query: HistoryQueryInput }) {
  const search = historyQueryString(query);
  const href = search ? `/api/permits/export.csv?${search}` : "/api/permits/export.csv";
  return (
    <a href={href} download className={linkClassName}>
      Download CSV
      <span className="sr-only"> of the permits matching these filters</span>
    </a>
  );
}
