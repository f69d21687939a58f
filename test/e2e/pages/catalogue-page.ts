import { expect, type Locator, type Page } from "@playwright/test";

/** The catalogue (/programmes) as a person uses it. */
export class CataloguePage {
  readonly results: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page, readonly prefix: "" | "/en" = "") {
    this.results = page.locator("section[aria-labelledby=results-heading]");
    this.cards = this.results.locator("article");
  }

  async goto(query = "") {
    await this.page.goto(`${this.prefix}/programmes${query ? `?${query}` : ""}`);
    await expect(this.page.locator("h1")).toBeVisible();
  }

  /** Opens the filter panel if its fields are hidden (phones). */
  async openFilters() {
    if (!(await this.page.locator("fieldset").first().isVisible())) await this.page.locator("details:has(fieldset) > summary").click();
  }

  checkbox(label: string) {
    return this.page.getByRole("checkbox", { name: label, exact: true });
  }

  async cardTitles() {
    return this.cards.locator("h3 a").allInnerTexts();
  }

  params() {
    return new URL(this.page.url()).searchParams;
  }
}
