/*
 * Upload limits, shared by the server's checks (server/storage/), the upload forms and
 * next.config.ts: plain constants, nothing else (a shared rule: eslint.config.mjs).
 */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/**
 * What a multipart envelope adds to the file: boundaries, part headers, the small fields
 * sent with it (alt text). A request this much over a file limit is still read, so that
 * a file just under the limit is never cut off with its envelope.
 */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/**
 * The largest upload request a route must be able to read whole. next.config.ts lets
 * this much through the proxy (Next.js cuts longer bodies off when a proxy runs, and a
 * cut-off form reads as a missing file); a test keeps the two in step.
 */
export const MAX_UPLOAD_REQUEST_BYTES = Math.max(MAX_PHOTO_BYTES, MAX_DOCUMENT_BYTES) + MULTIPART_OVERHEAD_BYTES;
export const MAX_MARKETPLACE_PHOTOS = 8;
export const MAX_DEMAND_ATTACHMENTS = 10;
/** Documents of one application in a premises letting round. */
export const MAX_LETTING_APPLICATION_DOCUMENTS = 5;
/** For the file inputs' `accept` (a hint only; the server decides by content). */
export const PHOTO_ACCEPT = "image/jpeg,image/png,image/webp,image/gif,image/avif";
export const DOCUMENT_ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.jpg,.jpeg,.png,.webp";
