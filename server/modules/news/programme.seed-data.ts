/**
 * The first version of the /programme sections (Polish, Markdown), from the programme's
 * newsletter of 2 July 2013; admins edit them afterwards.
 */
export const PROGRAMME_PAGES_SEED: { key: string; title: string; body: string }[] = [
  {
    key: "about",
    title: "O programie",
    body: `„Program współpracy Gminy Miasta Toruń z podmiotami ekonomii społecznej na lata 2013 – 2014” określa, jak miasto współpracuje z podmiotami ekonomii społecznej (PES): spółdzielniami socjalnymi, stowarzyszeniami, fundacjami, centrami i klubami integracji społecznej, zakładami i warsztatami aktywności zawodowej oraz innymi przedsiębiorstwami społecznymi.

W ramach programu:

- prowadzimy **wspólne szkolenia** pracowników Urzędu Miasta Torunia i przedstawicieli PES,
- organizujemy **regularne spotkania** podmiotów ekonomii społecznej i administracji lokalnej,
- rozwijamy **platformę PES-TOR**: bazę lokali, bazę sprzętu, katalog produktów i usług PES oraz zapotrzebowania miasta,
- stosujemy **klauzule społeczne** w zamówieniach publicznych.`,
  },
  {
    key: "team",
    title: "Zespół ds. monitoringu programu współpracy GMT z PES",
    body: `Zespół jest organem konsultacyjnym, opiniodawczym i inicjatywnym, a także częścią systemu wsparcia ekonomii społecznej w Toruniu.

### Skład zespołu

- Sławomir Bakalarz
- Magdalena Bergmann
- Łukasz Broniszewski
- Monika Ignaszczak
- Małgorzata Kowalska
- Izabela Miłoszewska
- Krzysztof Piątek
- Paweł Piotrowicz

### Posiedzenia

| Posiedzenie | Tematy |
|---|---|
| Pierwsze (2013) | Analiza stopnia realizacji Programu, plany kolejnych działań |`,
  },
  {
    key: "awards",
    title: "Nagrody Prezydenta Miasta Torunia",
    body: `Toruń jest pierwszym miastem w Polsce, które — doceniając ekonomię społeczną — nagradza osoby zaangażowane w pracę na jej rzecz. Do kategorii „Przedsiębiorczość” nagród Prezydenta Miasta Torunia dodano „ekonomię społeczną”.

**2013** — 19 czerwca 2013 roku nagrodę za działalność w obszarze ekonomii społecznej otrzymał Pan Zenon Nienartowicz, założyciel i Przewodniczący Zarządu Stowarzyszenia Pomocy Dzieciom Niepełnosprawnym i Osobom Potrzebującym Wsparcia „JESTEM”.`,
  },
  {
    key: "partners",
    title: "Partnerzy",
    body: `Program realizujemy razem z organizacjami, które goszczą spotkania i dzielą się wiedzą:

- [Gmina Miasta Toruń — Urząd Miasta Torunia](https://www.torun.pl)
- [AIESEC Toruń UMK](https://aiesec.pl) — gospodarz spotkania PES i administracji 20 czerwca 2013 r.
- Toruńskie podmioty ekonomii społecznej — [katalog organizacji](/organizations)`,
  },
];

/**
 * The programme's partners as the newsletter of 2 July 2013 names them (formerly a fixed
 * list on /programme). `logo` describes the simple placeholder logo the seed draws.
 */
export const PARTNERS_SEED: { name: string; url: string; description: string; logo: { initials: string; color: string } }[] = [
  {
    name: "Gmina Miasta Toruń — Urząd Miasta Torunia",
    url: "https://www.torun.pl",
    description: "Prowadzi program współpracy z podmiotami ekonomii społecznej i platformę PES-TOR.",
    logo: { initials: "UMT", color: "#8a1c1c" },
  },
  {
    name: "AIESEC Toruń UMK",
    url: "https://aiesec.pl",
    description: "Gospodarz spotkania PES i administracji 20 czerwca 2013 r.",
    logo: { initials: "AIESEC", color: "#0b5cad" },
  },
];
