// The policy's targets for 2007 (section 一) and the annual public funding (三.(三)).
// Units: "bn-yuan", "m-usd", "m-yuan-per-year" for money; "count" for numbers of parks, colleges,
// firms, products and brands.
import type { DemoTarget } from "../types";

export const targets: DemoTarget[] = [
  { key: "industry-revenue", period: "2007", min: 60, unit: "bn-yuan", labelZh: "软件产业年总收入", labelEn: "Annual software industry revenue", clause: "一" },
  { key: "software-exports", period: "2007", min: 100, unit: "m-usd", labelZh: "软件出口额", labelEn: "Software exports", clause: "一" },
  { key: "national-software-parks", period: "2007", min: 1, unit: "count", labelZh: "国家级软件园区", labelEn: "National software parks", clause: "一" },
  { key: "specialised-software-parks", period: "2007", min: 3, max: 5, unit: "count", labelZh: "特色软件园区", labelEn: "Specialised software parks", clause: "一" },
  { key: "national-software-colleges", period: "2007", min: 1, unit: "count", labelZh: "国家级软件学院", labelEn: "National software college", clause: "一" },
  { key: "municipal-software-colleges", period: "2007", min: 3, max: 5, unit: "count", labelZh: "市级软件工程学院", labelEn: "Municipal software engineering colleges", clause: "一" },
  { key: "groups-over-100m-yuan", period: "2007", min: 10, unit: "count", labelZh: "总收入上亿元的软件企业集团", labelEn: "Software groups with revenue over 100 million yuan", clause: "一" },
  { key: "firms-over-10m-yuan", period: "2007", min: 50, unit: "count", labelZh: "总收入超过 1000 万元的软件企业", labelEn: "Software firms with revenue over 10 million yuan", clause: "一" },
  { key: "key-software-products", period: "2007", min: 100, unit: "count", labelZh: "重点软件产品", labelEn: "Key software products", clause: "一" },
  { key: "known-brands", period: "2007", min: 10, unit: "count", labelZh: "国内外知名自主软件品牌", labelEn: "Well-known home-grown software brands", clause: "一" },
  { key: "annual-public-funding", period: "2003-2007", min: 10, unit: "m-yuan-per-year", labelZh: "信息产业发展资金（软件部分）", labelEn: "Information industry fund, software share", clause: "三.(三)" },
];
