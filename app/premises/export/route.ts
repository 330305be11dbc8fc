import { graphql } from "../../lib/graphql-document";
import type { PremisesOrder } from "../../gql/graphql";
import { GraphQLRequestError, gql } from "../../lib/graphql-server";
import { parseSearchState, toApiFilter } from "../search-params";

const ExportQuery = graphql(`
  query PremisesExport($filter: PremisesFilter, $orderBy: PremisesOrder) {
    premisesCsv(filter: $filter, orderBy: $orderBy, limit: 5000)
  }
`);

/** GET /premises/export?… — the current search (same query as /premises) as a CSV file. */
export async function GET(request: Request): Promise<Response> {
  const state = parseSearchState(new URL(request.url).searchParams);
  const { filter, invalid } = toApiFilter(state);
  if (invalid.length) return new Response(`Invalid: ${invalid.join(", ")}\n`, { status: 400 });
  try {
    const data = await gql(ExportQuery, { filter, orderBy: state.orderBy as PremisesOrder });
    return new Response(data.premisesCsv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="lokale-torun.csv"',
        "cache-control": "no-store",
      },
    });
  } catch (err) {
    if (err instanceof GraphQLRequestError && err.code === "BAD_USER_INPUT") {
      return new Response(`Invalid: ${Object.keys(err.fields ?? {}).join(", ")}\n`, { status: 400 });
    }
    throw err;
  }
}
