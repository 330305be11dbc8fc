/**
 * The first version of the /programme sections (Polish, Markdown, with their English
 * translation), from the programme's newsletter of 2 July 2013; admins edit them afterwards.
 */
export const PROGRAMME_PAGES_SEED: { key: string; title: string; body: string; titleEn: string; bodyEn: string }[] = [
  {
    key: "about",
    title: "O programie",
    body: `„Program współpracy Gminy Miasta Toruń z podmiotami ekonomii społecznej na lata 2013 – 2014” określa, jak miasto współpracuje z podmiotami ekonomii społecznej (PES): spółdzielniami socjalnymi, stowarzyszeniami, fundacjami, centrami i klubami integracji społecznej, zakładami i warsztatami aktywności zawodowej oraz innymi przedsiębiorstwami społecznymi.

W ramach programu:

- prowadzimy **wspólne szkolenia** pracowników Urzędu Miasta Torunia i przedstawicieli PES,
- organizujemy **regularne spotkania** podmiotów ekonomii społecznej i administracji lokalnej,
- rozwijamy **platformę PES-TOR**: bazę lokali, bazę sprzętu, katalog produktów i usług PES oraz zapotrzebowania miasta,
- stosujemy **klauzule społeczne** w zamówieniach publicznych.`,
    titleEn: "About the programme",
    bodyEn: `The “Programme of cooperation of the Municipality of Toruń with social economy entities for 2013–2014” sets out how the city cooperates with social economy entities (PES): social cooperatives, associations, foundations, social integration centres and clubs, vocational activity establishments and workshops, and other social enterprises.

Under the programme:

- we run **joint trainings** for staff of Toruń City Hall and representatives of PES,
- we organise **regular meetings** of social economy entities and the local administration,
- we develop the **PES-TOR platform**: a database of premises, a database of equipment, a catalogue of PES products and services, and the city's demands,
- we apply **social clauses** in public procurement.`,
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
    titleEn: "Team for monitoring the programme of cooperation of the Municipality of Toruń with PES",
    bodyEn: `The team is a consultative, advisory and initiating body, and part of the social economy support system in Toruń.

### Members

- Sławomir Bakalarz
- Magdalena Bergmann
- Łukasz Broniszewski
- Monika Ignaszczak
- Małgorzata Kowalska
- Izabela Miłoszewska
- Krzysztof Piątek
- Paweł Piotrowicz

### Meetings

| Meeting | Topics |
|---|---|
| First (2013) | Analysis of how far the Programme has been carried out, plans for further action |`,
  },
  {
    key: "awards",
    title: "Nagrody Prezydenta Miasta Torunia",
    body: `Toruń jest pierwszym miastem w Polsce, które — doceniając ekonomię społeczną — nagradza osoby zaangażowane w pracę na jej rzecz. Do kategorii „Przedsiębiorczość” nagród Prezydenta Miasta Torunia dodano „ekonomię społeczną”.

**2013** — 19 czerwca 2013 roku nagrodę za działalność w obszarze ekonomii społecznej otrzymał Pan Zenon Nienartowicz, założyciel i Przewodniczący Zarządu Stowarzyszenia Pomocy Dzieciom Niepełnosprawnym i Osobom Potrzebującym Wsparcia „JESTEM”.`,
    titleEn: "Awards of the Mayor of Toruń",
    bodyEn: `Toruń is the first city in Poland that — recognising the social economy — rewards people committed to working for it. “Social economy” was added to the “Entrepreneurship” category of the Mayor of Toruń's awards.

**2013** — on 19 June 2013 the award for work in the field of social economy went to Mr Zenon Nienartowicz, founder and Chairman of the Board of the “JESTEM” Association for Helping Disabled Children and People in Need of Support.`,
  },
  {
    key: "partners",
    title: "Partnerzy",
    body: `Program realizujemy razem z organizacjami, które goszczą spotkania i dzielą się wiedzą:

- [Gmina Miasta Toruń — Urząd Miasta Torunia](https://www.torun.pl)
- [AIESEC Toruń UMK](https://aiesec.pl) — gospodarz spotkania PES i administracji 20 czerwca 2013 r.
- Toruńskie podmioty ekonomii społecznej — [katalog organizacji](/organizations)`,
    titleEn: "Partners",
    bodyEn: `We carry out the programme together with organisations that host meetings and share their knowledge:

- [Municipality of Toruń — Toruń City Hall](https://www.torun.pl)
- [AIESEC Toruń UMK](https://aiesec.pl) — host of the meeting of PES and the administration on 20 June 2013
- Social economy entities of Toruń — [directory of organisations](/organizations)`,
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
