/**
 * Next.js calls this once per server process, before serving requests: the server code
 * (entities, schema, worker) is loaded here and only here — see server/bridge.ts.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installBridge } = await import("./server/bridge");
    installBridge();
  }
}
