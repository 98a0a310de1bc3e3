import { PageHeading } from "../components/ui/page-heading.tsx";
import { TextLink } from "../components/ui/text-link.tsx";
import { commonMessages } from "../lib/i18n/common-messages.ts";
import { useMessages } from "../lib/i18n/messages.ts";

export function NotFoundPage() {
  const t = useMessages(commonMessages);
  return (
    <div className="space-y-4">
      <PageHeading title={t("notFound")}>{t("notFound")}</PageHeading>
      <p>{t("notFoundText")}</p>
      <p>
        <TextLink href="/">{t("notFoundIssue")}</TextLink> {t("notFoundOr")}{" "}
        <TextLink href="/history">{t("notFoundHistory")}</TextLink>.
      </p>
    </div>
  );
}
