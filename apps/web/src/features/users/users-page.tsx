import type { User, ZoneRecord } from "@permit-desk/schema";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "../../components/ui/button.tsx";
import { PageHeading } from "../../components/ui/page-heading.tsx";
import { ProblemAlert, ProblemLine } from "../../components/ui/problem-alert.tsx";
import { useMessages } from "../../lib/i18n/messages.ts";
import { roleMessages } from "../../lib/roles.ts";
import { sessionQueryOptions } from "../../lib/session.ts";
import { usersQueryOptions, zonesQueryOptions } from "../../lib/shared-queries.ts";
import { useChangeUser, useEndUserSessions } from "./api.ts";
import { issuesNowhere } from "./issues-nowhere.ts";
import { type UsersWords, usersMessages } from "./messages.ts";
import { CreateUserForm, EditUserForm, ResetPasswordForm } from "./user-forms.tsx";

export function UsersPage() {
  const users = useQuery(usersQueryOptions());
  const zones = useQuery(zonesQueryOptions());
  const me = useQuery(sessionQueryOptions()).data;
  const failure = users.error ?? zones.error;
  const t = useMessages(usersMessages);
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} />
      <ProblemAlert title={t("usersFailed")} error={failure} />
      {(users.isPending || zones.isPending) && !failure && <p role="status">{t("loadingUsers")}</p>}
      {users.data && zones.data && (
        <>
          {/* Each member's card is a level under the list's own heading, as Add a user's is. */}
          <section aria-labelledby="staff-heading" className="space-y-3">
            <h2 id="staff-heading" className="text-lg font-semibold">
              {t("staff")}
            </h2>
            <ul aria-labelledby="staff-heading" className="space-y-3">
              {users.data.map((user) => (
                <UserCard key={user.id} user={user} zones={zones.data} isMe={user.id === me?.id} />
              ))}
            </ul>
          </section>
          <CreateUserForm zones={zones.data} />
        </>
      )}
    </div>
  );
}

type UserCardProps = {
  user: User;
  zones: readonly ZoneRecord[];
  /** The signed-in administrator's own account, which they may not disable. */
  isMe: boolean;
};

/** What was done to the account last, worded when shown. */
type Notice =
  | "signedOutEverywhere"
  | "canSignInAgain"
  | "canNoLongerSignIn"
  | "passwordChanged"
  | "changesSaved";

function zonesText(user: User, t: UsersWords): string {
  if (user.role === "admin") return t("everyZone");
  return user.zones.length ? user.zones.join(", ") : t("noZoneYet");
}

function UserCard({ user, zones, isMe }: UserCardProps) {
  const [opened, setOpened] = useState<"edit" | "password" | undefined>(undefined);
  const changeUser = useChangeUser();
  const endSessions = useEndUserSessions();
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  // Saving a member who can issue nowhere is allowed, but said.
  const [savedNowhere, setSavedNowhere] = useState(false);
  const notify = (next: Notice | undefined, nowhere = false) => {
    setNotice(next);
    setSavedNowhere(nowhere);
  };
  const failure = changeUser.error ?? endSessions.error;
  const t = useMessages(usersMessages);
  const roleName = useMessages(roleMessages);
  return (
    <li className="rounded-md border border-slate-200 p-4" aria-label={user.displayName}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          {user.displayName} <span className="font-normal text-slate-700">({user.username})</span>
        </h3>
        <p className="text-sm">
          {roleName(user.role)} · {zonesText(user, t)}
          {user.disabled && <strong className="ml-2 text-red-800">{t("disabled")}</strong>}
        </p>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() => setOpened(opened === "edit" ? undefined : "edit")}
        >
          {t("edit")}
        </Button>
        <Button
          variant="secondary"
          onClick={() => setOpened(opened === "password" ? undefined : "password")}
        >
          {t("resetPassword")}
        </Button>
        <Button
          variant="secondary"
          disabled={endSessions.isPending}
          onClick={() =>
            endSessions.mutate(user.id, {
              onSuccess: () => notify("signedOutEverywhere"),
            })
          }
        >
          {t("endSessions")}
        </Button>
        {!isMe && (
          <Button
            variant="secondary"
            disabled={changeUser.isPending}
            onClick={() =>
              changeUser.mutate(
                { id: user.id, change: { disabled: !user.disabled } },
                {
                  onSuccess: () => notify(user.disabled ? "canSignInAgain" : "canNoLongerSignIn"),
                },
              )
            }
          >
            {user.disabled ? t("enable") : t("disable")}
          </Button>
        )}
      </div>
      {isMe && <p className="mt-2 text-sm text-slate-700">{t("you")}</p>}
      <div role="status" className="mt-2 text-sm">
        {notice && <p>{t(notice, { name: user.displayName })}</p>}
        {savedNowhere && (
          <p className="mt-1 rounded-md border-l-4 border-amber-700 bg-amber-50 p-2 font-semibold text-amber-950">
            {t("noZoneWarning")}
          </p>
        )}
      </div>
      <ProblemLine error={failure} className="mt-2" />
      {opened === "edit" && (
        <EditUserForm
          user={user}
          zones={zones}
          onSaved={(saved) => {
            setOpened(undefined);
            notify("changesSaved", issuesNowhere(saved, zones));
          }}
          onCancel={() => setOpened(undefined)}
        />
      )}
      {opened === "password" && (
        <ResetPasswordForm
          user={user}
          onDone={() => {
            setOpened(undefined);
            notify("passwordChanged");
          }}
        />
      )}
    </li>
  );
}
