import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { clientAddressFrom } from "./client-address";

const h = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddressFrom", () => {
  it("ignores X-Forwarded-For unless a proxy is trusted (a client can write anything there)", () => {
    expect(clientAddressFrom(h("203.0.113.9"), 0)).toBeNull();
  });

  it("takes the entry our own proxy appended, not what the client prepended", () => {
    expect(clientAddressFrom(h("1.1.1.1, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddressFrom(h("1.1.1.1, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    expect(clientAddressFrom(h("2001:DB8::1"), 1)).toBe("2001:db8::1");
  });

  it("refuses missing, short or garbage headers", () => {
    expect(clientAddressFrom(h(), 1)).toBeNull();
    expect(clientAddressFrom(h("203.0.113.9"), 2)).toBeNull();
    expect(clientAddressFrom(h("<script>"), 1)).toBeNull();
  });

  it("reads TRUST_PROXY as a hop count", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: "2" }).TRUST_PROXY).toBe(2);
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY/);
  });
});
