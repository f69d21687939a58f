import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "@/components/ui/markdown";

const render = (source: string) => renderToStaticMarkup(<Markdown source={source} />);

const hostile = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "<a href=\"javascript:alert(1)\">x</a>",
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](  javascript:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](vbscript:msgbox(1))",
  "![x](javascript:alert(1))",
  "<iframe src=\"https://evil.example\"></iframe>",
  "<svg onload=alert(1)></svg>",
  "<div style=\"background:url(javascript:alert(1))\">x</div>",
  "[x](https://ok.example \"title\" onclick=alert(1))",
  "<details open ontoggle=alert(1)>",
  "<form action=\"https://evil.example\"><button>go</button></form>",
];

describe("Markdown", () => {
  it("renders ordinary Markdown: headings below the section heading, lists and safe links", () => {
    const html = render("# 课程\n\n- 第一周\n- 第二周\n\n[报名须知](https://example.cn/guide)");
    expect(html).toContain("<h3>课程</h3>");
    expect(html).toContain("<li>第一周</li>");
    expect(html).toMatch(/<a href="https:\/\/example.cn\/guide" rel="noopener noreferrer nofollow ugc" target="_blank">报名须知<\/a>/);
  });

  it.each(hostile)("leaves hostile input inert: %s", (source) => {
    const html = render(source);
    expect(html).not.toMatch(/<(script|iframe|svg|form|img|details|div style)/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
  });

  it("shows an image's alt text instead of loading it", () => {
    expect(render("![校园地图](https://tracker.example/pixel.png)")).toBe('<div class="prose-content"><p><span>校园地图</span></p></div>');
  });
});
