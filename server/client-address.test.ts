import http from "node:http";
import type { AddressInfo } from "node:net";
import { clientAddress, clientAddressFrom, installPeerAddress } from "./client-address";

describe("clientAddressFrom", () => {
  it("ignores X-Forwarded-For without trusted proxies: forged values never change the address", () => {
    for (const forged of ["1.2.3.4", "1.2.3.4, 5.6.7.8", "", "unknown", "::1", "203.0.113.9, 127.0.0.1"]) {
      expect(clientAddressFrom("198.51.100.7", forged, 0)).toBe("198.51.100.7");
    }
  });

  it("takes the Nth entry from the right with N trusted proxies", () => {
    // The client wrote "1.1.1.1"; our proxy appended the address it saw.
    expect(clientAddressFrom("10.0.0.2", "1.1.1.1, 203.0.113.5", 1)).toBe("203.0.113.5");
    expect(clientAddressFrom("10.0.0.2", "1.1.1.1, 203.0.113.5, 10.0.0.1", 2)).toBe("203.0.113.5");
    // Fewer entries than proxies: the furthest one seen; none: the socket's peer.
    expect(clientAddressFrom("10.0.0.2", "203.0.113.5", 3)).toBe("203.0.113.5");
    expect(clientAddressFrom("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });

  it("gives one client one key whatever the spelling of its address", () => {
    expect(clientAddressFrom("::ffff:198.51.100.7", undefined, 0)).toBe("198.51.100.7");
    expect(clientAddressFrom("10.0.0.2", "198.51.100.7:5123", 1)).toBe("198.51.100.7");
    expect(clientAddressFrom("10.0.0.2", "[2001:DB8::1]:443", 1)).toBe("2001:db8::1");
    expect(clientAddressFrom(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("the address stamped at the door", () => {
  let server: http.Server;
  let seen: string[] = [];
  let url = "";
  const trusted = { n: 0 };

  beforeAll(async () => {
    installPeerAddress(0);
    server = http.createServer((req, res) => {
      seen.push(clientAddress(req.headers as Record<string, unknown>, trusted.n));
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => (seen = []));

  it("is the socket's peer, whatever X-Forwarded-For or a copied stamp header says", async () => {
    installPeerAddress(0);
    const stampHeader = (globalThis as { __pestorPeerHook?: { headerName: string } }).__pestorPeerHook!.headerName;
    for (const forged of ["1.2.3.4", "5.6.7.8, 9.9.9.9"]) {
      await fetch(url, { headers: { "x-forwarded-for": forged, "x-real-ip": forged, [stampHeader]: forged } });
    }
    expect(seen).toEqual(["127.0.0.1", "127.0.0.1"]);
  });

  it("is the proxy's client with TRUSTED_PROXIES=1", async () => {
    installPeerAddress(1);
    await fetch(url, { headers: { "x-forwarded-for": "1.2.3.4, 203.0.113.5" } });
    await fetch(url);
    expect(seen).toEqual(["203.0.113.5", "127.0.0.1"]);
    installPeerAddress(0);
  });
});
