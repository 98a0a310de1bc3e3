import type { ClientConfig, IssuedPermit } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { formatSiteTime } from "../../../lib/format-site-time.ts";
import { useLocale } from "../../../lib/i18n/locale-context.tsx";
import { useMessages } from "../../../lib/i18n/messages.ts";
import { lazyPart } from "../../../lib/lazy-part.ts";
import { templatesQueryOptions } from "../../../lib/shared-queries.ts";
import { issuePermitMessages } from "../messages.ts";
import { IssuePermitForm } from "./issue-permit-form.tsx";
import {
  IssuePermitHeading,
  IssuePermitPagePlaceholder,
} from "./issue-permit-page-placeholder.tsx";

const loadSlips = () => import("./permit-slip.tsx");
const loadOutcome = () => import("./issued-permit-panel.tsx");

/** Starts both downloads; a failure surfaces when the part is drawn. */
function preloadOutcome(): void {
  loadOutcome().catch(() => undefined);
  loadSlips().catch(() => undefined);
}

/**
 * What was issued, with Undo, Copy and Print, is drawn only after issuing: its chunk is fetched
 * once a plate is typed (or, typed ahead, when it is sent), so it is there when OPSCOM answers, and the first screen does not carry
 * it. A failed download is the page's failure, like the page's own.
 */
const IssuedPermits = lazy(() =>
  loadOutcome().then((module) => ({ default: module.IssuedPermits })),
);

/**
 * The printed slips (and their QR code) come in a chunk of their own, fetched when a permit is
 * being issued: by the time OPSCOM answers they are there, and the Issue page's first screen does
 * not carry them. A chunk that cannot be downloaded leaves the slips out, not the page.
 */
const PermitSlips = lazyPart(() => loadSlips().then((module) => module.PermitSlips));

type IssuedPermitAnnouncementProps = {
  permits: readonly IssuedPermit[];
  /** References of the permits Undo voided since: their panels say so, this no longer says issued. */
  undone: readonly string[];
  siteTimeZone: string;
};

/**
 * A short sentence for screen readers, one per permit when several plates were issued. The live
 * region stays mounted so that the change is announced, while focus goes back to the plate for
 * the next permit.
 */
export function IssuedPermitAnnouncement({
  permits,
  undone,
  siteTimeZone,
}: IssuedPermitAnnouncementProps) {
  const t = useMessages(issuePermitMessages);
  const { locale } = useLocale();
  return (
    <div role="status" className="sr-only">
      {permits
        .filter((permit) => !undone.includes(permit.referenceId))
        .map((permit) =>
          t("announcement", {
            plate: permit.plate,
            zone: permit.zone,
            time: formatSiteTime(permit.validUntil, siteTimeZone, locale),
            reference: permit.referenceId,
          }),
        )
        .join(" ")}
    </div>
  );
}

/** `config` is undefined while the site's settings load: the form is usable before they arrive. */
export function IssuePermitPage({ config }: { config: ClientConfig | undefined }) {
  const [issued, setIssued] = useState<{ permits: IssuedPermit[]; plates: number }>({
    permits: [],
    plates: 0,
  });
  const [undone, setUndone] = useState<readonly string[]>([]);
  const [plateTyped, setPlateTyped] = useState(false);
  const { locale } = useLocale();
  // The templates decide how tall the form is: it is drawn once they are known (or their first
  // request failed), so that nothing below them moves when they arrive; and it stays, whatever
  // becomes of them, such as a new session asking for them again.
  const templates = useQuery(templatesQueryOptions());
  const [formShown, setFormShown] = useState(false);
  if (!formShown && !(templates.isPending && templates.failureCount === 0)) setFormShown(true);
  if (!formShown) return <IssuePermitPagePlaceholder />;
  const { permits } = issued;
  return (
    <>
      {config && (
        <>
          <IssuedPermitAnnouncement
            permits={permits}
            undone={undone}
            siteTimeZone={config.siteTimeZone}
          />
          {/* Drawn, and so downloaded, only once there is something to print or show: the
              downloads start earlier, when a plate is typed and when it is sent. */}
          {permits.length > 0 && (
            <Suspense fallback={null}>
              <PermitSlips
                permits={permits.filter((permit) => !undone.includes(permit.referenceId))}
                siteTimeZone={config.siteTimeZone}
                locale={locale}
              />
            </Suspense>
          )}
        </>
      )}
      <div className="print:hidden">
        <IssuePermitForm
          config={config}
          heading={<IssuePermitHeading />}
          onIssuing={() => {
            preloadOutcome();
            setIssued({ permits: [], plates: 0 });
          }}
          onIssued={(next, plates) => setIssued({ permits: next, plates })}
          onPlateTyped={(typed) => {
            if (typed) preloadOutcome();
            setPlateTyped(typed);
          }}
          results={
            config &&
            permits.length > 0 && (
              <Suspense fallback={null}>
                <IssuedPermits
                  config={config}
                  permits={permits}
                  plates={issued.plates}
                  previous={plateTyped}
                  onVoided={(permit) =>
                    setUndone((references) => [...references, permit.referenceId])
                  }
                />
              </Suspense>
            )
          }
        />
      </div>
    </>
  );
}
