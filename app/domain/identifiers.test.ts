import { describe, expect, it } from "vitest";
import { digitsOnly, isValidAccountNumber, isValidOrgNumber, orgNumberFromPrefix } from "./identifiers";

describe("organisasjonsnummer", () => {
  it("accepts real numbers (NAV, Brønnøysundregistrene)", () => {
    expect(isValidOrgNumber("889640782")).toBe(true);
    expect(isValidOrgNumber("974760673")).toBe(true);
  });

  it("accepts a number whose weighted sum is a multiple of 11, so its check digit is 0", () => {
    expect(isValidOrgNumber("100000040")).toBe(true);
  });

  it("rejects a wrong check digit, wrong length and letters", () => {
    expect(isValidOrgNumber("123456789")).toBe(false);
    expect(isValidOrgNumber("889640781")).toBe(false);
    expect(isValidOrgNumber("88964078")).toBe(false);
    expect(isValidOrgNumber("8896407820")).toBe(false);
    expect(isValidOrgNumber("88964078a")).toBe(false);
  });

  it("completes a prefix with its check digit, and refuses prefixes whose check would be 10", () => {
    expect(orgNumberFromPrefix("88964078")).toBe("889640782");
    const refused = Array.from({ length: 100 }, (_, i) => `100000${String(i).padStart(2, "0")}`).find(
      (p) => orgNumberFromPrefix(p) === null,
    );
    expect(refused).toBeDefined();
  });
});

describe("kontonummer", () => {
  it("accepts a valid account number and rejects a changed digit", () => {
    expect(isValidAccountNumber("86011117947")).toBe(true);
    expect(isValidAccountNumber("86011117948")).toBe(false);
    expect(isValidAccountNumber("8601111794")).toBe(false);
  });

  it("refuses a valid number with one digit too many", () => {
    expect(isValidAccountNumber("860111179470")).toBe(false);
  });
});

describe("digitsOnly", () => {
  it("removes the spaces and dots people type", () => {
    expect(digitsOnly("974 760 673")).toBe("974760673");
    expect(digitsOnly("8601.11.17947")).toBe("86011117947");
  });
});
