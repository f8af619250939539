import { checkHealth, healthStatusCode } from "~/health.server";
import { getDb, getSearch } from "~/services.server";

// Public on purpose: load balancers and `.ci/run` poll it. It reveals only up/down states.
// Meilisearch down is "degraded" with 200 (the portal serves everything but search); only
// PostgreSQL down is 503, so a load balancer does not take a working portal out of service.
export async function loader() {
  const health = await checkHealth(getDb(), getSearch());
  return Response.json(health, {
    status: healthStatusCode(health),
    headers: { "Cache-Control": "no-store" },
  });
}
