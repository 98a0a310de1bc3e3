import { useQuery } from "@tanstack/react-query";
import { useRoute } from "wouter";
import { clientConfigQueryOptions } from "../lib/client-config.ts";
import { AppRoutes } from "./app-routes.tsx";
import { ConfigFailureAlert } from "./config-failure-alert.tsx";
import { Layout } from "./layout.tsx";
import { PageErrorBoundary } from "./page-error-boundary.tsx";
import { preloadPageAt } from "./pages.ts";
import { AppProvider } from "./provider.tsx";

preloadPageAt(window.location.pathname);

function AppContent() {
  const config = useQuery(clientConfigQueryOptions());
  const [onIssuePage] = useRoute("/");
  return (
    <Layout demo={config.data?.demo ?? false} width={onIssuePage ? "narrow" : "wide"}>
      {config.isError && (
        <ConfigFailureAlert error={config.error} onTryAgain={() => config.refetch()} />
      )}
      <PageErrorBoundary>
        <AppRoutes config={config.data} configLoading={config.isPending} />
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
