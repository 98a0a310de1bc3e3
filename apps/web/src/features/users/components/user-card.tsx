import type { User, ZoneRecord } from "@permit-desk/schema";
import { useState } from "react";
import { Button } from "../../../components/ui/button.tsx";
import { problemOf } from "../../../lib/api-request-error.ts";
import { ROLE_LABELS } from "../../../lib/roles.ts";
import { useChangeUser } from "../api/change-user.ts";
import { useEndUserSessions } from "../api/end-user-sessions.ts";
import { EditUserForm } from "./edit-user-form.tsx";
import { ResetPasswordForm } from "./reset-password-form.tsx";

type UserCardProps = { user: User; zones: readonly ZoneRecord[] };

function zonesText(user: User): string {
  if (user.role === "admin") return "Every zone";
  return user.zones.length ? user.zones.join(", ") : "No zone yet";
}

export function UserCard({ user, zones }: UserCardProps) {
  const [opened, setOpened] = useState<"edit" | "password" | undefined>(undefined);
  const changeUser = useChangeUser();
  const endSessions = useEndUserSessions();
  const [notice, setNotice] = useState("");
  const failure = changeUser.error ?? endSessions.error;
  return (
    <li className="rounded-md border border-slate-200 p-4" aria-label={user.displayName}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          {user.displayName} <span className="font-normal text-slate-700">({user.username})</span>
        </h3>
        <p className="text-sm">
          {ROLE_LABELS[user.role]} · {zonesText(user)}
          {user.disabled && <strong className="ml-2 text-red-800">Disabled</strong>}
        </p>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() => setOpened(opened === "edit" ? undefined : "edit")}
        >
          Edit
        </Button>
        <Button
          variant="secondary"
          onClick={() => setOpened(opened === "password" ? undefined : "password")}
        >
          Reset password
        </Button>
        <Button
          variant="secondary"
          disabled={endSessions.isPending}
          onClick={() =>
            endSessions.mutate(user.id, {
              onSuccess: () => setNotice(`${user.displayName} is signed out everywhere.`),
            })
          }
        >
          End sessions
        </Button>
        <Button
          variant="secondary"
          disabled={changeUser.isPending}
          onClick={() =>
            changeUser.mutate(
              { id: user.id, change: { disabled: !user.disabled } },
              {
                onSuccess: () =>
                  setNotice(
                    user.disabled
                      ? `${user.displayName} can sign in again.`
                      : `${user.displayName} can no longer sign in.`,
                  ),
              },
            )
          }
        >
          {user.disabled ? "Enable" : "Disable"}
        </Button>
      </div>
      <p role="status" className="mt-2 text-sm">
        {notice}
      </p>
      {failure && (
        <p role="alert" className="mt-2 font-medium text-red-700">
          {problemOf(failure).message}
        </p>
      )}
      {opened === "edit" && (
        <EditUserForm user={user} zones={zones} onDone={() => setOpened(undefined)} />
      )}
      {opened === "password" && (
        <ResetPasswordForm
          user={user}
          onDone={() => {
            setOpened(undefined);
            setNotice(`${user.displayName}'s password has been changed.`);
          }}
        />
      )}
    </li>
  );
}
