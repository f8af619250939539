// The unread-message count in the navigation: messages from the other side the user has not
// seen, over the conversations they may read (an employer's organisations, a specialist's office).
import type { SessionUser } from "~/auth/session.server";
import { getDb } from "~/services.server";
import { unreadForOffice, unreadForOrganisations } from "../../db/repositories/after-hire";

export async function unreadMessages(user: SessionUser): Promise<{ href: string; unread: number } | null> {
  const db = getDb();
  if (user.role === "employer") {
    const orgs = user.memberships.filter((m) => m.status === "active").map((m) => m.organisationId);
    if (orgs.length === 0) return null;
    const rows = await unreadForOrganisations(db, user.id, orgs);
    // With several organisations, the link goes to the first that has something unread.
    const target = rows.find((r) => r.unread > 0)?.organisation_id ?? orgs[0];
    return { href: `/arbeidsgiver/${target}/samtaler`, unread: rows.reduce((n, r) => n + r.unread, 0) };
  }
  if (user.role === "specialist" && user.navOfficeId) {
    const rows = await unreadForOffice(db, user.id, user.navOfficeId);
    return { href: "/spesialist/samtaler", unread: rows.reduce((n, r) => n + r.unread, 0) };
  }
  return null;
}
