import type { ClientConfig } from "@permit-desk/schema";
import { useHistoryState } from "wouter/use-browser-location";
import { Alert } from "../../components/ui/alert.tsx";
import { Button } from "../../components/ui/button.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { TextLink } from "../../components/ui/text-link.tsx";
import { problemOf } from "../../lib/api-request-error.ts";
import { commonMessages } from "../../lib/i18n/common-messages.ts";
import { useMessages } from "../../lib/i18n/messages.ts";
import { useProblemText } from "../../lib/i18n/problem-text.ts";
import { historySearchFromState } from "../../lib/permit-record-href.ts";
import { usePermitRecord } from "./api.ts";
import { permitRecordMessages } from "./messages.ts";
import { PermitRecordView } from "./permit-record-view.tsx";

type PermitRecordPageProps = { id: string; config: ClientConfig };

function BackToHistory() {
  const historySearch = historySearchFromState(useHistoryState<unknown>());
  const t = useMessages(permitRecordMessages);
  return (
    <TextLink href={historySearch ? `/history?${historySearch}` : "/history"}>
      <span aria-hidden="true">← </span>
      {t("backToHistory")}
    </TextLink>
  );
}

export function PermitRecordPage({ id, config }: PermitRecordPageProps) {
  const record = usePermitRecord(id);
  const t = useMessages(permitRecordMessages);
  const common = useMessages(commonMessages);
  const problemText = useProblemText();
  return (
    <div className="space-y-6">
      <BackToHistory />
      <PageHeading title={t("recordTitle")}>{t("recordTitle")}</PageHeading>
      {record.isPending && <p role="status">{t("loadingRecord")}</p>}
      {record.isError && (
        <Alert tone="error" title={t("recordFailed")}>
          <p>{problemText(record.error)}</p>
          {problemOf(record.error).status !== 404 && (
            <Button variant="secondary" onClick={() => record.refetch()}>
              {common("tryAgain")}
            </Button>
          )}
        </Alert>
      )}
      {record.isSuccess && <PermitRecordView record={record.data} config={config} />}
    </div>
  );
}
