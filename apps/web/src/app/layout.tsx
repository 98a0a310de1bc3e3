import type { ReactNode } from "react";

type LayoutProps = { demo: boolean; children: ReactNode };

export function Layout({ demo, children }: LayoutProps) {
  return (
    <div className="min-h-dvh bg-slate-100 text-slate-900">
      <header className="bg-slate-900 text-white print:hidden">
        <div className="mx-auto flex max-w-2xl items-center gap-3 px-4 py-3">
          <span aria-hidden="true" className="rounded bg-blue-600 px-2 py-0.5 font-bold">
            P
          </span>
          <span className="text-lg font-semibold">Permit Desk</span>
        </div>
        {demo && (
          <p className="bg-amber-300 px-4 py-2 text-center font-semibold text-slate-950">
            Demo — permits are not sent to OPSCOM
          </p>
        )}
      </header>
      <main className="mx-auto max-w-2xl px-4 py-6 sm:py-8">
        <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-8 print:shadow-none print:ring-0">
          {children}
        </div>
      </main>
    </div>
  );
}
