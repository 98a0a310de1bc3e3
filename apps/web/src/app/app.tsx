import type { StaffMember } from "@permit-desk/schema";
import { QueryClientProvider, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Component,
  type ReactNode,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import { useRoute } from "wouter";
import { Alert } from "../components/ui/alert.tsx";
import { Button } from "../components/ui/button.tsx";
import { IssuePermitPagePlaceholder } from "../features/issue-permit/components/issue-permit-page-placeholder.tsx";
import { problemMessage } from "../lib/api-problem.ts";
import { problemOf } from "../lib/api-request-error.ts";
import { clientConfigQueryOptions, healthQueryOptions, useDemoMode } from "../lib/client-config.ts";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { LocaleProvider, useLocale } from "../lib/i18n/locale-context.tsx";
import { useMessages } from "../lib/i18n/messages.ts";
import { lastVisit } from "../lib/last-visit.ts";
import { lazyPart } from "../lib/lazy-part.ts";
import { createQueryClient } from "../lib/query-client.ts";
import { sessionQueryOptions, setupStatusQueryOptions } from "../lib/session.ts";
import { AppRoutes, Loading } from "./app-routes.tsx";
import { Layout } from "./layout.tsx";
import { firstAdminPage, preloadPage, preloadPageAt, signInPage } from "./pages.ts";

/**
 * Signed-in screens only, so in a chunk of its own. A chunk that cannot be downloaded leaves the
 * sections out rather than the page; the page itself still shows.
 */
const SignedInHeader = lazyPart(() =>
  import("./main-nav.tsx").then((module) => module.SignedInHeader),
);

type FailureAlertProps = {
  title?: string;
  error?: unknown;
  onTryAgain?: () => void;
  className?: string;
};

/**
 * What could not be loaded, why, and a way to try again; without a way to try again, the page
 * itself, to be reloaded.
 */
function FailureAlert({ title, error, onTryAgain, className }: FailureAlertProps) {
  const t = useMessages(commonMessages);
  const { locale } = useLocale();
  return (
    <Alert tone="error" title={title ?? t("pageFailedTitle")} className={className}>
      <p>{onTryAgain ? problemMessage(problemOf(error), locale) : t("pageFailedAdvice")}</p>
      <Button variant="secondary" onClick={onTryAgain ?? (() => window.location.reload())}>
        {onTryAgain ? t("tryAgain") : t("reload")}
      </Button>
    </Alert>
  );
}

type PageErrorBoundaryState = { failed: boolean };

/** A page that cannot load (a chunk lost to a network failure or a new deployment) says so. */
class PageErrorBoundary extends Component<{ children: ReactNode }, PageErrorBoundaryState> {
  override state: PageErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): PageErrorBoundaryState {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <FailureAlert />;
  }
}

/**
 * Where focus was when the session ended, given back once the member has signed in again over
 * the page: a clerk who was typing a plate carries on typing it, keyboard only.
 */
function useFocusKeptOverSignIn(signedIn: boolean, sessionEnded: boolean): void {
  const kept = useRef<Element | null>(null);
  // Taken while rendering, before the sign-in form mounts and takes focus for itself.
  if (sessionEnded && kept.current === null) kept.current = document.activeElement;
  useLayoutEffect(() => {
    if (!signedIn) return;
    const element = kept.current;
    kept.current = null;
    if (element instanceof HTMLElement && element.isConnected) element.focus();
  }, [signedIn]);
}

function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </LocaleProvider>
  );
}

const signedInLastVisit = lastVisit.signedIn();
// Someone signed in on the last visit most likely still is: the page they opened downloads
// alongside the session check. Anyone else gets the sign-in page's code, and no signed-in page's
// before they have signed in.
if (signedInLastVisit) preloadPageAt(window.location.pathname);
else preloadPage(signInPage);

type SignedInAppProps = { member: StaffMember; onSignedOut: () => void };

function SignedInApp({ member, onSignedOut }: SignedInAppProps) {
  const config = useQuery(clientConfigQueryOptions());
  // The Issue page draws its form once the templates are known, so that they push nothing down
  // when they arrive: they are asked for with the settings, while the page's code downloads.
  // Imported here rather than above, the query's code stays out of the signed-out screens.
  const queryClient = useQueryClient();
  useEffect(() => {
    import("../lib/shared-queries.ts")
      .then(({ templatesQueryOptions }) => queryClient.prefetchQuery(templatesQueryOptions()))
      .catch(() => undefined);
  }, [queryClient]);
  const common = useMessages(commonMessages);
  const demo = useDemoMode();
  const [onIssuePage] = useRoute("/");
  return (
    <Layout
      demo={config.data?.demo ?? demo}
      width={onIssuePage ? "desk" : "wide"}
      header={
        // The room it takes holds while it loads: the language switch stays at the right.
        <Suspense fallback={<div className="xl:flex-1" />}>
          <SignedInHeader member={member} onSignedOut={onSignedOut} />
        </Suspense>
      }
    >
      {config.isError && (
        <FailureAlert
          title={common("settingsFailed")}
          error={config.error}
          onTryAgain={() => config.refetch()}
          className="mb-6"
        />
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
  const health = useQuery(healthQueryOptions());
  const [onIssuePage] = useRoute("/");
  const [retained, setRetained] = useState<StaffMember | undefined>(undefined);
  const demo = useDemoMode();
  const member = session.data ?? undefined;
  if (member && member !== retained) setRetained(member);
  const signedIn = session.data === undefined ? undefined : member !== undefined;
  useEffect(() => {
    if (signedIn !== undefined) lastVisit.rememberSignedIn(signedIn);
  }, [signedIn]);
  useFocusKeptOverSignIn(member !== undefined, member === undefined && retained !== undefined);

  const common = useMessages(commonMessages);
  if (setup.isError || session.isError) {
    const retry = () => Promise.all([setup.refetch(), session.refetch()]);
    return (
      <SignedOutScreen>
        <FailureAlert
          title={common("startupFailed")}
          error={setup.error ?? session.error}
          onTryAgain={retry}
        />
      </SignedOutScreen>
    );
  }
  // A first visit shows the header alone until the BFF has said whether this is a demo, so that
  // the banner pushes nothing down when it comes.
  const bannerUnknown =
    lastVisit.demo() === undefined && health.isPending && health.failureCount === 0;
  if (setup.data?.needsFirstAdmin && !bannerUnknown) {
    return (
      <SignedOutScreen>
        <firstAdminPage.Page />
      </SignedOutScreen>
    );
  }
  if (setup.isPending || session.isPending || bannerUnknown) {
    // The Issue page's plate takes keys at once; most opens are by someone already signed in.
    const page = onIssuePage ? <IssuePermitPagePlaceholder /> : <Loading />;
    return (
      <Layout demo={demo} width="narrow">
        {bannerUnknown ? null : page}
      </Layout>
    );
  }
  const shown = member ?? retained;
  if (!shown) {
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
