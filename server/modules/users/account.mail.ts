import type { EntityManager } from "typeorm";
import { AccountType, type User } from "../../../entities/users";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";

import { toLocale, type Locale } from "../../../entities/locales";

/** Each language's subject and the paragraphs after the greeting. */
type Texts = Record<Locale, { subject: string; lines: string[] }>;

/** A mail to `to` in `user`'s language, opening with the greeting by name. */
async function send(em: EntityManager, user: User, to: string, template: string, texts: Texts, dedupeKey?: string) {
  const locale = toLocale(user.locale);
  const { subject, lines } = texts[locale];
  const greeting = locale === "en" ? `Hello ${user.name},` : `Dzień dobry ${user.name},`;
  await enqueueTextMail(em, { to, subject, text: [greeting, ...lines].join("\n\n"), locale, template, dedupeKey });
}

/** Each language's subject and the paragraphs before and after a mail's one link. */
type LinkTexts = Record<Locale, { subject: string; before: string; after: string }>;

/** A mail whose one link (`path` with `token`) stands between two paragraphs. */
function sendLink(em: EntityManager, user: User, to: string, template: string, path: string, token: string, texts: LinkTexts) {
  const link = appLink(`${path}?token=${encodeURIComponent(token)}`);
  const around = ({ subject, before, after }: LinkTexts[Locale]) => ({ subject, lines: [before, link, after] });
  return send(em, user, to, template, { en: around(texts.en), pl: around(texts.pl) });
}

/** The link that proves the person owns the address they signed up with. */
export function mailVerifyEmail(em: EntityManager, user: User, token: string) {
  return sendLink(em, user, user.email, "users.verify-email", "/account/verify", token, {
    en: {
      subject: "Confirm your e-mail address — PES-TOR",
      before: `please confirm that this is your address by opening the link below. Until then your account can read, but cannot register, post or send requests.`,
      after: `The link works for 7 days. If you did not create an account on PES-TOR, ignore this message.`,
    },
    pl: {
      subject: "Potwierdź adres e-mail — PES-TOR",
      before: `potwierdź, że to Twój adres, otwierając poniższy link. Do tego czasu konto pozwala przeglądać, ale nie zapisywać się, publikować ani wysyłać zgłoszeń.`,
      after: `Link działa 7 dni. Jeśli nie zakładałeś(-aś) konta na platformie PES-TOR, zignoruj tę wiadomość.`,
    },
  });
}

/** The one-hour link that lets the holder choose a new password. */
export function mailResetPassword(em: EntityManager, user: User, token: string) {
  return sendLink(em, user, user.email, "users.reset-password", "/signin/reset", token, {
    en: {
      subject: "Set a new password — PES-TOR",
      before: `someone (hopefully you) asked to set a new password for your PES-TOR account. Open this link within one hour:`,
      after: `The link works once. If you did not ask for it, ignore this message: your password stays as it is.`,
    },
    pl: {
      subject: "Ustaw nowe hasło — PES-TOR",
      before: `otrzymaliśmy prośbę o ustawienie nowego hasła do Twojego konta na platformie PES-TOR. Otwórz ten link w ciągu godziny:`,
      after: `Link działa jeden raz. Jeśli to nie Ty, zignoruj tę wiadomość — hasło pozostanie bez zmian.`,
    },
  });
}

/** Sent to the NEW address: the change happens only when this link is opened. */
export function mailConfirmEmailChange(em: EntityManager, user: User, newEmail: string, token: string) {
  return sendLink(em, user, newEmail, "users.change-email", "/account/verify", token, {
    en: {
      subject: "Confirm your new e-mail address — PES-TOR",
      before: `open this link to make ${newEmail} the address of your PES-TOR account:`,
      after: `The link works for 24 hours. Until it is opened, your account keeps its current address.`,
    },
    pl: {
      subject: "Potwierdź nowy adres e-mail — PES-TOR",
      before: `otwórz ten link, aby ${newEmail} stał się adresem Twojego konta na platformie PES-TOR:`,
      after: `Link działa 24 godziny. Do tego czasu konto zachowuje dotychczasowy adres.`,
    },
  });
}

/** A notice to the account's address after something only its owner should do. */
export function mailAccountNotice(em: EntityManager, user: User, to: string, what: "passwordChanged" | "emailChanged") {
  const help = {
    en: `If it was not you, set a new password at once: ${appLink("/signin/forgot")}`,
    pl: `Jeśli to nie Ty, od razu ustaw nowe hasło: ${appLink("/signin/forgot")}`,
  };
  const texts: Texts =
    what === "passwordChanged"
      ? {
          en: {
            subject: "Your password was changed — PES-TOR",
            lines: ["the password of your PES-TOR account has just been changed, and every other session was signed out.", help.en],
          },
          pl: { subject: "Hasło zostało zmienione — PES-TOR", lines: ["hasło do Twojego konta na platformie PES-TOR zostało właśnie zmienione, a pozostałe sesje wylogowane.", help.pl] },
        }
      : {
          en: {
            subject: "Your e-mail address was changed — PES-TOR",
            lines: ["the e-mail address of your PES-TOR account has just been changed; this address no longer signs in.", help.en],
          },
          pl: {
            subject: "Adres e-mail został zmieniony — PES-TOR",
            lines: ["adres e-mail Twojego konta na platformie PES-TOR został właśnie zmieniony; tym adresem nie można się już logować.", help.pl],
          },
        };
  return send(em, user, to, `users.${what === "passwordChanged" ? "password-changed" : "email-changed"}`, texts);
}

/** The welcome after sign-up, in the language the person signed up in; what comes next depends on the account type. */
export function mailWelcome(em: EntityManager, user: User) {
  const next =
    user.accountType === AccountType.OFFICIAL
      ? { en: "Your official account will be activated once an administrator has checked it.", pl: "Konto urzędnika zostanie aktywowane po weryfikacji przez administratora." }
      : user.accountType === AccountType.PES
        ? {
            en: `Find your organisation in the directory or add a new one: ${appLink("/account/organization")}`,
            pl: `Wskaż swoją organizację w katalogu albo dodaj nową: ${appLink("/account/organization")}`,
          }
        : { en: `You can now sign up for events and post notices: ${appLink("/")}`, pl: `Możesz już zapisywać się na wydarzenia i dodawać ogłoszenia: ${appLink("/")}` };
  return send(
    em,
    user,
    user.email,
    "users.welcome",
    {
      en: { subject: "Welcome to PES-TOR", lines: ["welcome to the PES-TOR platform.", next.en] },
      pl: { subject: "Witamy na platformie PES-TOR", lines: ["witamy na platformie PES-TOR.", next.pl] },
    },
    `welcome:${user.id}`,
  );
}
