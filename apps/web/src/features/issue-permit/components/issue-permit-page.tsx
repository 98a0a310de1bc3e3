import type { ClientConfig, IssuedPermit } from "@permit-desk/schema";
import { useState } from "react";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { IssuePermitForm } from "./issue-permit-form.tsx";
import { IssuePermitHeading } from "./issue-permit-page-placeholder.tsx";
import { IssuedPermitAnnouncement } from "./issued-permit-announcement.tsx";
import { IssuedPermitPanel } from "./issued-permit-panel.tsx";
import { PermitSlips } from "./permit-slip.tsx";

/** `config` is undefined while the site's settings load: the form is usable before they arrive. */
export function IssuePermitPage({ config }: { config: ClientConfig | undefined }) {
  const [issued, setIssued] = useState<IssuedPermit[]>([]);
  const [undone, setUndone] = useState<readonly string[]>([]);
  const { locale } = useLocale();
  return (
    <div className="space-y-6">
      <IssuePermitHeading />
      {config && (
        <IssuedPermitAnnouncement
          permits={issued}
          undone={undone}
          siteTimeZone={config.siteTimeZone}
        />
      )}
      {config &&
        issued.map((permit) => (
          <IssuedPermitPanel
            key={permit.referenceId}
            permit={permit}
            siteTimeZone={config.siteTimeZone}
            undoSeconds={config.undoSeconds}
            opscomTimeoutMs={config.opscomTimeoutMs}
            onVoided={() => setUndone((references) => [...references, permit.referenceId])}
          />
        ))}
      {config && (
        <PermitSlips
          permits={issued.filter((permit) => !undone.includes(permit.referenceId))}
          siteTimeZone={config.siteTimeZone}
          locale={locale}
        />
      )}
      <div className="print:hidden">
        <IssuePermitForm config={config} onIssuing={() => setIssued([])} onIssued={setIssued} />
      </div>
    </div>
  );
}
