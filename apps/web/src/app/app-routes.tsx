import type { ClientConfig } from "@permit-desk/schema";
import { type ReactNode, Suspense } from "react";
import { Route, Switch } from "wouter";
import { IssuePermitPagePlaceholder } from "../features/issue-permit/components/issue-permit-page-placeholder.tsx";
import { Loading } from "./loading.tsx";
import { NotFoundPage } from "./not-found-page.tsx";
import { historyPage, issuePermitPage, permitRecordPage } from "./pages.ts";

type AppRoutesProps = {
  /** The site's settings, undefined while they load or when they could not be loaded. */
  config: ClientConfig | undefined;
  /** Whether they are still loading, rather than failed (which the shell reports). */
  configLoading: boolean;
};

/** Pages that show site times need the settings first; the Issue page does not wait for them. */
function WithConfig({
  config,
  configLoading,
  children,
}: AppRoutesProps & { children: (config: ClientConfig) => ReactNode }) {
  if (config) return <Suspense fallback={<Loading />}>{children(config)}</Suspense>;
  return configLoading ? <Loading /> : null;
}

export function AppRoutes({ config, configLoading }: AppRoutesProps) {
  return (
    <Switch>
      <Route path="/">
        <Suspense fallback={<IssuePermitPagePlaceholder />}>
          <issuePermitPage.Page config={config} />
        </Suspense>
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
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
