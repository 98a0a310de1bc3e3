import type { ClientConfig, IssuedPermit } from "@permit-desk/schema";
import { useState } from "react";
import { IssuePermitForm } from "./issue-permit-form.tsx";
import { IssuedPermitAnnouncement } from "./issued-permit-announcement.tsx";
import { IssuedPermitPanel } from "./issued-permit-panel.tsx";

export function IssuePermitPage({ config }: { config: ClientConfig }) {
  const [issued, setIssued] = useState<IssuedPermit | undefined>(undefined);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-slate-950 print:hidden">Issue a permit</h1>
      <IssuedPermitAnnouncement permit={issued} siteTimeZone={config.siteTimeZone} />
      {issued && (
        <IssuedPermitPanel
          key={issued.referenceId}
          permit={issued}
          siteTimeZone={config.siteTimeZone}
        />
      )}
      <div className="print:hidden">
        <IssuePermitForm
          config={config}
          onIssuing={() => setIssued(undefined)}
          onIssued={setIssued}
        />
      </div>
    </div>
  );
}
