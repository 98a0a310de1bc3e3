import type { Locale } from "../../../lib/i18n/locale.ts";
import { roleMessages } from "../../../lib/roles.ts";
import { auditMessages } from "../messages.ts";

/** What reading the trail in one language takes: its words, roles, formats and the site's clock. */
export type AuditReading = {
  t: ReturnType<typeof auditMessages.in>;
  roles: ReturnType<typeof roleMessages.in>;
  locale: Locale;
  siteTimeZone: string;
};

export function auditReading(locale: Locale, siteTimeZone: string): AuditReading {
  return {
    t: auditMessages.in(locale),
    roles: roleMessages.in(locale),
    locale,
    siteTimeZone,
  };
}
