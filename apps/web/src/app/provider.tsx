import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { LocaleProvider } from "../lib/i18n/locale-context.tsx";
import { createQueryClient } from "../lib/query-client.ts";

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </LocaleProvider>
  );
}
