/** What an upload route answered: its response, or why it refused (`reason` of the file, else the error's `code`). */
export type PostedFile = { ok: true; response: Response } | { ok: false; reason?: string; code?: string };

/**
 * Sends a file (as the part `file`, with any other `fields`) to an upload route of app/lib/uploads.ts.
 * A refusal there is JSON `{ error, fields: { file } }`: `reason` is the file's (tooBig,
 * notImage…), `code` the error's (FORBIDDEN, RATE_LIMITED…); no answer at all gives neither.
 */
export async function postFile(url: string, file: File, fields: Record<string, string> = {}): Promise<PostedFile> {
  const body = new FormData();
  body.set("file", file);
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  const response = await fetch(url, { method: "POST", body }).catch(() => null);
  if (response?.ok) return { ok: true, response };
  const answer = (await response?.json().catch(() => null)) as { error?: string; fields?: { file?: string } } | null;
  return { ok: false, reason: answer?.fields?.file, code: answer?.error };
}

/**
 * The message to show for a refused upload, as a key of the form's messages: the file's
 * reason (else the error's code) when the form has a message for it (`known`), else `fallback`.
 */
export function refusalKey(refused: { reason?: string; code?: string }, known: readonly string[], fallback = "generic"): string {
  const why = refused.reason ?? refused.code;
  return why && known.includes(why) ? why : fallback;
}
