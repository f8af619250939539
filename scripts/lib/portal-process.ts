// The portal as a child process, for the benches: `node [nodeArgs] --import tsx scripts/start.ts`
// (Node itself, not the tsx wrapper, so the pid is the server's for memory and CPU readings),
// waited for until /healthz answers, and signed in to as a bench user.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { StartupError } from "./services";

export interface PortalProcess {
  child: ChildProcess;
  /** Ctrl-C, as a terminal would, and wait for it to end. */
  stop(): Promise<void>;
}

export async function startPortalProcess(options: {
  root: string;
  env: NodeJS.ProcessEnv;
  port: number;
  timeoutMs: number;
  nodeArgs?: string[];
}): Promise<PortalProcess> {
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), "--import", "tsx", path.join(options.root, "scripts", "start.ts")],
    { cwd: options.root, env: { ...options.env, PORT: String(options.port) }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGINT");
    });
  const started = Date.now();
  while (Date.now() - started < options.timeoutMs) {
    if (child.exitCode !== null) throw new StartupError(`The portal stopped while starting:\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${options.port}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return { child, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new StartupError(
    `The portal did not answer on port ${options.port} within ${Math.round(options.timeoutMs / 1000)} s:\n${output}`,
  );
}

/** Signs in through the real form and returns the session cookie. */
export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/logg-inn`, {
    method: "POST",
    body: new URLSearchParams({ email, password }),
    headers: { origin: base },
    redirect: "manual",
  });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (res.status !== 302 || !cookie) throw new StartupError(`Signing in as ${email} answered ${res.status}.`);
  return cookie;
}
