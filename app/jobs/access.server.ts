import type { AppLoadContext } from "@remix-run/node";
import { isUuid, requireOrganisationMember } from "~/auth/access.server";

function notFound(): never {
  throw new Response("Not found", { status: 404 });
}

/** The employer's organisation from the URL, checked on the server: members only (others get 404). */
export async function requireEmployerOrganisation(
  request: Request,
  context: AppLoadContext,
  params: { orgId?: string },
) {
  if (!isUuid(params.orgId)) notFound();
  const membership = await requireOrganisationMember(request, context, params.orgId);
  return { ...membership, organisationId: params.orgId };
}

/** A uuid from the URL, or a 404 for anything else. */
export function idParam(value: string | undefined): string {
  if (!isUuid(value)) notFound();
  return value;
}

export { notFound };
