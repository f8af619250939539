import { createContext, useContext } from "react";

/** The request's CSP nonce, for the few elements that must carry it (Remix's scripts). */
export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
