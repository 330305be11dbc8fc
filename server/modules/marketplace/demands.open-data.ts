import type { DataSource } from "typeorm";
import { csvCell } from "../../../entities/safe-text";
import { appLink } from "../../mail/templates";

/**
 * The demands as open contracting data: an OCDS 1.1 release package
 * (https://standard.open-contracting.org/1.1/en/schema/release_package/) with one release
 * per demand — its tender, its award when there is one, and the parties (the city as
 * buyer, the chosen organisation as supplier). What is published is what the demand page
 * shows to anyone: losing offers are sealed forever, so there are no `tenderers`, no
 * `bids` and no `numberOfTenderers`. Questions and answers use the OCDS enquiries
 * extension without `author` (askers stay anonymous). The subset is pinned by
 * `ocds/release-package.schema.json`, checked by the tests.
 */

/** Our prefix until the programme registers one with the OCDS helpdesk. */
export const OCID_PREFIX = "ocds-pestor";
const BUYER_ID = "PL-TORUN-UM";
const BUYER_NAME = "Gmina Miasta Toruń";

type Row = {
  id: string;
  title: string;
  description: string | null;
  category: string | null;
  budget: string | null;
  deadline: Date;
  status: "OPEN" | "AWARDED" | "CLOSED";
  clause_type: string;
  cpv_code: string | null;
  decided_at: Date | null;
  created_at: Date;
  updated_at: Date;
  award_offer_id: string | null;
  award_price: string | null;
  supplier_id: string | null;
  supplier_name: string | null;
  supplier_nip: string | null;
  supplier_krs: string | null;
};

/** The OCDS tender status of a demand (codelist tenderStatus); past its deadline an open demand is still being evaluated. */
function tenderStatus(r: Row): string {
  if (r.status === "AWARDED") return "complete";
  if (r.status === "CLOSED") return "unsuccessful";
  return "active";
}

const iso = (d: Date | null) => (d ? d.toISOString() : undefined);
const money = (amount: string | null) => (amount == null ? undefined : { amount: Number(amount), currency: "PLN" });

export interface DemandRelease {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
  initiationType: "tender";
  language: "pl";
  parties: Record<string, unknown>[];
  buyer: { id: string; name: string };
  tender: Record<string, unknown>;
  awards: Record<string, unknown>[];
}

export interface ReleasePackage {
  uri: string;
  version: "1.1";
  publishedDate: string;
  publisher: { name: string; uri: string };
  license: string;
  publicationPolicy: string;
  extensions: string[];
  releases: DemandRelease[];
}

/**
 * OCDS 1.1 core has no field for a social clause; OCDS allows extra fields, so ours is
 * `tender.socialClause` (a PES-TOR field, documented in the schema and the README).
 */
const CLAUSE_TEXT: Record<string, string> = {
  NONE: "none",
  RESERVED_CONTRACT: "reservedContract (art. 94 Pzp)",
  EMPLOYMENT_CLAUSE: "employmentClause (art. 96 Pzp)",
  OTHER_SOCIAL_ASPECT: "otherSocialAspect",
};

/** Every demand as a release, newest first. Reads only what the public pages show. */
export async function demandsReleasePackage(db: DataSource, now = new Date()): Promise<ReleasePackage> {
  const rows: Row[] = await db.query(
    `SELECT d.id, d.title, d.description, d.category, d.budget, d.deadline, d.status, d.clause_type, d.cpv_code,
            d.decided_at, d.created_at, d.updated_at,
            o.id AS award_offer_id, o.price AS award_price,
            org.id AS supplier_id, org.name AS supplier_name, org.nip AS supplier_nip, org.krs AS supplier_krs
       FROM demands d
       -- Only the awarded offer is ever joined: the others stay sealed.
       LEFT JOIN offers o ON d.status = 'AWARDED' AND o.id = d.awarded_offer_id AND o.demand_id = d.id
       LEFT JOIN organizations org ON org.id = o.organization_id
      ORDER BY d.created_at DESC, d.id`,
  );
  const ids = rows.map((r) => r.id);
  const [questions, amendments]: [
    { id: string; demand_id: string; question: string; answer: string | null; created_at: Date; answered_at: Date | null }[],
    { id: string; demand_id: string; note: string; created_at: Date; previous_deadline: Date | null; new_deadline: Date | null }[],
  ] = ids.length
    ? await Promise.all([
        db.query(
          `SELECT id, demand_id, question, answer, created_at, answered_at FROM demand_questions WHERE demand_id = ANY($1::uuid[]) ORDER BY created_at, id`,
          [ids],
        ),
        db.query(
          `SELECT id, demand_id, note, created_at, previous_deadline, new_deadline FROM demand_amendments WHERE demand_id = ANY($1::uuid[]) ORDER BY created_at, id`,
          [ids],
        ),
      ])
    : [[], []];

  const releases = rows.map((r): DemandRelease => {
    const ocid = `${OCID_PREFIX}-${r.id}`;
    const awarded = r.status === "AWARDED" && r.award_offer_id && r.supplier_id;
    const parties: Record<string, unknown>[] = [{ id: BUYER_ID, name: BUYER_NAME, roles: ["buyer", "procuringEntity"] }];
    if (awarded) {
      const identifier = r.supplier_krs
        ? { scheme: "PL-KRS", id: r.supplier_krs, legalName: r.supplier_name }
        : r.supplier_nip
          ? { scheme: "PL-NIP", id: r.supplier_nip, legalName: r.supplier_name }
          : undefined;
      parties.push({ id: r.supplier_id, name: r.supplier_name, ...(identifier ? { identifier } : {}), roles: ["supplier"] });
    }
    const qs = questions.filter((q) => q.demand_id === r.id);
    const ams = amendments.filter((a) => a.demand_id === r.id);
    const tender: Record<string, unknown> = {
      id: r.id,
      title: r.title,
      ...(r.description ? { description: r.description } : {}),
      status: tenderStatus(r),
      procuringEntity: { id: BUYER_ID, name: BUYER_NAME },
      ...(r.budget != null ? { value: money(r.budget) } : {}),
      procurementMethod: "open",
      tenderPeriod: { startDate: iso(r.created_at), endDate: iso(r.deadline) },
      enquiryPeriod: { startDate: iso(r.created_at), endDate: iso(r.deadline) },
      hasEnquiries: qs.length > 0,
      socialClause: CLAUSE_TEXT[r.clause_type] ?? "none",
      ...(r.cpv_code || r.category
        ? {
            items: [
              {
                id: "1",
                description: r.category ?? r.title,
                ...(r.cpv_code ? { classification: { scheme: "CPV", id: r.cpv_code } } : {}),
              },
            ],
          }
        : {}),
      ...(qs.length
        ? {
            enquiries: qs.map((q) => ({
              id: q.id,
              date: iso(q.created_at),
              description: q.question,
              ...(q.answer != null ? { answer: q.answer, dateAnswered: iso(q.answered_at) } : {}),
            })),
          }
        : {}),
      ...(ams.length
        ? {
            amendments: ams.map((a) => ({
              id: a.id,
              date: iso(a.created_at),
              rationale: a.note,
              ...(a.new_deadline ? { description: `tenderPeriod.endDate: ${iso(a.previous_deadline)} → ${iso(a.new_deadline)}` } : {}),
            })),
          }
        : {}),
    };
    const awards = awarded
      ? [
          {
            id: r.award_offer_id!,
            status: "active",
            date: iso(r.decided_at),
            value: money(r.award_price),
            suppliers: [{ id: r.supplier_id!, name: r.supplier_name! }],
          },
        ]
      : [];
    const date = [r.updated_at, r.decided_at, ...qs.map((q) => q.answered_at ?? q.created_at), ...ams.map((a) => a.created_at)]
      .filter((d): d is Date => !!d)
      .reduce((a, b) => (b.getTime() > a.getTime() ? b : a));
    return {
      ocid,
      id: `${ocid}-${date.getTime()}`,
      date: date.toISOString(),
      tag: [awarded ? "award" : r.status === "CLOSED" ? "tenderUpdate" : ams.length ? "tenderAmendment" : "tender"],
      initiationType: "tender",
      language: "pl",
      parties,
      buyer: { id: BUYER_ID, name: BUYER_NAME },
      tender,
      awards,
    };
  });

  return {
    uri: appLink("/marketplace/demands/ocds.json"),
    version: "1.1",
    publishedDate: now.toISOString(),
    publisher: { name: "PES-TOR — Gmina Miasta Toruń", uri: appLink("/") },
    license: "https://creativecommons.org/licenses/by/4.0/",
    publicationPolicy: appLink("/marketplace/demands/ocds.json"),
    extensions: ["https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/master/extension.json"],
    releases,
  };
}

/** The same data flat, one row per demand, for spreadsheets. */
export function releasePackageCsv(pkg: ReleasePackage): string {
  const head = ["ocid", "title", "status", "deadline", "budget_pln", "clause_type", "cpv", "questions", "amendments", "award_date", "supplier", "award_pln"];
  const lines = pkg.releases.map((r) => {
    const t = r.tender as { title: string; status: string; tenderPeriod: { endDate: string }; value?: { amount: number }; socialClause: string; items?: { classification?: { id: string } }[]; enquiries?: unknown[]; amendments?: unknown[] };
    const a = r.awards[0] as { date?: string; value?: { amount: number }; suppliers: { name: string }[] } | undefined;
    return [
      r.ocid,
      t.title,
      t.status,
      t.tenderPeriod.endDate,
      t.value?.amount,
      t.socialClause,
      t.items?.[0]?.classification?.id,
      t.enquiries?.length ?? 0,
      t.amendments?.length ?? 0,
      a?.date,
      a?.suppliers[0]?.name,
      a?.value?.amount,
    ]
      .map(csvCell)
      .join(",");
  });
  return "\uFEFF" + [head.map(csvCell).join(","), ...lines].join("\r\n") + "\r\n";
}
