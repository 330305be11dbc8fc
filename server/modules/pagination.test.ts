import { decodeCursor, edgesOf, pageInfoOf, sqlParams } from "./pagination";

describe("edgesOf", () => {
  it("signs a cursor only when it is read, once, and it decodes to the row's key", () => {
    const keyOf = jest.fn((node: { id: string; at: string }) => [node.at, node.id]);
    const edges = edgesOf([{ id: "a", at: "1" }, { id: "b", at: "2" }], keyOf, "test");
    expect(edges.map((e) => e.node.id)).toEqual(["a", "b"]);
    expect(keyOf).not.toHaveBeenCalled();
    const first = edges[0].cursor;
    expect(edges[0].cursor).toBe(first);
    expect(keyOf).toHaveBeenCalledTimes(1);
    expect(decodeCursor(first, 2, "test")).toEqual(["1", "a"]);
    expect(() => decodeCursor(first, 2, "other scope")).toThrow();
  });

  it("gives pageInfo the last edge's cursor, or null for an empty page", () => {
    const edges = edgesOf([{ id: "a" }, { id: "b" }], (n) => [n.id], "s");
    const info = pageInfoOf(edges, true);
    expect(info.hasNextPage).toBe(true);
    expect(info.endCursor).toBe(edges[1].cursor);
    expect(pageInfoOf(edgesOf([], () => [], "s"), false).endCursor).toBeNull();
  });
});

describe("sqlParams", () => {
  it("numbers the values of one statement in the order they are written, each statement from $1", () => {
    const { params, param } = sqlParams();
    expect(`a = ${param("x")} AND b < ${param(3)} AND c = ${param("$1")}`).toBe("a = $1 AND b < $2 AND c = $3");
    expect(params).toEqual(["x", 3, "$1"]);
    expect(sqlParams().param(null)).toBe("$1");
  });
});
