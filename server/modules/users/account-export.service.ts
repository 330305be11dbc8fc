import type { DataSource } from "typeorm";

/** One section of the export: what it is, in the person's words, and its rows (dates ISO-8601, UTC). */
export interface ExportSection {
  description: string;
  items: Record<string, unknown>[];
}

export interface AccountExport {
  exportedAt: string;
  format: string;
  profile: Record<string, unknown>;
  sections: Record<string, ExportSection>;
}

/**
 * Everything the platform holds about one account (RODO art. 15 and 20), grouped by
 * section, for GET /account/export.json. Only ever called with the signed-in person's own
 * id (the route takes it from the session); null for an unknown or deleted account.
 * The list of sources mirrors the one in account-deletion.service.ts.
 */
export async function exportAccount(db: DataSource, userId: string): Promise<AccountExport | null> {
  const [profile] = await db.query(
    `SELECT id, email, name, role, account_type AS "accountType", approval_status AS "approvalStatus",
            approval_reason AS "approvalReason", approval_decided_at AS "approvalDecidedAt", locale,
            terms_version AS "termsVersion", terms_accepted_at AS "termsAcceptedAt",
            oidc_subject AS "cityAccountSubject",
            created_at AS "createdAt", updated_at AS "updatedAt"
       FROM users WHERE id = $1 AND deleted_at IS NULL`,
    [userId],
  );
  if (!profile) return null;
  const q = (sql: string, params: unknown[] = [userId]) => db.query(sql, params) as Promise<Record<string, unknown>[]>;
  const [membership, registrations, enquiries, searches, newsletter, demandSubs, notices, requests, bookings, offers, demands, uploads, audit, mail, notifications, preferences, follows, viewings, applications, questions] =
    await Promise.all([
      q(`SELECT o.name AS organization, m.role, m.status, m.title, m.created_at AS "createdAt"
           FROM organization_memberships m JOIN organizations o ON o.id = m.organization_id
          WHERE m.user_id = $1 ORDER BY m.created_at`),
      q(`SELECT t.title AS training, t.starts_at AS "startsAt", r.status, r.audience, r.answers,
                r.registered_at AS "registeredAt", r.cancelled_at AS "cancelledAt", r.attended_at AS "attendedAt"
           FROM registrations r JOIN trainings t ON t.id = r.training_id
          WHERE r.user_id = $1 ORDER BY r.registered_at`),
      q(`SELECT p.address AS premises, e.message, e.created_at AS "createdAt"
           FROM premises_enquiries e JOIN premises p ON p.id = e.premises_id
          WHERE e.user_id = $1 ORDER BY e.created_at`),
      q(`SELECT name, filter, active, created_at AS "createdAt" FROM premises_saved_searches
          WHERE user_id = $1 ORDER BY created_at`),
      q(`SELECT s.email, s.status, s.locale, s.consent_at AS "consentAt", s.confirmed_at AS "confirmedAt",
                s.unsubscribed_at AS "unsubscribedAt", s.created_at AS "createdAt"
           FROM newsletter_subscribers s JOIN users u ON lower(s.email) = lower(u.email) WHERE u.id = $1`),
      q(`SELECT category, created_at AS "createdAt" FROM demand_subscriptions WHERE user_id = $1 ORDER BY created_at`),
      q(`SELECT n.kind, n.title, n.description, n.category, n.condition, n.condition_note AS "conditionNote", n.status, n.district,
                o.name AS organization, n.expires_at AS "expiresAt", n.created_at AS "createdAt", n.updated_at AS "updatedAt"
           FROM equipment_notices n LEFT JOIN organizations o ON o.id = n.owner_organization_id
          WHERE n.owner_user_id = $1 ORDER BY n.created_at`),
      q(`SELECT n.title AS notice, r.status, r.message, r.created_at AS "createdAt", r.decided_at AS "decidedAt",
                r.handed_over_at AS "handedOverAt"
           FROM item_requests r JOIN equipment_notices n ON n.id = r.notice_id
          WHERE r.requester_id = $1 ORDER BY r.created_at`),
      q(`SELECT n.title AS notice, b.status, b.from_date::text AS "from", b.to_date::text AS "to", b.message,
                b.created_at AS "createdAt", b.decided_at AS "decidedAt", b.handed_over_at AS "handedOverAt",
                b.received_at AS "receivedAt", b.returned_at AS "returnedAt", b.extension_to::text AS "extensionTo",
                b.extension_refused_at AS "extensionRefusedAt", b.extension_refusal_reason AS "extensionRefusalReason"
           FROM bookings b JOIN equipment_notices n ON n.id = b.notice_id
          WHERE b.borrower_id = $1 ORDER BY b.created_at`),
      q(`SELECT d.title AS demand, o.name AS organization, f.price::float AS price, f.message,
                f.created_at AS "createdAt", f.updated_at AS "updatedAt"
           FROM offers f JOIN demands d ON d.id = f.demand_id JOIN organizations o ON o.id = f.organization_id
          WHERE f.submitted_by_id = $1 ORDER BY f.created_at`),
      q(`SELECT kind, title, status, deadline, created_at AS "createdAt" FROM demands
          WHERE created_by_id = $1 ORDER BY created_at`),
      q(`SELECT file_name AS "fileName", content_type AS "contentType", size, created_at AS "createdAt"
           FROM marketplace_attachments WHERE uploaded_by_id = $1 ORDER BY created_at`),
      q(`SELECT action, entity_type AS "entityType", entity_id AS "entityId", data,
                CASE WHEN actor_id = $1 THEN 'you' ELSE 'about you' END AS "role", created_at AS "createdAt"
           FROM audit_log WHERE actor_id = $1 OR (entity_type = 'User' AND entity_id = $1::text)
          ORDER BY created_at LIMIT 5000`),
      q(`SELECT m.subject, m.text, m.template, m.status, m.created_at AS "createdAt", m.sent_at AS "sentAt"
           FROM mail_messages m JOIN users u ON m."to" = lower(u.email) WHERE u.id = $1
          ORDER BY m.created_at LIMIT 5000`),
      q(`SELECT kind, title, body, link, read_at AS "readAt", mailed_at AS "mailedAt", created_at AS "createdAt"
           FROM notifications WHERE user_id = $1 ORDER BY created_at LIMIT 5000`),
      q(`SELECT kind, delivery FROM notification_preferences WHERE user_id = $1 ORDER BY kind`),
      q(`SELECT kind, value, created_at AS "createdAt" FROM follows WHERE user_id = $1 ORDER BY created_at`),
      q(`SELECT p.address AS premises, s.starts_at AS "startsAt", s.place, b.created_at AS "createdAt", b.cancelled_at AS "cancelledAt"
           FROM premises_viewing_bookings b JOIN premises_viewing_slots s ON s.id = b.slot_id JOIN premises p ON p.id = s.premises_id
          WHERE b.user_id = $1 ORDER BY b.created_at`),
      q(`SELECT p.address AS premises, o.name AS organization, a.proposed_rent::float AS "proposedRent", a.intended_use AS "intendedUse",
                a.created_at AS "createdAt"
           FROM premises_letting_applications a JOIN premises_letting_rounds r ON r.id = a.round_id
           JOIN premises p ON p.id = r.premises_id LEFT JOIN organizations o ON o.id = a.organization_id
          WHERE a.user_id = $1 ORDER BY a.created_at`),
      q(`SELECT d.title AS demand, q.question, q.answer, q.created_at AS "createdAt", q.answered_at AS "answeredAt"
           FROM demand_questions q JOIN demands d ON d.id = q.demand_id WHERE q.asked_by_id = $1 ORDER BY q.created_at`),
    ]);
  const section = (description: string, items: Record<string, unknown>[]): ExportSection => ({ description, items });
  return {
    exportedAt: new Date().toISOString(),
    format: "PES-TOR account export, version 1; dates are ISO-8601 in UTC",
    profile,
    sections: {
      organizationMembership: section("Your place in an organisation", membership),
      trainingRegistrations: section("Trainings and meetings you registered for", registrations),
      premisesEnquiries: section("Your enquiries about municipal premises", enquiries),
      savedSearches: section("Premises searches you saved (alerts)", searches),
      newsletter: section("Your newsletter subscription", newsletter),
      demandSubscriptions: section("Demand categories you follow", demandSubs),
      equipmentNotices: section("Equipment notices you posted", notices),
      itemRequests: section("Items you asked for", requests),
      bookings: section("Equipment you booked", bookings),
      offers: section("Offers you submitted for your organisation", offers),
      demands: section("Demands you posted (officials)", demands),
      uploadedFiles: section("Documents you uploaded", uploads),
      auditEntries: section("Entries of the audit trail made by you or about your account", audit),
      emails: section("E-mails the platform sent or queued to you", mail),
      notifications: section("Your notifications", notifications),
      notificationPreferences: section("How you chose to get notification e-mails (kinds not listed: immediately)", preferences),
      follows: section("What you follow", follows),
      premisesViewings: section("Viewings of municipal premises you booked", viewings),
      lettingApplications: section("Applications you submitted in letting rounds of premises", applications),
      demandQuestions: section("Questions you asked about demands", questions),
    },
  };
}
