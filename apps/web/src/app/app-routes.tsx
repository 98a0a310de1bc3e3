import type { ClientConfig } from "@permit-desk/schema";
import { Route, Switch } from "wouter";
import { NotFoundPage } from "./not-found-page.tsx";
import { historyPage, issuePermitPage, permitRecordPage } from "./pages.ts";

export function AppRoutes({ config }: { config: ClientConfig }) {
  return (
    <Switch>
      <Route path="/">
        <issuePermitPage.Page config={config} />
      </Route>
      <Route path="/history">
        <historyPage.Page config={config} />
      </Route>
      <Route path="/history/:id">
        {({ id }) => <permitRecordPage.Page key={id} id={id} config={config} />}
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
