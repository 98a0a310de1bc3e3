import { commonMessages } from "../lib/i18n/common-messages.ts";
import { useMessages } from "../lib/i18n/messages.ts";

export function Loading() {
  const t = useMessages(commonMessages);
  return <p role="status">{t("loading")}</p>;
}
