import { useQuery } from "@tanstack/react-query";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert } from "../../components/ui/problem-alert.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { usersQueryOptions, zonesQueryOptions } from "../../lib/shared-queries.ts";
import { CreateUserForm } from "./create-user-form.tsx";
import { usersMessages } from "./messages.ts";
import { UserCard } from "./user-card.tsx";

export function UsersPage() {
  const users = useQuery(usersQueryOptions());
  const zones = useQuery(zonesQueryOptions());
  const failure = users.error ?? zones.error;
  const t = useMessages(usersMessages);
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")}>{t("title")}</PageHeading>
      <ProblemAlert title={t("usersFailed")} error={failure} />
      {(users.isPending || zones.isPending) && !failure && <p role="status">{t("loadingUsers")}</p>}
      {users.data && zones.data && (
        <>
          <ul aria-label={t("staff")} className="space-y-3">
            {users.data.map((user) => (
              <UserCard key={user.id} user={user} zones={zones.data} />
            ))}
          </ul>
          <CreateUserForm zones={zones.data} />
        </>
      )}
    </div>
  );
}
