"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { PlacesMap, type MapLabels, type MapPoint } from "../components/map/map";
import type { PremisesFilter } from "../gql/graphql";
import { gqlClient } from "../lib/graphql-client";
import { graphql } from "../lib/graphql-document";

const MapPointsQuery = graphql(`
  query PremisesSearchMapPoints($filter: PremisesFilter) {
    premisesMapPoints(filter: $filter) {
      totalCount
      truncated
      points {
        id
        latitude
        longitude
        title
      }
    }
  }
`);

/**
 * Every match of the search on the map (clustered), not only this page's: a marker of this
 * page opens its card below, any other the premises' own page. The points (up to 2 000) are
 * fetched by the browser once the page is there — in the page's HTML they made it several
 * times larger and its server render slower; the map needs JavaScript anyway.
 */
export function SearchMap({ filter, onPage, labels }: { filter: PremisesFilter; onPage: Record<string, string>; labels: MapLabels }) {
  const t = useTranslations("premises");
  const [found, setFound] = useState<{ points: MapPoint[]; truncated: boolean; totalCount: number } | null>(null);
  const key = JSON.stringify(filter);

  useEffect(() => {
    let live = true;
    gqlClient(MapPointsQuery, { filter: JSON.parse(key) as PremisesFilter }).then((r) => {
      if (!live || !r.data) return;
      const m = r.data.premisesMapPoints;
      const points = m.points.map((p) => ({
        ...p,
        subtitle: onPage[p.id],
        href: p.id in onPage ? `#premises-${p.id}` : `/premises/${p.id}`,
      }));
      setFound({ points, truncated: m.truncated, totalCount: m.totalCount });
    });
    return () => {
      live = false;
    };
    // onPage follows the filter (the same search's page); the key stands for both.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  if (!found) return <div className="js-only" style={{ height: "20rem" }} aria-hidden="true" />;
  if (found.points.length === 0) return null;
  return (
    <>
      <PlacesMap points={found.points} cluster labels={labels} />
      <p className="muted js-only">
        {found.truncated
          ? t("map.truncated", { shown: found.points.length, total: found.totalCount })
          : t("map.allMatches", { count: found.points.length })}
      </p>
    </>
  );
}
