import type { ReactNode } from "react";
import { SectionMessages } from "../i18n/section-messages";

/** Only the messages this section's client components translate (app/i18n/client-messages.ts). */
export default function Layout({ children }: { children: ReactNode }) {
  return <SectionMessages section="trainings">{children}</SectionMessages>;
}
