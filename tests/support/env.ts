// What scripts/test.ts hands the test processes. Integration tests fail with a clear message
// when run without it (plain `npx vitest`), instead of timing out against nothing.

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the tests with "npm test", which starts PostgreSQL and Meilisearch.`);
  return value;
}

export const testEnv = {
  get adminDbUrl() {
    return required("TEST_ADMIN_DATABASE_URL");
  },
  get templateDb() {
    return required("TEST_TEMPLATE_DATABASE");
  },
  get meiliUrl() {
    return required("MEILI_URL");
  },
  get meiliKey() {
    return required("MEILI_MASTER_KEY");
  },
  /** The app role the tests log in as (scripts/test.ts makes it; db/roles.ts grants it). */
  get appRole() {
    return required("TEST_APP_ROLE");
  },
  get appPassword() {
    return required("TEST_APP_PASSWORD");
  },
  get runId() {
    return required("TEST_RUN_ID");
  },
};
