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
