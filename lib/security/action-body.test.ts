import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, checkActionBody } from "./action-body";

const post = (body: BodyInit, type: string, length?: number) =>
  new Request("http://x/speaker", {
    method: "POST",
    body,
    headers: { "content-type": type, ...(length ? { "content-length": String(length) } : {}) },
  });

describe("checkActionBody", () => {
  it("passes well-formed React replies", async () => {
    expect(await checkActionBody(post('[{"eventSlug":"x"}]', "text/plain;charset=UTF-8"))).toEqual({ ok: true });
    const form = new FormData();
    form.set("_1_title", "x");
    form.set("0", '[null,"$K1"]');
    expect(await checkActionBody(new Request("http://x/", { method: "POST", body: form }))).toEqual({ ok: true });
  });

  it("refuses malformed and oversized bodies with 400 / 413", async () => {
    expect(await checkActionBody(post("{not json", "text/plain"))).toMatchObject({ ok: false, status: 400 });
    expect(await checkActionBody(post("\u0000\u0001", "text/plain"))).toMatchObject({ ok: false, status: 400 });
    expect(await checkActionBody(post("-1", "text/plain"))).toMatchObject({ ok: false, status: 400 });
    const noRoot = new FormData();
    noRoot.set("_1_title", "x");
    expect(await checkActionBody(new Request("http://x/", { method: "POST", body: noRoot }))).toMatchObject({
      status: 400,
    });
    expect(await checkActionBody(post("--b\r\nbroken", "multipart/form-data; boundary=b"))).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await checkActionBody(post("[]", "text/plain", ACTION_BODY_LIMIT + 1))).toMatchObject({ status: 413 });
    expect(await checkActionBody(post("x".repeat(ACTION_BODY_LIMIT + 1), "text/plain"))).toMatchObject({ status: 413 });
  });
});
