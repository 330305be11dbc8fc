import { postFile, refusalKey } from "../../../app/components/forms/post-file";
import { jsonResponse, spyOnFetchEachTest } from "../../helpers/graphql-fetch";

/** The one way the upload forms send a file and read an upload route's refusal. */
const fetchSpy = spyOnFetchEachTest();
const file = new File(["x"], "a.png", { type: "image/png" });

it("posts the file and the other fields as multipart form data, and hands back the answer", async () => {
  const answer = jsonResponse(201, { url: "/news/covers/k" });
  fetchSpy().mockResolvedValue(answer);
  const res = await postFile("/news/covers", file, { alt: "Logo" });
  expect(res).toEqual({ ok: true, response: answer });
  const [url, init] = fetchSpy().mock.calls[0] as [string, RequestInit];
  expect(url).toBe("/news/covers");
  expect(init.method).toBe("POST");
  const body = init.body as FormData;
  expect((body.get("file") as File).name).toBe("a.png");
  expect(body.get("alt")).toBe("Logo");
});

it("gives the file's reason and the error's code of a refusal", async () => {
  fetchSpy().mockResolvedValue(jsonResponse(400, { error: "BAD_USER_INPUT", fields: { file: "tooBig" } }));
  expect(await postFile("/x", file)).toEqual({ ok: false, reason: "tooBig", code: "BAD_USER_INPUT" });
});

it("gives neither when nothing answered or the answer was not JSON", async () => {
  fetchSpy().mockRejectedValueOnce(new TypeError("offline"));
  expect(await postFile("/x", file)).toEqual({ ok: false, reason: undefined, code: undefined });
  fetchSpy().mockResolvedValueOnce({ ok: false, status: 502, json: () => Promise.reject(new SyntaxError("html")) } as unknown as Response);
  expect(await postFile("/x", file)).toEqual({ ok: false, reason: undefined, code: undefined });
});

it("names the message of a refusal: the file's reason, else the error's code, when the form has one; else the fallback", () => {
  const known = ["tooBig", "notImage", "FORBIDDEN"];
  expect(refusalKey({ reason: "tooBig", code: "BAD_USER_INPUT" }, known)).toBe("tooBig");
  expect(refusalKey({ code: "FORBIDDEN" }, known)).toBe("FORBIDDEN");
  expect(refusalKey({ reason: "empty", code: "BAD_USER_INPUT" }, known)).toBe("generic");
  expect(refusalKey({}, known, "failed")).toBe("failed");
});
