import { Follow, Notification, NotificationDigest, NotificationPreference } from "./notification.entity";

export * from "./notification.entity";

// Entities of the notifications domain, listed here so that entities/index.ts never changes.
export const notificationEntities: Function[] = [Notification, NotificationPreference, NotificationDigest, Follow];
