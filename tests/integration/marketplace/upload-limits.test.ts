import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { handleDocumentUpload, handlePhotoUpload } from "../../../app/lib/uploads";
import { storeOrganizationLogo, discardOrganizationLogo } from "../../../server/modules/organizations/organization-logo-files";
import { storeLogoIn } from "../../../server/storage/logos";
import { fileStorage } from "../../../server/storage/file-storage";
import { MAX_DOCUMENT_BYTES, MAX_PHOTO_BYTES, MAX_UPLOAD_REQUEST_BYTES, MULTIPART_OVERHEAD_BYTES } from "../../../entities/file-limits";
import nextConfig from "../../../next.config";

jest.mock("server-only", () => ({}));
jest.mock("../../../app/lib/session", () => ({ currentUser: async () => ({ id: "uploader", role: "OFFICIAL" }) }));

const storageDir = mkdtempSync(path.join(tmpdir(), "pestor-upload-limits-"));
const previousStorageDir = process.env.STORAGE_DIR;
beforeAll(() => {
  process.env.STORAGE_DIR = storageDir;
  (globalThis as Record<string, unknown>).__pestorBridge = { allowUpload: async () => true, clientAddress: () => "127.0.0.1" };
});
afterAll(() => {
  process.env.STORAGE_DIR = previousStorageDir;
  rmSync(storageDir, { recursive: true, force: true });
});

/** A real file of exactly `size` bytes: a valid head, padded at the end (readers stop at their end marker). */
function padded(head: Buffer, size: number): Buffer {
  const out = Buffer.alloc(size);
  head.copy(out);
  return out;
}
const pdf = (size: number) => padded(Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"), size);
let jpegHead: Buffer;
beforeAll(async () => {
  jpegHead = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#c33" } }).jpeg().toBuffer();
});
const jpeg = (size: number) => padded(jpegHead, size);

function upload(bytes: Buffer, name: string, declareLength = false, origin = "http://localhost"): Request {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)]), name);
  form.set("alt", "Zdjęcie");
  const headers: Record<string, string> = { host: "localhost", origin };
  if (declareLength) headers["content-length"] = String(bytes.length + 1000);
  return new Request("http://localhost/upload", { method: "POST", body: form, headers });
}

const MB = (n: number) => `${n / 1024 / 1024} MB`;

/** Every documented upload limit: a file just under it is taken, just over it refused naming the limit. */
const LIMITS: { what: string; limit: number; send: (bytes: Buffer, declare?: boolean) => Promise<Response>; make: (size: number) => Buffer }[] = [
  {
    what: "demand and offer documents",
    limit: MAX_DOCUMENT_BYTES,
    make: pdf,
    send: (b, d) => handleDocumentUpload(upload(b, "oferta.pdf", d), async (f) => ({ id: "doc", ...f })),
  },
  {
    what: "photos of premises, notices and products",
    limit: MAX_PHOTO_BYTES,
    make: jpeg,
    send: (b, d) => handlePhotoUpload(upload(b, "foto.jpg", d), async (p) => ({ id: "photo", ...p }), { area: "premises" }),
  },
  {
    what: "organisation logos",
    limit: MAX_PHOTO_BYTES,
    make: jpeg,
    send: (b, d) =>
      handlePhotoUpload(upload(b, "logo.jpg", d), async (p) => ({ id: "logo", ...p }), { custom: { store: storeOrganizationLogo, discard: discardOrganizationLogo } }),
  },
  {
    what: "programme partners' logos",
    limit: MAX_PHOTO_BYTES,
    make: jpeg,
    send: (b, d) =>
      handlePhotoUpload(upload(b, "partner.jpg", d), async (p) => ({ id: "partner", ...p }), {
        custom: { store: (bytes) => storeLogoIn(fileStorage("partner-logos"), bytes), discard: async () => {} },
      }),
  },
];

describe.each(LIMITS)("upload limit of $what", ({ limit, make, send }) => {
  it("takes a file of exactly the limit, and one a byte under it", async () => {
    for (const size of [limit - 1, limit]) {
      const res = await send(make(size));
      expect([size, res.status]).toEqual([size, 201]);
    }
  });

  it("refuses a file a byte over the limit with 413, naming the limit", async () => {
    const res = await send(make(limit + 1));
    expect(res.status).toBe(413);
    const body = await res.json();
    expect(body).toMatchObject({ error: "BAD_USER_INPUT", fields: { file: "tooBig" }, maxBytes: limit });
    expect(body.message).toContain(MB(limit));
  });

  it("refuses a request declared too long before reading it", async () => {
    const res = await send(make(limit + MULTIPART_OVERHEAD_BYTES), true);
    expect(res.status).toBe(413);
    expect((await res.json()).maxBytes).toBe(limit);
  });
});

describe("the proxy in front of the upload routes", () => {
  it("lets through the largest upload with its multipart envelope (Next.js cuts longer bodies off)", () => {
    const allowed = (nextConfig as { experimental?: { proxyClientMaxBodySize?: number } }).experimental?.proxyClientMaxBodySize;
    expect(typeof allowed).toBe("number");
    for (const limit of LIMITS.map((l) => l.limit)) expect(allowed!).toBeGreaterThanOrEqual(limit + MULTIPART_OVERHEAD_BYTES);
    expect(allowed).toBe(MAX_UPLOAD_REQUEST_BYTES);
    // The documented "10 MB" is reachable in decimal megabytes too.
    expect(MAX_DOCUMENT_BYTES).toBeGreaterThanOrEqual(10_000_000);
  });
});

describe("an upload sent from another site's page (CSRF)", () => {
  // "null" is what a sandboxed frame, a data: page or a cross-site redirect sends.
  it.each(["https://evil.example", "http://localhost.evil.example", "null", "not a url"])("is FORBIDDEN with Origin %s, before anything is stored", async (origin) => {
    const register = jest.fn(async () => ({ id: "doc" }));
    const res = await handleDocumentUpload(upload(pdf(1000), "oferta.pdf", false, origin), register);
    expect([res.status, await res.json()]).toEqual([403, { error: "FORBIDDEN" }]);
    expect(register).not.toHaveBeenCalled();
  });
});
