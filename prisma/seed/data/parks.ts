// Software parks and incubators (policy 三.(四), 三.(五)). The North New Zone park is named in the
// policy; the others are fictional examples of the specialised parks and incubators it calls for.
import type { DemoPark } from "../types";

export const parks: DemoPark[] = [
  {
    slug: "north-new-zone-software-park",
    kind: "national-park",
    nameZh: "北部新区软件园",
    nameEn: "North New Zone Software Park",
    district: "yubei",
    summaryZh:
      "全市软件产业的主要集聚区，按国家级软件园标准建设，设有国际软件研发基地、软件出口加工区、软件测试中心和公共技术服务平台。",
    summaryEn:
      "The city's main software cluster, built to the standard of a national software park, with an international R&D base, a software export processing zone, a testing centre and shared technical services.",
  },
  {
    slug: "hi-tech-zone-software-park",
    kind: "specialised-park",
    nameZh: "高新区软件特色园",
    nameEn: "Hi-tech Zone Software Park",
    district: "jiulongpo",
    summaryZh:
      "位于高新技术产业开发区，以通信软件、信息安全软件和行业应用软件为特色，毗邻多家通信设备和电子企业。",
    summaryEn:
      "A specialised park in the high-tech industrial development zone, focused on communication, information security and industry application software, next to several telecoms equipment and electronics makers.",
  },
  {
    slug: "economic-zone-embedded-software-park",
    kind: "specialised-park",
    nameZh: "经开区嵌入式软件特色园",
    nameEn: "Economic Development Zone Embedded Software Park",
    district: "nanan",
    summaryZh:
      "位于经济技术开发区，服务汽车摩托车、仪器仪表和装备制造企业，重点发展嵌入式软件和制造业信息化软件。",
    summaryEn:
      "A specialised park in the economic and technological development zone serving automotive, motorcycle, instrument and equipment makers, with a focus on embedded software and manufacturing IT.",
  },
  {
    slug: "university-science-park-software-incubator",
    kind: "incubator",
    nameZh: "大学科技园软件企业孵化中心",
    nameEn: "University Science Park Software Incubator",
    district: "shapingba",
    summaryZh:
      "依托沙坪坝高校集中区，为师生和青年创业者提供低成本办公场地、创业辅导、知识产权和融资对接服务。",
    summaryEn:
      "Draws on the universities of Shapingba to offer low-cost space, mentoring, intellectual property advice and introductions to investors for staff, students and young founders.",
  },
  {
    slug: "returnee-software-startup-park",
    kind: "incubator",
    nameZh: "留学人员创业园软件孵化器",
    nameEn: "Returnee Start-up Park Software Incubator",
    district: "yubei",
    summaryZh:
      "设在北部新区软件园内，专门服务回国来渝创办软件企业的留学人员，与留学生联合会合作提供注册、场地、人才和政策咨询一站式服务。",
    summaryEn:
      "Located inside the North New Zone software park for overseas returnees starting software companies in Chongqing. Works with the returned students' association to offer one-stop help with registration, space, hiring and policy advice.",
  },
];
