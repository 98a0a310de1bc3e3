import type { ClientConfig, IssuedPermit } from "@permit-desk/schema";
import { useState } from "react";
import { IssuePermitForm } from "./issue-permit-form.tsx";
import { IssuePermitHeading } from "./issue-permit-heading.tsx";
import { IssuedPermitAnnouncement } from "./issued-permit-announcement.tsx";
import { IssuedPermitPanel } from "./issued-permit-panel.tsx";

/** `config` is undefined while the site's settings load: the form is usable before they arrive. */
export function IssuePermitPage({ config }: { config: ClientConfig | undefined }) {
  const [issued, setIssued] = useState<IssuedPermit | undefined>(undefined);
  return (
    <div className="space-y-6">
      <IssuePermitHeading />
      {config && <IssuedPermitAnnouncement permit={issued} siteTimeZone={config.siteTimeZone} />}
      {issued && config && (
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
