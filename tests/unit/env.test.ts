import { describe, expect, it } from "vitest";
import { ConfigError, appEnvSchema, parseEnv, startEnvSchema } from "../../app/env.server";

describe("configuration from the environment", () => {
  it("defaults: port 3000, no services configured, demo data decided later", () => {
    const env = parseEnv(startEnvSchema, {});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DEMO_DATA).toBeUndefined();
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv(startEnvSchema, { DATABASE_URL: "", MEILI_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names each wrong variable in one sentence, without echoing values that may be secrets", () => {
    const attempt = () =>
      parseEnv(startEnvSchema, { DATABASE_URL: "mysql://secret@host/db", PORT: "seventy", MEILI_MASTER_KEY: "short" });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain("DATABASE_URL must be a URL like postgres://");
      expect(message).toContain("PORT must be a port number");
      expect(message).toContain("MEILI_MASTER_KEY must be at least 16 characters");
      expect(message).not.toContain("secret");
    }
  });

  it("the running app requires the service URLs", () => {
    expect(() => parseEnv(appEnvSchema, {})).toThrow("DATABASE_URL is not set.");
  });

  it("DEMO_DATA accepts 1/0/true/false", () => {
    expect(parseEnv(startEnvSchema, { DEMO_DATA: "1" }).DEMO_DATA).toBe(true);
    expect(parseEnv(startEnvSchema, { DEMO_DATA: "false" }).DEMO_DATA).toBe(false);
    expect(() => parseEnv(startEnvSchema, { DEMO_DATA: "maybe" })).toThrow("DEMO_DATA must be 1 or 0");
  });

  it("DEV_TOOLS is off unless set, in the running app too", () => {
    expect(parseEnv(startEnvSchema, {}).DEV_TOOLS).toBeUndefined();
    const app = { DATABASE_URL: "postgres://u@h/db", MEILI_URL: "http://h:7700", MEILI_MASTER_KEY: "k" };
    const secret = { SESSION_SECRET: "x".repeat(32) };
    expect(parseEnv(appEnvSchema, { ...app, ...secret }).DEV_TOOLS).toBe(false);
    expect(parseEnv(appEnvSchema, { ...app, ...secret, DEV_TOOLS: "1" }).DEV_TOOLS).toBe(true);
  });

  it("TRUST_PROXY takes loopback, addresses or a hop count, never 'true' (anyone could pick an address)", () => {
    expect(parseEnv(startEnvSchema, { TRUST_PROXY: "loopback" }).TRUST_PROXY).toBe("loopback");
    expect(parseEnv(startEnvSchema, { TRUST_PROXY: "10.0.0.1, 10.0.0.0/8" }).TRUST_PROXY).toBe("10.0.0.1, 10.0.0.0/8");
    expect(parseEnv(startEnvSchema, { TRUST_PROXY: "1" }).TRUST_PROXY).toBe("1");
    expect(() => parseEnv(startEnvSchema, { TRUST_PROXY: "true" })).toThrow("TRUST_PROXY must be loopback");
  });
});
