import { describe, expect, it } from "vitest";
import { findDangerousMarkup, renderMarkdown } from "./render";

describe("renderMarkdown", () => {
  it("renders formatting", () => {
    expect(renderMarkdown("**bold** and *em*\n\n- a\n- b")).toBe(
      "<p><strong>bold</strong> and <em>em</em></p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n",
    );
  });
  it("strips scripts, event handlers and javascript: links", () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror="alert(1)">\n\n[x](javascript:alert(1))');
    expect(html).not.toMatch(/<script|onerror|href="javascript|<img/i);
  });
  it("makes links safe", () => {
    expect(renderMarkdown("[site](https://example.org)")).toContain('rel="nofollow noopener noreferrer"');
  });
  it("flags dangerous markup for a clear validation message", () => {
    expect(findDangerousMarkup("hello <script>x</script>")).toBe("<script");
    expect(findDangerousMarkup('<a onclick="x">')).toBe("onclick=");
    expect(findDangerousMarkup("Use `a < b` and 2 > 1")).toBeNull();
  });
});

describe("renderMarkdown memo", () => {
  it("renders a repeated text from the memo with the same result, and a changed text afresh", () => {
    const text = `A unique abstract ${Date.now()} with **bold** and a [link](https://example.org).`;
    const first = renderMarkdown(text);
    expect(renderMarkdown(text)).toBe(first);
    const changed = renderMarkdown(`${text} <script>alert(1)</script>`);
    expect(changed).not.toBe(first);
    expect(changed).not.toContain("<script");
  });

  it("keeps a bounded memo: texts pushed out still render correctly", () => {
    const texts = Array.from({ length: 2100 }, (_, i) => `item ${i} *em*`);
    for (const t of texts) renderMarkdown(t);
    expect(renderMarkdown(texts[0])).toBe("<p>item 0 <em>em</em></p>\n");
    expect(renderMarkdown(texts[2099])).toBe("<p>item 2099 <em>em</em></p>\n");
  });
});
