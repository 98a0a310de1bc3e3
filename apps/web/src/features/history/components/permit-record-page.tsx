import type { ClientConfig } from "@permit-desk/schema";
import { useHistoryState } from "wouter/use-browser-location";
import { Alert } from "../../../components/ui/alert.tsx";
import { Button } from "../../../components/ui/button.tsx";
import { PageHeading } from "../../../components/ui/page-heading.tsx";
import { TextLink } from "../../../components/ui/text-link.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { usePermitRecord } from "../api/get-permit-record.ts";
import { historySearchFromState } from "../utils/permit-record-href.ts";
import { PermitRecordView } from "./permit-record-view.tsx";

type PermitRecordPageProps = { id: string; config: ClientConfig };

function BackToHistory() {
  const historySearch = historySearchFromState(useHistoryState<unknown>());
  return (
    <TextLink href={historySearch ? `/history?${historySearch}` : "/history"}>
      <span aria-hidden="true">← </span>Back to history
    </TextLink>
  );
}

export function PermitRecordPage({ id, config }: PermitRecordPageProps) {
  const record = usePermitRecord(id);
  return (
    <div className="space-y-6">
      <BackToHistory />
      <PageHeading title="Permit record">Permit record</PageHeading>
      {record.isPending && <p role="status">Loading the record…</p>}
      {record.isError && (
        <Alert tone="error" title="This record could not be loaded">
          <p>{problemOf(record.error).message}</p>
          {problemOf(record.error).status !== 404 && (
            <Button variant="secondary" onClick={() => record.refetch()}>
              Try again
            </Button>
          )}
        </Alert>
      )}
      {record.isSuccess && (
        <PermitRecordView record={record.data} siteTimeZone={config.siteTimeZone} />
      )}
    </div>
  );
}
