import type { StaffMember } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { Suspense, useState } from "react";
import { useRoute } from "wouter";
import { IssuePermitPagePlaceholder } from "../features/issue-permit/components/issue-permit-page-placeholder.tsx";
import { clientConfigQueryOptions, useDemoMode } from "../lib/client-config.ts";
import { sessionQueryOptions, setupStatusQueryOptions } from "../lib/session.ts";
import { AppRoutes } from "./app-routes.tsx";
import { ConfigFailureAlert } from "./config-failure-alert.tsx";
import { Layout } from "./layout.tsx";
import { Loading } from "./loading.tsx";
import { MainNav } from "./main-nav.tsx";
import { PageErrorBoundary } from "./page-error-boundary.tsx";
import { firstAdminPage, preloadPage, preloadPageAt, signInPage } from "./pages.ts";
import { AppProvider } from "./provider.tsx";
import { SignedInMember } from "./signed-in-member.tsx";
import { StartupFailureAlert } from "./startup-failure-alert.tsx";
import { useFocusKeptOverSignIn } from "./use-focus-kept-over-sign-in.ts";

preloadPageAt(window.location.pathname);

type SignedInAppProps = { member: StaffMember; onSignedOut: () => void };

function SignedInApp({ member, onSignedOut }: SignedInAppProps) {
  const config = useQuery(clientConfigQueryOptions());
  const demo = useDemoMode();
  const [onIssuePage] = useRoute("/");
  return (
    <Layout
      demo={config.data?.demo ?? demo}
      width={onIssuePage ? "narrow" : "wide"}
      header={
        <>
          <MainNav role={member.role} />
          <SignedInMember member={member} onSignedOut={onSignedOut} />
        </>
      }
    >
      {config.isError && (
        <ConfigFailureAlert error={config.error} onTryAgain={() => config.refetch()} />
      )}
      <PageErrorBoundary>
        <AppRoutes config={config.data} configLoading={config.isPending} role={member.role} />
      </PageErrorBoundary>
    </Layout>
  );
}

/** A page shown before anyone is signed in: no navigation, nothing of the site's data. */
function SignedOutScreen({ children }: { children: React.ReactNode }) {
  return (
    <Layout demo={useDemoMode()} width="narrow">
      <PageErrorBoundary>
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </PageErrorBoundary>
    </Layout>
  );
}

/**
 * Who may see what: the first administrator's creation while nobody has an account, the sign-in
 * page while nobody is signed in, the app otherwise. When a session ends while the app is open,
 * sign-in comes over it and the app stays mounted underneath, keeping what was typed.
 */
function SessionGate() {
  const setup = useQuery(setupStatusQueryOptions());
  const session = useQuery(sessionQueryOptions());
  const [onIssuePage] = useRoute("/");
  const [retained, setRetained] = useState<StaffMember | undefined>(undefined);
  const demo = useDemoMode();
  const member = session.data ?? undefined;
  if (member && member !== retained) setRetained(member);
  useFocusKeptOverSignIn(member !== undefined, member === undefined && retained !== undefined);

  if (setup.isError || session.isError) {
    const retry = () => Promise.all([setup.refetch(), session.refetch()]);
    return (
      <SignedOutScreen>
        <StartupFailureAlert error={setup.error ?? session.error} onTryAgain={retry} />
      </SignedOutScreen>
    );
  }
  if (setup.data?.needsFirstAdmin) {
    return (
      <SignedOutScreen>
        <firstAdminPage.Page />
      </SignedOutScreen>
    );
  }
  if (setup.isPending || session.isPending) {
    // The Issue page's plate takes keys at once; most opens are by someone already signed in.
    return (
      <Layout demo={demo} width="narrow">
        {onIssuePage ? <IssuePermitPagePlaceholder /> : <Loading />}
      </Layout>
    );
  }
  const shown = member ?? retained;
  if (!shown) {
    preloadPage(signInPage);
    return (
      <SignedOutScreen>
        <signInPage.Page sessionEnded={false} />
      </SignedOutScreen>
    );
  }
  return (
    <>
      {!member && (
        <SignedOutScreen>
          <signInPage.Page sessionEnded />
        </SignedOutScreen>
      )}
      <div hidden={!member} inert={!member}>
        <SignedInApp key={shown.id} member={shown} onSignedOut={() => setRetained(undefined)} />
      </div>
    </>
  );
}

export function App() {
  return (
    <AppProvider>
      <SessionGate />
    </AppProvider>
  );
}
