import { hash, verify } from "@node-rs/argon2";

// Argon2id with OWASP's minimum (19 MiB, 2 passes): about 30 ms here.
// algorithm 2 is Argon2id (a const enum in the library, which isolatedModules cannot read).
const options = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verifying against this when the account does not exist keeps the timing the same.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword("no-such-account");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
