// The organisation number lookup against a stub of Enhetsregisteret's API on this machine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookupOrganisation } from "../../app/accounts/enhetsregisteret.server";
import {
  type EnhetsregisteretStub,
  SLOW_ORG_NUMBER,
  startEnhetsregisteretStub,
} from "../support/enhetsregisteret-stub";

let stub: EnhetsregisteretStub;
beforeAll(async () => {
  stub = await startEnhetsregisteretStub();
});
afterAll(async () => {
  await stub.close();
});

describe("looking an organisation up in Enhetsregisteret", () => {
  it("finds the name, address and municipality of a registered number", async () => {
    expect(await lookupOrganisation(stub.url, "974760673")).toEqual({
      kind: "found",
      organisation: {
        name: "REGISTERENHETEN I BRØNNØYSUND",
        address: "Havnegata 48, 8900 BRØNNØYSUND",
        municipalityNumber: "1813",
      },
    });
  });

  it("says not found for a number the register does not know (404)", async () => {
    expect(await lookupOrganisation(stub.url, "123456785")).toEqual({ kind: "not-found" });
  });

  it("gives up after the timeout when the register does not answer", async () => {
    expect(await lookupOrganisation(stub.url, SLOW_ORG_NUMBER, { timeoutMs: 200 })).toEqual({ kind: "unreachable" });
  });

  it("says unreachable when nothing listens at the address", async () => {
    const closed = await startEnhetsregisteretStub();
    await closed.close();
    expect(await lookupOrganisation(closed.url, "974760673")).toEqual({ kind: "unreachable" });
  });

  it("says not configured when no address is set", async () => {
    expect(await lookupOrganisation(undefined, "974760673")).toEqual({ kind: "not-configured" });
  });
});
