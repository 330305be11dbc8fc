import type { EntityManager } from "typeorm";
import { AccountType, type User } from "../../../entities/users";
import { enqueueTextMail } from "../../mail/mail.service";
import { appLink } from "../../mail/templates";

import { toLocale, type Locale } from "../../../entities/locales";

const localeOf = (user: Pick<User, "locale">): Locale => toLocale(user.locale);

async function send(
  em: EntityManager,
  to: string,
  locale: Locale,
  template: string,
  subject: string,
  lines: string[],
  dedupeKey?: string,
) {
  const text = lines.join("\n\n");
  await enqueueTextMail(em, { to, subject, text, locale, template, dedupeKey });
}

/** The link that proves the person owns the address they signed up with. */
export function mailVerifyEmail(em: EntityManager, user: User, token: string) {
  const locale = localeOf(user);
  const link = appLink(`/account/verify?token=${encodeURIComponent(token)}`);
  return locale === "en"
    ? send(em, user.email, locale, "users.verify-email", "Confirm your e-mail address — PES-TOR", [
        `Hello ${user.name},`,
        `please confirm that this is your address by opening the link below. Until then your account can read, but cannot register, post or send requests.`,
        link,
        `The link works for 7 days. If you did not create an account on PES-TOR, ignore this message.`,
      ])
    : send(em, user.email, locale, "users.verify-email", "Potwierdź adres e-mail — PES-TOR", [
        `Dzień dobry ${user.name},`,
        `potwierdź, że to Twój adres, otwierając poniższy link. Do tego czasu konto pozwala przeglądać, ale nie zapisywać się, publikować ani wysyłać zgłoszeń.`,
        link,
        `Link działa 7 dni. Jeśli nie zakładałeś(-aś) konta na platformie PES-TOR, zignoruj tę wiadomość.`,
      ]);
}

/** The one-hour link that lets the holder choose a new password. */
export function mailResetPassword(em: EntityManager, user: User, token: string) {
  const locale = localeOf(user);
  const link = appLink(`/signin/reset?token=${encodeURIComponent(token)}`);
  return locale === "en"
    ? send(em, user.email, locale, "users.reset-password", "Set a new password — PES-TOR", [
        `Hello ${user.name},`,
        `someone (hopefully you) asked to set a new password for your PES-TOR account. Open this link within one hour:`,
        link,
        `The link works once. If you did not ask for it, ignore this message: your password stays as it is.`,
      ])
    : send(em, user.email, locale, "users.reset-password", "Ustaw nowe hasło — PES-TOR", [
        `Dzień dobry ${user.name},`,
        `otrzymaliśmy prośbę o ustawienie nowego hasła do Twojego konta na platformie PES-TOR. Otwórz ten link w ciągu godziny:`,
        link,
        `Link działa jeden raz. Jeśli to nie Ty, zignoruj tę wiadomość — hasło pozostanie bez zmian.`,
      ]);
}

/** Sent to the NEW address: the change happens only when this link is opened. */
export function mailConfirmEmailChange(em: EntityManager, user: User, newEmail: string, token: string) {
  const locale = localeOf(user);
  const link = appLink(`/account/verify?token=${encodeURIComponent(token)}`);
  return locale === "en"
    ? send(em, newEmail, locale, "users.change-email", "Confirm your new e-mail address — PES-TOR", [
        `Hello ${user.name},`,
        `open this link to make ${newEmail} the address of your PES-TOR account:`,
        link,
        `The link works for 24 hours. Until it is opened, your account keeps its current address.`,
      ])
    : send(em, newEmail, locale, "users.change-email", "Potwierdź nowy adres e-mail — PES-TOR", [
        `Dzień dobry ${user.name},`,
        `otwórz ten link, aby ${newEmail} stał się adresem Twojego konta na platformie PES-TOR:`,
        link,
        `Link działa 24 godziny. Do tego czasu konto zachowuje dotychczasowy adres.`,
      ]);
}

/** A notice to the account's address after something only its owner should do. */
export function mailAccountNotice(em: EntityManager, user: User, to: string, what: "passwordChanged" | "emailChanged") {
  const locale = localeOf(user);
  const en = locale === "en";
  const body =
    what === "passwordChanged"
      ? en
        ? "the password of your PES-TOR account has just been changed, and every other session was signed out."
        : "hasło do Twojego konta na platformie PES-TOR zostało właśnie zmienione, a pozostałe sesje wylogowane."
      : en
        ? "the e-mail address of your PES-TOR account has just been changed; this address no longer signs in."
        : "adres e-mail Twojego konta na platformie PES-TOR został właśnie zmieniony; tym adresem nie można się już logować.";
  const help = en
    ? `If it was not you, set a new password at once: ${appLink("/signin/forgot")}`
    : `Jeśli to nie Ty, od razu ustaw nowe hasło: ${appLink("/signin/forgot")}`;
  return send(
    em,
    to,
    locale,
    `users.${what === "passwordChanged" ? "password-changed" : "email-changed"}`,
    what === "passwordChanged"
      ? en ? "Your password was changed — PES-TOR" : "Hasło zostało zmienione — PES-TOR"
      : en ? "Your e-mail address was changed — PES-TOR" : "Adres e-mail został zmieniony — PES-TOR",
    [en ? `Hello ${user.name},` : `Dzień dobry ${user.name},`, body, help],
  );
}

/** The welcome after sign-up, in the language the person signed up in; what comes next depends on the account type. */
export function mailWelcome(em: EntityManager, user: User) {
  const en = localeOf(user) === "en";
  const next =
    user.accountType === AccountType.OFFICIAL
      ? en
        ? "Your official account will be activated once an administrator has checked it."
        : "Konto urzędnika zostanie aktywowane po weryfikacji przez administratora."
      : user.accountType === AccountType.PES
        ? en
          ? `Find your organisation in the directory or add a new one: ${appLink("/account/organization")}`
          : `Wskaż swoją organizację w katalogu albo dodaj nową: ${appLink("/account/organization")}`
        : en
          ? `You can now sign up for events and post notices: ${appLink("/")}`
          : `Możesz już zapisywać się na wydarzenia i dodawać ogłoszenia: ${appLink("/")}`;
  return send(
    em,
    user.email,
    localeOf(user),
    "users.welcome",
    en ? "Welcome to PES-TOR" : "Witamy na platformie PES-TOR",
    [en ? `Hello ${user.name},` : `Dzień dobry ${user.name},`, en ? "welcome to the PES-TOR platform." : "witamy na platformie PES-TOR.", next],
    `welcome:${user.id}`,
  );
}
