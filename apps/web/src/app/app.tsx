import { useQuery } from "@tanstack/react-query";
import { Suspense } from "react";
import { useRoute } from "wouter";
import { Alert } from "../components/ui/alert.tsx";
import { Button } from "../components/ui/button.tsx";
import { problemOf } from "../lib/api-request-error.ts";
import { clientConfigQueryOptions } from "../lib/client-config.ts";
import { AppRoutes } from "./app-routes.tsx";
import { Layout } from "./layout.tsx";
import { PageErrorBoundary } from "./page-error-boundary.tsx";
import { preloadPageAt } from "./pages.ts";
import { AppProvider } from "./provider.tsx";

preloadPageAt(window.location.pathname);

function Loading() {
  return <p role="status">Loading Permit Desk…</p>;
}

function AppContent() {
  const config = useQuery(clientConfigQueryOptions());
  const [onIssuePage] = useRoute("/");
  const width = onIssuePage ? "narrow" : "wide";
  if (config.isPending) {
    return (
      <Layout demo={false} width={width}>
        <Loading />
      </Layout>
    );
  }
  if (config.isError) {
    return (
      <Layout demo={false} width={width}>
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
    <Layout demo={config.data.demo} width={width}>
      <PageErrorBoundary>
        <Suspense fallback={<Loading />}>
          <AppRoutes config={config.data} />
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
