import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The accessibility statement (deklaracja dostępności) becomes two programme pages that
 * admins edit like the others: `accessibility` (Polish) and `accessibility-en`. Facts as
 * `key: value` lines, then the sections in a fixed order (app/accessibility/statement.ts).
 */
const PL = `podmiot: Gmina Miasta Toruń
strona: https://pestor.torun.pl
data-publikacji: 2013-07-02
data-aktualizacji: 2026-12-04
status: zgodna
data-sporzadzenia: 2026-12-04
osoba: Koordynator ds. dostępności Urzędu Miasta Torunia
email: dostepnosc@um.torun.pl
telefon: +48 56 611 88 88
adres: Urząd Miasta Torunia, ul. Wały gen. Sikorskiego 8, 87-100 Toruń

## Treści niedostępne

Mapa lokali uzupełnia listę wyników: wszystkie informacje z mapy (adres, osiedle) są dostępne w wynikach wyszukiwania. Załączniki publikowane przez organizacje (oferty, dokumenty) mogą nie być w pełni dostępne.

## Dostępność architektoniczna

Urząd Miasta Torunia, ul. Wały gen. Sikorskiego 8: wejście główne od ul. Wały gen. Sikorskiego z podjazdem dla wózków; winda obsługuje wszystkie kondygnacje; toaleta dostosowana do potrzeb osób z niepełnosprawnościami na parterze. Do budynku można wejść z psem asystującym i psem przewodnikiem. Miejsca parkingowe dla osób z niepełnosprawnościami znajdują się przy wejściu od ul. Wały gen. Sikorskiego. W punkcie obsługi klienta jest pętla indukcyjna.

## Dostęp do tłumacza języka migowego

Osoby niesłyszące lub słabosłyszące mogą skorzystać z bezpłatnej pomocy tłumacza polskiego języka migowego (PJM), systemu językowo-migowego (SJM) lub sposobu komunikowania się osób głuchoniewidomych (SKOGN). Spotkanie z tłumaczem należy zgłosić co najmniej 3 dni robocze wcześniej e-mailem, telefonicznie (SMS) lub osobiście. Urząd zapewnia także zdalny dostęp do tłumacza online przez stronę internetową Urzędu.`;

const EN = `podmiot: The City of Toruń (Gmina Miasta Toruń)
strona: https://pestor.torun.pl
data-publikacji: 2013-07-02
data-aktualizacji: 2026-12-04
status: compliant
data-sporzadzenia: 2026-12-04
osoba: Accessibility coordinator of the Toruń City Office
email: dostepnosc@um.torun.pl
telefon: +48 56 611 88 88
adres: Toruń City Office, ul. Wały gen. Sikorskiego 8, 87-100 Toruń, Poland

## Non-accessible content

The premises map complements the list of results: everything on the map (address, district) is also in the search results. Attachments published by organisations (offers, documents) may not be fully accessible.

## Architectural accessibility

Toruń City Office, ul. Wały gen. Sikorskiego 8: main entrance from ul. Wały gen. Sikorskiego with a wheelchair ramp; a lift serves every floor; an accessible toilet on the ground floor. Assistance dogs and guide dogs are welcome. Parking spaces for disabled people are next to the entrance. The customer service desk has an induction loop.

## Access to a sign language interpreter

Deaf and hard-of-hearing people can have a free interpreter of Polish Sign Language (PJM), signed Polish (SJM) or the communication method of deafblind people (SKOGN). Please book a meeting with an interpreter at least 3 working days in advance by e-mail, text message or in person. The office also offers a remote online interpreter through its website.`;

export class AccessibilityStatement1764100071000 implements MigrationInterface {
  name = "AccessibilityStatement1764100071000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [key, title, body, position] of [
      ["accessibility", "Deklaracja dostępności", PL, 100],
      ["accessibility-en", "Accessibility statement", EN, 101],
    ] as const) {
      await queryRunner.query(
        `INSERT INTO "programme_pages" ("key", "title", "body", "position", "published_at") VALUES ($1, $2, $3, $4, now()) ON CONFLICT ("key") DO NOTHING`,
        [key, title, body, position],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "programme_pages" WHERE "key" IN ('accessibility', 'accessibility-en')`);
  }
}
