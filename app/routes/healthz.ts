import { checkHealth } from "~/health.server";
import { getDb, getSearch } from "~/services.server";

// Public on purpose: load balancers and `.ci/run` poll it. It reveals only up/down states.
export async function loader() {
  const health = await checkHealth(getDb(), getSearch());
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
