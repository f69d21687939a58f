import { expect, test, type Page } from "@playwright/test";

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (el: { tag: string; label: string; text: string }) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const label = a?.id ? document.querySelector(`label[for="${a.id}"]`)?.textContent ?? "" : "";
      return { tag: a?.tagName.toLowerCase() ?? "", label: label.trim(), text: (a?.textContent ?? "").trim() };
    });
    if (matches(el)) return;
  }
  throw new Error("Element not reached by Tab");
}

test("the filter form works with the keyboard alone", async ({ page }) => {
  await page.goto("/programmes");
  // The skip link comes first and moves focus to the main content.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "跳到主要内容" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  await tabTo(page, (el) => el.tag === "input" && el.label.startsWith("专家讲座"));
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: "专家讲座", exact: true })).toBeChecked();
  await tabTo(page, (el) => el.tag === "input" && el.label.startsWith("安全软件"));
  await page.keyboard.press("Space");
  await tabTo(page, (el) => el.tag === "button" && el.text === "应用筛选");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/kind=lecture&area=security/);

  // Typing a search and pressing Enter submits the same form, keeping the filters.
  await page.getByRole("searchbox", { name: "搜索项目" }).focus();
  await page.keyboard.type("安全");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=%E5%AE%89%E5%85%A8&kind=lecture&area=security/);
});

test("focus is visible on links and controls, in the portal's own focus style", async ({ page }) => {
  await page.goto("/programmes");
  const styleOfFocused = () =>
    page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { element: `${document.activeElement!.tagName} ${(document.activeElement!.textContent ?? "").trim()}`, style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
    });
  // The site name, both navigation links, the language switch, the search box and its button:
  // each shows the brand outline.
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press("Tab");
    if (i === 0) continue; // the skip link has its own visible style
    const { element, ...focus } = await styleOfFocused();
    expect(focus, element).toEqual({ style: "solid", width: "2px", color: "rgb(29, 95, 214)" });
  }
});
