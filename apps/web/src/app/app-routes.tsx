import type { ClientConfig, Role } from "@permit-desk/schema";
import { type ReactNode, Suspense } from "react";
import { Route, Switch } from "wouter";
import { PageHeading } from "../components/ui/page-heading.tsx";
import { TextLink } from "../components/ui/text-link.tsx";
import { IssuePermitPagePlaceholder } from "../features/issue-permit/components/issue-permit-page-placeholder.tsx";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { useMessages } from "../lib/i18n/messages.ts";
import {
  auditPage,
  changePasswordPage,
  dayPage,
  historyPage,
  issuePermitPage,
  listsPage,
  permitRecordPage,
  statusPage,
  templatesPage,
  usersPage,
  zonesPage,
} from "./pages.ts";

export function Loading() {
  const t = useMessages(commonMessages);
  return <p role="status">{t("loading")}</p>;
}

function NotFoundPage() {
  const t = useMessages(commonMessages);
  return (
    <div className="space-y-4">
      <PageHeading title={t("notFound")} />
      <p>{t("notFoundText")}</p>
      <p>
        <TextLink href="/">{t("notFoundIssue")}</TextLink> {t("notFoundOr")}{" "}
        <TextLink href="/history">{t("notFoundHistory")}</TextLink>.
      </p>
    </div>
  );
}

type AppRoutesProps = {
  /** The site's settings, undefined while they load or when they could not be loaded. */
  config: ClientConfig | undefined;
  /** Whether they are still loading, rather than failed (which the shell reports). */
  configLoading: boolean;
  role: Role;
};

/** Pages that show site times need the settings first; the Issue page does not wait for them. */
function WithConfig({
  config,
  configLoading,
  children,
}: Omit<AppRoutesProps, "role"> & { children: (config: ClientConfig) => ReactNode }) {
  if (config) return <Suspense fallback={<Loading />}>{children(config)}</Suspense>;
  return configLoading ? <Loading /> : null;
}

/** Pages only administrators reach; anyone else finds nothing there, as the BFF refuses them too. */
function AdminOnly({ role, children }: { role: Role; children: ReactNode }) {
  if (role !== "admin") return <NotFoundPage />;
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

export function AppRoutes({ config, configLoading, role }: AppRoutesProps) {
  return (
    <Switch>
      <Route path="/">
        <Suspense fallback={<IssuePermitPagePlaceholder />}>
          <issuePermitPage.Page config={config} />
        </Suspense>
      </Route>
      <Route path="/today">
        <WithConfig config={config} configLoading={configLoading}>
          {(loaded) =>
            role === "validator" ? (
              <NotFoundPage />
            ) : (
              <dayPage.Page siteTimeZone={loaded.siteTimeZone} />
            )
          }
        </WithConfig>
      </Route>
      <Route path="/history">
        <WithConfig config={config} configLoading={configLoading}>
          {(loaded) => <historyPage.Page config={loaded} />}
        </WithConfig>
      </Route>
      <Route path="/history/:id">
        {({ id }) => (
          <WithConfig config={config} configLoading={configLoading}>
            {(loaded) => <permitRecordPage.Page key={id} id={id} config={loaded} />}
          </WithConfig>
        )}
      </Route>
      <Route path="/password">
        <Suspense fallback={<Loading />}>
          <changePasswordPage.Page />
        </Suspense>
      </Route>
      <Route path="/users">
        <AdminOnly role={role}>
          <usersPage.Page />
        </AdminOnly>
      </Route>
      <Route path="/zones">
        <AdminOnly role={role}>
          <zonesPage.Page />
        </AdminOnly>
      </Route>
      <Route path="/templates">
        <WithConfig config={config} configLoading={configLoading}>
          {(loaded) =>
            role === "validator" ? <NotFoundPage /> : <templatesPage.Page config={loaded} />
          }
        </WithConfig>
      </Route>
      <Route path="/lists">
        <WithConfig config={config} configLoading={configLoading}>
          {(loaded) =>
            role === "validator" ? <NotFoundPage /> : <listsPage.Page config={loaded} />
          }
        </WithConfig>
      </Route>
      <Route path="/audit">
        <WithConfig config={config} configLoading={configLoading}>
          {(loaded) => (
            <AdminOnly role={role}>
              <auditPage.Page siteTimeZone={loaded.siteTimeZone} />
            </AdminOnly>
          )}
        </WithConfig>
      </Route>
      <Route path="/status">
        <WithConfig config={config} configLoading={configLoading}>
          {(loaded) => (
            <AdminOnly role={role}>
              <statusPage.Page siteTimeZone={loaded.siteTimeZone} />
            </AdminOnly>
          )}
        </WithConfig>
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
