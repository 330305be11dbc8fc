import { randomBytes } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";
import http from "node:http";
import https from "node:https";

/*
 * The client's address, for rate limits. Next.js gives route handlers no socket address,
 * and it fills `X-Forwarded-For` from the socket only when the client sent none — so that
 * header alone is whatever the client chose to write. The address is therefore taken at
 * the door: installPeerAddress() (instrumentation.ts) stamps each incoming request with
 * the address derived from its socket (and from `X-Forwarded-For` only as far as
 * TRUSTED_PROXIES says), under a header name chosen at random per process so that no
 * client can send it.
 */

type HeaderSource = Headers | Record<string, unknown> | undefined | null;

function header(h: HeaderSource, name: string): string | undefined {
  if (!h) return undefined;
  if (typeof (h as Headers).get === "function") return (h as Headers).get(name) ?? undefined;
  const v = (h as Record<string, unknown>)[name];
  return Array.isArray(v) ? v.join(",") : typeof v === "string" ? v : undefined;
}

/**
 * The client as seen through `trustedProxies` proxies: each appends the address it was
 * reached from to `X-Forwarded-For`, so with N trusted proxies the client is the Nth entry
 * from the right (entries further left were written by the client or by proxies we do not
 * know). With no trusted proxy, the socket's peer.
 */
export function clientAddressFrom(socketAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: number): string {
  const peer = normalise(socketAddress) || "unknown";
  if (trustedProxies <= 0) return peer;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => normalise(s))
    .filter(Boolean);
  if (!hops.length) return peer;
  // Fewer entries than proxies: the leftmost is the furthest we can see.
  return hops[Math.max(0, hops.length - trustedProxies)];
}

/** Strips the IPv4-mapped IPv6 prefix and a port, so one client has one key. */
function normalise(address: string | undefined): string {
  let a = (address ?? "").trim().slice(0, 64);
  if (a.startsWith("::ffff:") && a.includes(".")) a = a.slice(7);
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(a);
  if (v4WithPort) a = v4WithPort[1];
  const bracketed = /^\[([0-9a-fA-F:.]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  return a.toLowerCase();
}

interface PeerHook {
  headerName: string;
  trustedProxies: number;
}
const g = globalThis as { __pestorPeerHook?: PeerHook };

/**
 * Called once per server process (instrumentation.ts): every request received by an HTTP
 * server of this process gets the header with its client address before anyone sees it.
 */
export function installPeerAddress(trustedProxies: number): void {
  if (g.__pestorPeerHook) {
    g.__pestorPeerHook.trustedProxies = trustedProxies;
    return;
  }
  const hook: PeerHook = { headerName: `x-pestor-client-${randomBytes(12).toString("hex")}`, trustedProxies };
  g.__pestorPeerHook = hook;
  for (const proto of [http.Server.prototype, https.Server.prototype] as Server[]) {
    const emit = proto.emit;
    proto.emit = function patchedEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request") {
        const req = args[0] as IncomingMessage;
        const fwd = req.headers["x-forwarded-for"];
        req.headers[hook.headerName] = clientAddressFrom(req.socket?.remoteAddress, Array.isArray(fwd) ? fwd.join(",") : fwd, hook.trustedProxies);
      }
      return (emit as (this: Server, e: string | symbol, ...a: unknown[]) => boolean).call(this, event, ...args);
    } as Server["emit"];
  }
}

/**
 * The client address of a request (its headers as Next.js hands them over). Without the
 * door's stamp (a request served before start-up finished, or code run outside the
 * server) it falls back to `X-Forwarded-For` read with the same trust rule, where Next.js
 * has put the socket's address when the client sent none.
 */
export function clientAddress(headers: HeaderSource, trustedProxies: number): string {
  const hook = g.__pestorPeerHook;
  const stamped = hook ? header(headers, hook.headerName) : undefined;
  if (stamped) return stamped;
  const hops = (header(headers, "x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // Next.js appends nothing: without trusted proxies the last entry is as good as it gets.
  return clientAddressFrom(hops[hops.length - 1], hops.join(","), trustedProxies);
}
