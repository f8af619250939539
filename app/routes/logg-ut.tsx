import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { audit, getOptionalUser } from "~/auth/access.server";
import { destroyUserSession } from "~/auth/session.server";

// Sign-out is a POST (a link could be triggered by another site); GET just goes home.
export function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await getOptionalUser(request);
  const cookie = await destroyUserSession(request);
  if (user) await audit(context, user, { action: "auth.sign_out", subjectType: "user", subjectId: user.id });
  return redirect("/logg-inn?utlogget=1", { headers: { "Set-Cookie": cookie } });
}
