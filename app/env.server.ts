// Configuration from the environment, checked once by a zod schema. A wrong value stops the
// process with one sentence naming the variable (see formatEnvError), never a stack trace.
import { z } from "zod";

const postgresUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== "";
    } catch {
      return false;
    }
  },
  { message: "must be a URL like postgres://user:password@host:5432/database" },
);

const httpUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  },
  { message: "must be a URL like http://127.0.0.1:7700" },
);

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no"], { message: "must be 1 or 0" })
  .transform((v) => v === "1" || v === "true" || v === "yes");

// "true" would believe any X-Forwarded-For, so anyone could pick their own address.
const trustProxy = z
  .string()
  .regex(
    /^(loopback|linklocal|uniquelocal|\d{1,2}|[0-9a-fA-F.:/]+)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+))*$/,
    {
      message: "must be loopback, a list of proxy addresses (10.0.0.1, 10.0.0.0/8) or a hop count",
    },
  );

/** What `npm start` and `npm test` accept before they have started any service. */
export const startEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  /** "production" turns on Secure cookies and forbids demo data and the dev mail view. */
  APP_ENV: z.enum(["local", "test", "production"], { message: "must be local, test or production" }).default("local"),
  PORT: z.coerce.number({ message: "must be a port number" }).int().min(1).max(65535).default(3000),
  DATABASE_URL: postgresUrl.optional(),
  /** The app's own login (least privilege, db/roles.ts); unset → DATABASE_URL with SET ROLE DATABASE_APP_ROLE. */
  APP_DATABASE_URL: postgresUrl.optional(),
  DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a PostgreSQL role name of lower-case letters, digits and _")
    .default("arbeidsbro_app"),
  MEILI_URL: httpUrl.optional(),
  MEILI_MASTER_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]*$/, "may only hold letters, digits, - and _")
    .default(""),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  DEMO_DATA: flag.optional(),
  /** Where the embedded services keep their data (default .data in the project). */
  DATA_DIR: z.string().optional(),
  /** One-click demo sign-in and /utvikler/e-post, for requests from this machine only. */
  DEV_TOOLS: flag.optional(),
  /**
   * The portal runs behind a TLS-terminating proxy: which proxies to believe for the client's
   * address and protocol (Express's "trust proxy": loopback, an address/CIDR list, or a hop
   * count). When set, session cookies are Secure and HTTPS answers carry HSTS.
   */
  TRUST_PROXY: trustProxy.optional(),
  /** Enhetsregisteret's open API, for the organisation lookup on registration; unset → the employer types the name. */
  ENHETSREGISTERET_URL: httpUrl.optional(),
});

/** What the running web app needs: by now the start script has filled in the service URLs. */
export const appEnvSchema = startEnvSchema.extend({
  DATABASE_URL: postgresUrl,
  MEILI_URL: httpUrl,
  MEILI_MASTER_KEY: z.string().min(1),
  DEMO_DATA: flag.default(false),
  DEV_TOOLS: flag.default(false),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters"),
});

export type StartEnv = z.infer<typeof startEnvSchema>;
export type AppEnv = z.infer<typeof appEnvSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * One readable sentence per wrong variable, e.g. "DATABASE_URL must be a URL like …". Values
 * are not echoed: they may hold passwords.
 */
export function formatEnvError(error: z.ZodError, source: Record<string, unknown>): string {
  return error.issues
    .map((issue) => {
      const name = issue.path.join(".") || "environment";
      return source[name] === undefined ? `${name} is not set.` : `${name} ${issue.message}.`;
    })
    .join(" ");
}

export function parseEnv<S extends z.ZodTypeAny>(schema: S, source: Record<string, string | undefined>): z.infer<S> {
  // Empty strings count as unset: `DATABASE_URL= npm start` means "use the embedded one".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) throw new ConfigError(`Invalid configuration: ${formatEnvError(result.error, cleaned)}`);
  return result.data;
}

let cached: AppEnv | undefined;
export function getEnv(): AppEnv {
  cached ??= parseEnv(appEnvSchema, process.env);
  return cached;
}
