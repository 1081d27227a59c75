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

describe("checkActionBody with the called action's shape", () => {
  const formCall = async (root: string) => {
    const form = new FormData();
    form.set("_1_proposalId", "p1");
    form.set("0", root);
    return new Request("http://x/speaker", { method: "POST", body: form });
  };

  it("passes what React sends for a form action and for a value action", async () => {
    expect(await checkActionBody(await formCall('[null,"$K1"]'), "form")).toEqual({ ok: true });
    expect(await checkActionBody(await formCall('[{"ok":false,"code":"x"},"$K1a"]'), "form")).toEqual({ ok: true });
    expect(await checkActionBody(post('[{"eventSlug":"x","score":1}]', "text/plain"), "value")).toEqual({ ok: true });
    expect(await checkActionBody(post("[]", "text/plain"), "any")).toEqual({ ok: true });
  });

  it("refuses a form action called with a string, an object, nothing or a bare form, with 400", async () => {
    for (const body of ['["x"]', '[{"proposalId":"p1"}]', "[]", '[null,{"proposalId":"p1"}]', '[null,"$K1",3]'])
      expect(await checkActionBody(post(body, "text/plain"), "form"), body).toEqual({
        ok: false,
        status: 400,
        message: "Malformed action arguments: this action takes a form.",
      });
    expect(await checkActionBody(await formCall('["$K1"]'), "form")).toMatchObject({ status: 400 });
    expect(await checkActionBody(await formCall('[null,"$$K1"]'), "form")).toMatchObject({ status: 400 });
  });

  it("refuses a value action called with a form, a string or nothing, with 400", async () => {
    expect(await checkActionBody(await formCall('[null,"$K1"]'), "value")).toMatchObject({
      status: 400,
      message: "Malformed action arguments: this action takes one object.",
    });
    for (const body of ['["x"]', "[]", "[null]", "[[1]]"])
      expect(await checkActionBody(post(body, "text/plain"), "value"), body).toMatchObject({ status: 400 });
  });
});
