import { existsSync, readFileSync } from "node:fs";
import PDFDocument from "pdfkit";
import { Registration } from "../../../entities/trainings";
import { requireUser } from "../../auth/require-user";
import type { Context } from "../../context";
import { forbidden, notFound } from "../../errors";
import { findTraining } from "./trainings.queries";

/** Fonts with Polish letters; the PDF standard fonts (WinAnsi) have no ą, ę, ł, ś… */
const FONT_CANDIDATES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/dejavu/DejaVuSans.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
];
const BOLD_CANDIDATES = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
  "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
];

function firstFont(paths: string[]): Buffer | null {
  for (const p of paths) if (existsSync(p)) return readFileSync(p);
  return null;
}

/** Without a Unicode font, letters outside Latin-1 are written without their accents. */
const latin = (s: string) => s.replace(/[łŁ]/g, (c) => (c === "ł" ? "l" : "L")).normalize("NFKD").replace(/[\u0300-\u036f]/g, "");

export interface CertificateData {
  name: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  trainers: string[];
  host: string | null;
  kind: "TRAINING" | "MEETING";
  /** Printed so that the certificate can be checked against the attendance record. */
  reference: string;
}

/** A one-page A4 attendance certificate (Polish), as PDF bytes. */
export function certificatePdf(d: CertificateData): Promise<Buffer> {
  const regular = firstFont(FONT_CANDIDATES);
  const bold = firstFont(BOLD_CANDIDATES) ?? regular;
  const txt = regular ? (s: string) => s : latin;
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    ...(regular ? { font: regular as unknown as string } : {}),
    info: { Title: txt(`Zaświadczenie – ${d.title}`), Author: "Gmina Miasta Toruń – PES-TOR" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const setBold = () => (bold ? doc.font(bold) : doc.font("Helvetica-Bold"));
  const setRegular = () => (regular ? doc.font(regular) : doc.font("Helvetica"));
  const date = (x: Date) => x.toLocaleDateString("pl-PL", { timeZone: "Europe/Warsaw", day: "numeric", month: "long", year: "numeric" });
  const time = (x: Date) => x.toLocaleTimeString("pl-PL", { timeZone: "Europe/Warsaw", hour: "2-digit", minute: "2-digit" });

  setRegular().fontSize(11).fillColor("#555").text(txt("Gmina Miasta Toruń · Program współpracy z podmiotami ekonomii społecznej"), { align: "center" });
  doc.moveDown(4);
  setBold().fontSize(28).fillColor("#000").text(txt("ZAŚWIADCZENIE"), { align: "center" });
  doc.moveDown(0.5);
  setRegular().fontSize(13).text(txt(d.kind === "MEETING" ? "o udziale w spotkaniu" : "o ukończeniu szkolenia"), { align: "center" });
  doc.moveDown(2.5);
  doc.fontSize(13).text(txt("Zaświadcza się, że"), { align: "center" });
  doc.moveDown(0.8);
  setBold().fontSize(22).text(txt(d.name), { align: "center" });
  doc.moveDown(0.8);
  setRegular().fontSize(13).text(txt(d.kind === "MEETING" ? "wziął(-ęła) udział w spotkaniu" : "wziął(-ęła) udział w szkoleniu"), { align: "center" });
  doc.moveDown(0.8);
  setBold().fontSize(16).text(txt(`„${d.title}”`), { align: "center" });
  doc.moveDown(1.2);
  setRegular().fontSize(12);
  doc.text(txt(`${date(d.startsAt)}, ${time(d.startsAt)}–${time(d.endsAt)}, ${d.venue}`), { align: "center" });
  if (d.trainers.length) doc.moveDown(0.4).text(txt(`Prowadzący: ${d.trainers.join(", ")}`), { align: "center" });
  if (d.host) doc.moveDown(0.4).text(txt(`Gospodarz: ${d.host}`), { align: "center" });
  doc.moveDown(6);
  doc.fontSize(9).fillColor("#555").text(txt(`Nr ewidencyjny: ${d.reference}. Zaświadczenie wygenerowano w platformie PES-TOR na podstawie listy obecności.`), { align: "center" });
  doc.end();
  return done;
}

/**
 * The signed-in person's attendance certificate for a training (PDF bytes). Only for a
 * registration the organiser checked in; anyone else is FORBIDDEN.
 */
export async function myCertificate(ctx: Context, trainingId: string): Promise<Buffer> {
  const user = requireUser(ctx);
  const t = await findTraining(ctx.db, trainingId);
  if (!t) throw notFound("Training");
  const r = await ctx.db
    .getRepository(Registration)
    .createQueryBuilder("r")
    .where("r.training_id = :t AND r.user_id = :u AND r.attendee_email IS NULL AND r.attended_at IS NOT NULL", { t: t.id, u: user.id })
    .getOne();
  if (!r) throw forbidden("Certificates are issued to people whose attendance was recorded");
  return certificatePdf({
    name: user.name,
    title: t.title,
    startsAt: t.startsAt,
    endsAt: t.endsAt,
    venue: t.address ? `${t.venue}, ${t.address}` : t.venue,
    trainers: t.trainers,
    host: t.host,
    kind: t.kind,
    reference: r.id.slice(0, 8).toUpperCase(),
  });
}
