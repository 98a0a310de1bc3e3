import { useQuery } from "@tanstack/react-query";
import { Alert } from "../../../components/ui/alert.tsx";
import { PageHeading } from "../../../components/ui/page-heading.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { zonesQueryOptions } from "../../../lib/zones.ts";
import { usersQueryOptions } from "../api/get-users.ts";
import { CreateUserForm } from "./create-user-form.tsx";
import { UserCard } from "./user-card.tsx";

export function UsersPage() {
  const users = useQuery(usersQueryOptions());
  const zones = useQuery(zonesQueryOptions());
  const failure = users.error ?? zones.error;
  return (
    <div className="space-y-8">
      <PageHeading title="Users">Users</PageHeading>
      {failure && (
        <Alert tone="error" title="The users could not be loaded">
          <p>{problemOf(failure).message}</p>
        </Alert>
      )}
      {(users.isPending || zones.isPending) && !failure && <p role="status">Loading the users…</p>}
      {users.data && zones.data && (
        <>
          <ul aria-label="Staff" className="space-y-3">
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
