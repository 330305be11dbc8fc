/**
 * The first versions of the RODO information clause (/privacy) and the terms of use
 * (/terms), inserted by the migration that introduced them; admins edit and publish them
 * afterwards on /admin/news/programme like the other programme pages. Publishing the
 * terms makes a new terms version, which signed-in users are asked to accept.
 * One Markdown body holds the Polish text and its English translation below it.
 */
export const PRIVACY_PAGE = {
  key: "privacy",
  title: "Ochrona danych osobowych (RODO) / Privacy notice",
  body: `Na podstawie art. 13 i 14 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO) informujemy:

### Administrator danych
Administratorem Twoich danych osobowych jest **Gmina Miasta Toruń**, reprezentowana przez Prezydenta Miasta Torunia, ul. Wały gen. Sikorskiego 8, 87-100 Toruń.

### Inspektor ochrony danych
Z inspektorem ochrony danych skontaktujesz się pod adresem **iod@um.torun.pl** lub pisemnie na adres administratora.

### Cele i podstawy prawne
- prowadzenie konta na platformie PES-TOR i realizacja programu współpracy z podmiotami ekonomii społecznej — art. 6 ust. 1 lit. e RODO (zadanie w interesie publicznym) oraz lit. b (regulamin platformy),
- zapisy na szkolenia i spotkania, rezerwacje sprzętu, zapytania o lokale i oferty — art. 6 ust. 1 lit. b i e RODO,
- newsletter i powiadomienia o nowych lokalach lub zapotrzebowaniach — art. 6 ust. 1 lit. a RODO (Twoja zgoda, którą możesz w każdej chwili wycofać),
- sprawozdawczość programu (liczby uczestników, bez danych osobowych) i rozliczalność (dziennik zmian) — art. 6 ust. 1 lit. c i e RODO.

### Okres przechowywania
Dane konta przechowujemy do jego usunięcia. Po usunięciu konta zostają jedynie dane, których program potrzebuje bez Twojej tożsamości (liczby obecności, oferty organizacji, dziennik zmian). Niepotwierdzone zapisy do newslettera usuwamy po wygaśnięciu linku.

### Odbiorcy
Dane mogą otrzymać wyłącznie podmioty obsługujące platformę na zlecenie administratora (hosting, poczta) oraz — w zakresie koniecznym — organizatorzy szkoleń i właściciele ogłoszeń, z którymi się kontaktujesz.

### Twoje prawa
Masz prawo dostępu do danych i otrzymania ich kopii (na stronie **Moje konto → Moje dane** pobierzesz je w pliku JSON), sprostowania, usunięcia (możesz usunąć konto samodzielnie), ograniczenia przetwarzania, przenoszenia danych, sprzeciwu oraz wycofania zgody. Przysługuje Ci skarga do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa).

Podanie danych jest dobrowolne, ale bez adresu e-mail i imienia nie można założyć konta. Nie podejmujemy wobec Ciebie decyzji w sposób zautomatyzowany.

---

## English

**Controller:** Gmina Miasta Toruń (the Municipality of Toruń), represented by the Mayor of Toruń, ul. Wały gen. Sikorskiego 8, 87-100 Toruń. **Data protection officer:** iod@um.torun.pl.

**Purposes and legal bases:** running your PES-TOR account and the cooperation programme (GDPR art. 6(1)(e) and (b)); training registrations, equipment bookings, enquiries and offers (art. 6(1)(b) and (e)); the newsletter and alerts (art. 6(1)(a), your consent, which you can withdraw at any time); programme reporting without identities and the audit trail (art. 6(1)(c) and (e)).

**Retention:** until you delete your account; afterwards only what the programme needs without your identity (attendance counts, organisations' offers, the audit trail).

**Your rights:** access and a copy (download it under **My account → My data**), rectification, erasure (delete your account yourself), restriction, portability, objection and withdrawal of consent; you may complain to the President of the Personal Data Protection Office (UODO).`,
} as const;

export const TERMS_PAGE = {
  key: "terms",
  title: "Regulamin platformy PES-TOR / Terms of use",
  body: `1. Platforma PES-TOR służy współpracy Gminy Miasta Toruń z podmiotami ekonomii społecznej (PES).
2. Konto zakłada osoba fizyczna; konta urzędników i nowe organizacje są aktywne po weryfikacji przez administratora.
3. Publikujesz tylko treści zgodne z prawem i dotyczące programu; administrator może usunąć treści, które naruszają regulamin.
4. Twoje dane przetwarzamy zgodnie z [klauzulą informacyjną](/privacy). W każdej chwili możesz pobrać swoje dane i usunąć konto.
5. O nowej wersji regulaminu poinformujemy Cię przy następnej wizycie; dalsze korzystanie z konta wymaga jej akceptacji.

---

## English

1. PES-TOR serves the cooperation of the Municipality of Toruń with social economy entities.
2. Accounts belong to natural persons; officials' accounts and new organisations are active once an administrator verifies them.
3. Publish only lawful content related to the programme; administrators may remove content that breaks these terms.
4. We process your data as described in the [privacy notice](/privacy); you can download your data and delete your account at any time.
5. You are asked to accept a new version of these terms on your next visit.`,
} as const;

/**
 * The English versions of the two texts above (of their Polish part), set by the migration
 * that added English versions of programme pages where the Polish text was still the first
 * one. The Polish text stays binding, and each says so.
 */
export const PRIVACY_PAGE_EN = {
  titleEn: "Personal data protection (GDPR) — privacy notice",
  bodyEn: `*This is an English translation provided for information. The Polish text of this notice is binding.*

Under Articles 13 and 14 of Regulation (EU) 2016/679 of the European Parliament and of the Council (GDPR), we inform you as follows:

### Controller
The controller of your personal data is **Gmina Miasta Toruń** (the Municipality of Toruń), represented by the Mayor of Toruń, ul. Wały gen. Sikorskiego 8, 87-100 Toruń.

### Data protection officer
You can contact the data protection officer at **iod@um.torun.pl** or in writing at the controller's address.

### Purposes and legal bases
- running your account on the PES-TOR platform and carrying out the programme of cooperation with social economy entities — Article 6(1)(e) GDPR (a task carried out in the public interest) and point (b) (the platform's terms of use),
- registrations for trainings and meetings, equipment bookings, enquiries about premises, and offers — Article 6(1)(b) and (e) GDPR,
- the newsletter and alerts about new premises or demands — Article 6(1)(a) GDPR (your consent, which you may withdraw at any time),
- programme reporting (numbers of participants, without personal data) and accountability (the audit trail) — Article 6(1)(c) and (e) GDPR.

### Retention period
We keep account data until the account is deleted. After an account is deleted, only the data the programme needs without your identity remain (attendance counts, organisations' offers, the audit trail). Unconfirmed newsletter sign-ups are deleted once the link expires.

### Recipients
Data may be received only by entities operating the platform on the controller's behalf (hosting, e-mail) and — to the extent necessary — by training organisers and owners of notices you contact.

### Your rights
You have the right of access to your data and to receive a copy (on the **My account → My data** page you can download it as a JSON file), to rectification, to erasure (you can delete your account yourself), to restriction of processing, to data portability, to object, and to withdraw consent. You may lodge a complaint with the President of the Personal Data Protection Office (ul. Stawki 2, 00-193 Warszawa).

Providing data is voluntary, but an account cannot be created without an e-mail address and a name. We do not make automated decisions about you.`,
} as const;

export const TERMS_PAGE_EN = {
  titleEn: "Terms of use of the PES-TOR platform",
  bodyEn: `*This is an English translation provided for information. The Polish text of these terms is binding.*

1. The PES-TOR platform serves the cooperation of the Municipality of Toruń with social economy entities (PES).
2. An account is opened by a natural person; officials' accounts and new organisations become active once an administrator has verified them.
3. You publish only content that is lawful and relates to the programme; the administrator may remove content that breaks these terms.
4. We process your data in accordance with the [privacy notice](/privacy). You can download your data and delete your account at any time.
5. We will tell you about a new version of these terms on your next visit; continuing to use your account requires accepting it.`,
} as const;
