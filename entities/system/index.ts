import { AuditEntry } from "./audit-log.entity";
import { MailMessage } from "./mail-message.entity";
import { SeedLog } from "./seed-log.entity";

export * from "./audit-log.entity";
export * from "./mail-message.entity";
export * from "./seed-log.entity";
export const systemEntities = [MailMessage, AuditEntry, SeedLog];
