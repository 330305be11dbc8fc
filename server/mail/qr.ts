import QRCode from "qrcode";
import type { MailAttachment } from "../../entities/system";

/**
 * A QR code of `text` as SVG. SVG rather than PNG: PNG encoding costs far more CPU.
 * One byte-mode segment and a fixed mask: the library's search for the shortest mix of
 * modes and for the mask with the lowest penalty took ~20 % of a registration's CPU (README,
 * Performance), for a code of the same size; every mask is valid, and a test decodes it.
 */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString([{ data: Buffer.from(text, "utf8"), mode: "byte" }], { type: "svg", margin: 1, width: 240, maskPattern: 0 });
}

/**
 * The attachments as sent: one queued with `qr` (and no content yet) gets its SVG here, in
 * the mail worker, so the request that queued the message never draws it (~9 % of a
 * registration's CPU). The others are returned as they are.
 */
export async function renderAttachments(attachments: MailAttachment[]): Promise<MailAttachment[]> {
  if (!attachments.some((a) => a.qr !== undefined && !a.content)) return attachments;
  return Promise.all(
    attachments.map(async ({ qr, ...a }) => (qr !== undefined && !a.content ? { ...a, content: Buffer.from(await qrSvg(qr)).toString("base64") } : a)),
  );
}
