import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DiskFileStorage } from "../storage/file-storage";
import { inspectUploadedDocument } from "./uploaded-documents";

// The upload routes refuse these before storing; the API must refuse them again when a
// stored key is registered, since the operation is public and anybody can call it.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const KEY = "a".repeat(22);

let dir: string;
let storage: DiskFileStorage;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pestor-docs-"));
  storage = new DiskFileStorage(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: { code?: string; fields?: Record<string, string> }) => ({ code: e.code, fields: e.fields }));

test("a stored PDF is read with its real type, size and a safe name (no path, the real extension)", async () => {
  await storage.put(KEY, PDF);
  await expect(inspectUploadedDocument(storage, KEY, "../offer.docx")).resolves.toEqual({ key: KEY, fileName: "offer.docx.pdf", contentType: "application/pdf", size: PDF.length });
});

test("a stored file of another type (HTML) is refused on `file`, whatever its name says", async () => {
  await storage.put(KEY, Buffer.from("<html><script>alert(1)</script></html>"));
  expect(await refusal(inspectUploadedDocument(storage, KEY, "offer.pdf"))).toEqual({ code: "BAD_USER_INPUT", fields: { file: expect.stringMatching(/^Only PDF/) } });
});

test("an empty stored file is refused on `file`", async () => {
  await storage.put(KEY, Buffer.alloc(0));
  expect(await refusal(inspectUploadedDocument(storage, KEY, null))).toEqual({ code: "BAD_USER_INPUT", fields: { file: "The file is empty" } });
});

test("a malformed key, a key nothing was stored under and an overlong name are refused on their field", async () => {
  expect(await refusal(inspectUploadedDocument(storage, "../etc/passwd", null))).toEqual({ code: "BAD_USER_INPUT", fields: { key: "Invalid file key" } });
  expect(await refusal(inspectUploadedDocument(storage, KEY, null))).toEqual({ code: "BAD_USER_INPUT", fields: { key: "No such uploaded file" } });
  expect(await refusal(inspectUploadedDocument(storage, KEY, "x".repeat(256)))).toEqual({ code: "BAD_USER_INPUT", fields: { fileName: "At most 255 characters" } });
});
