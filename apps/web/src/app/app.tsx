import { useQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { Alert } from "../components/ui/alert.tsx";
import { Button } from "../components/ui/button.tsx";
import { problemOf } from "../lib/api-request-error.ts";
import { clientConfigQueryOptions } from "../lib/client-config.ts";
import { IssuePermitPage } from "./issue-permit-route.ts";
import { Layout } from "./layout.tsx";
import { PageErrorBoundary } from "./page-error-boundary.tsx";
import { AppProvider } from "./provider.tsx";

function Loading() {
  return <p role="status">Loading Permit Desk…</p>;
}

function AppContent() {
  const config = useQuery(clientConfigQueryOptions());
  if (config.isPending) {
    return (
      <Layout demo={false}>
        <Loading />
      </Layout>
    );
  }
  if (config.isError) {
    return (
      <Layout demo={false}>
        <Alert tone="error" title="Permit Desk could not load its settings">
          <p>{problemOf(config.error).message}</p>
          <Button variant="secondary" onClick={() => config.refetch()}>
            Try again
          </Button>
        </Alert>
      </Layout>
    );
  }
  return (
    <Layout demo={config.data.demo}>
      <PageErrorBoundary>
        <Suspense fallback={<Loading />}>
          <IssuePermitPage config={config.data} />
        </Suspense>
      </PageErrorBoundary>
    </Layout>
  );
}

export function App() {
  return (
    <AppProvider>
      <AppContent />
    </AppProvider>
  );
}
