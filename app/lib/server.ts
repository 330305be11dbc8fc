import "server-only";
import type { ServerBridge } from "../../server/bridge";

/** The server code, loaded once per process by instrumentation.ts (see server/bridge.ts). */
export function server(): ServerBridge {
  const bridge = (globalThis as { __pestorBridge?: ServerBridge }).__pestorBridge;
  if (!bridge) throw new Error("Server code not loaded: instrumentation.ts did not run.");
  return bridge;
}
