// Overseas further study, training and exchange (policy 三.(五), 三.(六): 出国进修、出国培训、技术交流).
// Sessions are the Chongqing-side milestones: departure, and a debriefing after return.
import type { DemoProgramme, DemoSession } from "../types";

const depart = (day: number): DemoSession => ({
  day, start: "08:00", end: "10:00",
  venueZh: "重庆江北国际机场 T3 航站楼集合出发",
  venueEn: "Departure: meet at Terminal 3, Chongqing Jiangbei International Airport",
});
const debrief = (day: number): DemoSession => ({
  day, start: "14:30", end: "17:00",
  venueZh: "重庆市软件人才培训中心 第一培训室（返渝交流会）",
  venueEn: "Return debriefing, Training Room 1, Chongqing Software Talent Training Centre",
});

export const overseasProgrammes: DemoProgramme[] = [
  {
    slug: "ireland-localisation-further-study",
    institution: "cq-software-talent-training-centre",
    hostInstitution: "shannon-institute-ireland",
    kind: "overseas",
    area: "export",
    level: "senior",
    titleZh: "爱尔兰软件本地化与国际化进修",
    titleEn: "Further Study in Software Localisation and Internationalisation, Ireland",
    summaryZh: "在爱尔兰香农软件工程学院进修三个月，学习欧洲市场的软件本地化工程和项目管理。",
    summaryEn: "Three months at the Shannon Institute of Software Engineering, learning how localisation engineering and project management are done for European markets.",
    bodyZh: `## 进修内容
- 国际化架构与本地化工程工具链
- 本地化项目管理与供应商协作
- 在爱尔兰本地化企业完成两周实践
- 回国后须在本市软件企业服务不少于两年
- 详见 [香农软件工程学院](https://www.shannon-ise.example)`,
    bodyEn: `## Programme
- Internationalisation architecture and the localisation toolchain
- Managing localisation projects and working with vendors
- Two weeks' placement with an Irish localisation company
- Participants commit to working for a Chongqing software company for at least two years after returning
- See [Shannon Institute of Software Engineering](https://www.shannon-ise.example)`,
    language: "zh-en",
    feeYuan: 18000,
    mode: "in-person",
    durationMonths: 3,
    country: "IE",
    funding: "partial",
    eligibilityZh: "本市软件企业在职技术或管理人员，五年以上工作经验，英语能够进行专业交流，由所在企业推荐。",
    eligibilityEn: "Technical or management staff at a Chongqing software company with at least five years' experience and working English, nominated by their employer.",
    offerings: [
      { code: "2027-spring", opensDay: -30, closesDay: 45, sessions: [depart(100), debrief(195)], capacity: 12, seatsTaken: 5 },
    ],
  },
  {
    slug: "ireland-process-improvement-visiting-scholar",
    institution: "cq-national-software-college",
    hostInstitution: "shannon-institute-ireland",
    kind: "overseas",
    area: "quality",
    level: "senior",
    titleZh: "爱尔兰软件过程改进访问学者项目",
    titleEn: "Visiting Scholar in Software Process Improvement, Ireland",
    summaryZh: "全额资助的六个月访问研究，参与香农学院的软件过程改进与度量课题。",
    summaryEn: "A fully funded six-month research visit, joining the Shannon Institute's work on software process improvement and measurement.",
    bodyZh: `## 项目内容
- 参与中小软件企业过程改进研究课题
- 参加学院研讨会并作一次专题报告
- 回国后在本市开设一门过程改进课程或讲座
- 全英文工作环境`,
    bodyEn: `## Programme
- Join a research project on process improvement in small software companies
- Take part in the institute's seminars and give one seminar yourself
- On return, teach a course or lecture on process improvement in Chongqing
- Working language: English`,
    language: "en",
    feeYuan: 0,
    mode: "in-person",
    durationMonths: 6,
    country: "IE",
    funding: "full",
    eligibilityZh: "本市高校软件学院教师或软件企业过程改进负责人，具有硕士及以上学位，英语流利。",
    eligibilityEn: "Faculty of a Chongqing software college, or process improvement leads at Chongqing software companies, with a master's degree or higher and fluent English.",
    offerings: [
      { code: "2027-autumn", opensDay: -20, closesDay: 60, sessions: [depart(280), debrief(465)], capacity: 5, seatsTaken: 5 },
    ],
  },
  {
    slug: "dublin-software-trade-mission",
    institution: "cq-software-talent-training-centre",
    hostInstitution: "shannon-institute-ireland",
    kind: "overseas",
    area: "export",
    titleZh: "欧洲软件市场考察与项目对接（都柏林）",
    titleEn: "European Software Market Visit and Partner Matching, Dublin",
    summaryZh: "组织本市软件企业赴爱尔兰考察，参加项目对接会，拓展欧洲销售渠道。",
    summaryEn: "Takes Chongqing software companies to Ireland for company visits and partner-matching meetings to open up sales channels in Europe.",
    bodyZh: `## 行程安排
- 参访爱尔兰软件企业和本地化服务商
- 参加中爱软件企业项目对接会
- 了解欧盟市场准入、数据保护和售后服务要求
- 适合对象：有软件出口意向的企业负责人和市场负责人`,
    bodyEn: `## Itinerary
- Visits to Irish software companies and localisation providers
- A matchmaking event for Chinese and Irish software firms
- Briefings on EU market access, data protection and after-sales service
- For: company heads and sales leads at firms planning to export`,
    language: "zh-en",
    feeYuan: 32000,
    mode: "in-person",
    durationMonths: 1,
    country: "IE",
    funding: "self",
    eligibilityZh: "本市注册的软件企业负责人或市场负责人，每家企业限报两人。",
    eligibilityEn: "Heads or sales leads of software companies registered in Chongqing; up to two people per company.",
    offerings: [
      { code: "2027-march", opensDay: -10, closesDay: 3, sessions: [depart(100), debrief(112)], capacity: 20, seatsTaken: 14 },
    ],
  },
  {
    slug: "japan-offshore-project-management",
    institution: "yuzhou-software-engineering-college",
    hostInstitution: "setouchi-institute-japan",
    kind: "overseas",
    area: "export",
    level: "mid",
    titleZh: "日本对日软件外包项目管理研修",
    titleEn: "Project Management for Japanese Offshore Clients, Japan",
    summaryZh: "在日本濑户内软件技术研修院学习三个月，并到日本发包企业跟岗实习。",
    summaryEn: "Three months at the Setouchi Institute of Software Technology, including a placement with a Japanese client company.",
    bodyZh: `## 研修内容
- 日本软件开发流程与品质管理体系
- 式样书、设计书的编写与评审
- 在日本发包企业跟岗四周
- 适合对象：对日项目的项目经理、桥梁工程师（BSE）`,
    bodyEn: `## Programme
- How Japanese companies run development and manage quality
- Writing and reviewing specifications and design documents
- A four-week placement with a Japanese client company
- For: project managers and bridge system engineers on Japanese offshore projects`,
    language: "zh-en",
    feeYuan: 15000,
    mode: "in-person",
    durationMonths: 3,
    country: "JP",
    funding: "partial",
    eligibilityZh: "本市从事对日软件外包的企业在职人员，日语能力考试 N2 及以上，两年以上对日项目经验。",
    eligibilityEn: "Staff of Chongqing firms doing offshore work for Japanese clients, with JLPT N2 or above and at least two years on Japanese projects.",
    offerings: [
      { code: "2027-spring", opensDay: -40, closesDay: 20, sessions: [depart(125), debrief(218)], capacity: 15, seatsTaken: 15 },
    ],
  },
  {
    slug: "japan-embedded-software-quality",
    institution: "yuzhou-software-engineering-college",
    hostInstitution: "setouchi-institute-japan",
    kind: "overseas",
    area: "embedded",
    level: "senior",
    titleZh: "日本嵌入式软件品质管理研修",
    titleEn: "Embedded Software Quality Management, Japan",
    summaryZh: "两个月研修，学习日本电子制造企业的嵌入式软件测试、评审和缺陷分析方法。",
    summaryEn: "Two months studying how Japanese electronics makers test, review and analyse defects in embedded software.",
    bodyZh: `## 研修内容
- 嵌入式软件测试设计与自动化
- 设计评审和代码评审的组织方式
- 缺陷分析与再发防止
- 参观两家电子制造企业的开发现场`,
    bodyEn: `## Programme
- Test design and automation for embedded software
- How design and code reviews are organised
- Defect analysis and preventing recurrence
- Visits to development sites at two electronics makers`,
    language: "zh-en",
    feeYuan: 12000,
    mode: "in-person",
    durationMonths: 2,
    country: "JP",
    funding: "partial",
    eligibilityZh: "本市嵌入式软件或智能仪器仪表企业的测试、质量负责人，三年以上相关经验。",
    eligibilityEn: "Test or quality leads at Chongqing embedded software or instrument companies, with at least three years' relevant experience.",
    offerings: [
      { code: "2026-spring", opensDay: -260, closesDay: -200, sessions: [depart(-150), debrief(-88)], capacity: 12, seatsTaken: 11 },
      { code: "2027-autumn", opensDay: 30, closesDay: 150, sessions: [depart(200), debrief(262)], capacity: 12, seatsTaken: 0 },
    ],
  },
  {
    slug: "japan-manufacturing-it-study-tour",
    institution: "jialing-university-it-college",
    hostInstitution: "setouchi-institute-japan",
    kind: "overseas",
    area: "enterprise-it",
    level: "mid",
    titleZh: "日本制造业信息化实地研修",
    titleEn: "Manufacturing IT Study Tour, Japan",
    summaryZh: "三周实地研修，考察日本中小制造企业的生产管理系统和设备联网实践。",
    summaryEn: "A three-week study tour of production management systems and machine networking at small and medium-sized Japanese manufacturers.",
    bodyZh: `## 行程安排
- 研修院课程：精益生产与信息系统
- 参观汽车零部件、机床企业的生产现场
- 与日方工程师座谈设备联网改造经验
- 适合对象：制造企业信息化负责人和工业软件企业技术人员`,
    bodyEn: `## Itinerary
- Classes at the institute on lean production and information systems
- Shop-floor visits at auto-parts and machine-tool makers
- Discussions with Japanese engineers on networking existing equipment
- For: IT heads at manufacturers and engineers at industrial software firms`,
    language: "zh",
    feeYuan: 26000,
    mode: "in-person",
    durationMonths: 1,
    country: "JP",
    funding: "self",
    eligibilityZh: "本市制造企业或工业软件企业在职人员，由所在单位推荐。",
    eligibilityEn: "Staff of Chongqing manufacturers or industrial software firms, nominated by their employer.",
    offerings: [
      { code: "2027-april", opensDay: -14, closesDay: 45, sessions: [depart(130), debrief(152)], capacity: 20, seatsTaken: 6 },
    ],
  },
  {
    slug: "germany-industrial-software-exchange",
    institution: "cq-software-talent-training-centre",
    kind: "overseas",
    area: "enterprise-it",
    titleZh: "德国工业软件与智能制造技术交流",
    titleEn: "Industrial Software and Smart Manufacturing Exchange, Germany",
    summaryZh: "赴德国开展两周技术交流，访问研究机构和工业软件企业，探讨项目合作。",
    summaryEn: "Two weeks of technical exchange in Germany, visiting research institutes and industrial software companies to explore joint projects.",
    bodyZh: `## 行程安排
- 访问制造信息化研究机构
- 参观工业软件企业与示范工厂
- 中德企业技术交流与项目洽谈
- 适合对象：工业软件、企业信息化软件企业的技术负责人`,
    bodyEn: `## Itinerary
- Visits to manufacturing informatics research institutes
- Tours of industrial software companies and demonstration factories
- Technical exchange and project talks with German companies
- For: technical leads at industrial and enterprise software companies`,
    language: "zh",
    feeYuan: 35000,
    mode: "in-person",
    durationMonths: 1,
    country: "DE",
    funding: "self",
    eligibilityZh: "本市软件企业技术负责人，具备与德方开展项目合作的意向。",
    eligibilityEn: "Technical leads of Chongqing software companies interested in joint projects with German partners.",
    offerings: [
      { code: "2027-may", opensDay: -5, closesDay: 60, sessions: [depart(160), debrief(176)], capacity: 20, seatsTaken: 3 },
    ],
  },
  {
    slug: "usa-information-security-further-study",
    institution: "cq-national-software-college",
    kind: "overseas",
    area: "security",
    level: "senior",
    titleZh: "美国信息安全技术进修",
    titleEn: "Further Study in Information Security, United States",
    summaryZh: "在美国合作大学以访问学者身份进修六个月，方向为软件安全与安全测评。",
    summaryEn: "Six months as a visiting scholar at a partner university in the United States, studying software security and security evaluation.",
    bodyZh: `## 进修内容
- 旁听研究生安全课程并参与实验室课题
- 软件漏洞分析与安全测评方法
- 回国后在本市开展一次公开讲座`,
    bodyEn: `## Programme
- Attend graduate security courses and join a lab project
- Vulnerability analysis and security evaluation methods
- Give a public lecture in Chongqing after returning`,
    language: "en",
    feeYuan: 30000,
    mode: "in-person",
    durationMonths: 6,
    country: "US",
    funding: "partial",
    eligibilityZh: "本市高校教师或安全软件企业高级技术人员，具有硕士及以上学位，英语流利。",
    eligibilityEn: "Faculty at Chongqing universities or senior engineers at security software companies, with a master's degree or higher and fluent English.",
    offerings: [
      { code: "2027-autumn", opensDay: -20, closesDay: 90, sessions: [depart(268), debrief(452)], capacity: 8, seatsTaken: 2 },
    ],
  },
  {
    slug: "singapore-egovernment-study",
    institution: "jialing-university-it-college",
    kind: "overseas",
    area: "egov-ecommerce",
    level: "mid",
    titleZh: "新加坡电子政务平台研修",
    titleEn: "E-government Platforms Study Programme, Singapore",
    summaryZh: "全额资助的两个月研修，学习新加坡一站式政务服务和跨部门数据共享的经验。",
    summaryEn: "A fully funded two-month programme on Singapore's experience with one-stop public services and data sharing between agencies.",
    bodyZh: `## 研修内容
- 一站式政务服务的设计与运营
- 政府数据共享与隐私保护
- 参访公共部门信息化机构
- 回国后提交一份本单位改进建议报告`,
    bodyEn: `## Programme
- Designing and running one-stop public services
- Government data sharing and privacy protection
- Visits to public-sector digital agencies
- On return, write an improvement proposal for your own organisation`,
    language: "zh-en",
    feeYuan: 0,
    mode: "in-person",
    durationMonths: 2,
    country: "SG",
    funding: "full",
    eligibilityZh: "本市各级政府部门信息中心技术人员，或承担电子政务项目的软件企业骨干，由单位推荐。",
    eligibilityEn: "IT staff at government information centres in Chongqing, or key engineers at companies delivering e-government projects, nominated by their organisation.",
    offerings: [
      { code: "2027-spring", opensDay: -30, closesDay: 4, sessions: [depart(110), debrief(170)], capacity: 10, seatsTaken: 8 },
    ],
  },
  {
    slug: "india-cmm-level-5-practice-visit",
    institution: "cq-software-process-improvement-centre",
    kind: "overseas",
    area: "quality",
    level: "senior",
    titleZh: "印度 CMM 5 级企业实践考察",
    titleEn: "CMM Level 5 Practice Visit, India",
    summaryZh: "赴班加罗尔考察高成熟度软件企业的过程管理、度量和大规模交付实践。",
    summaryEn: "A visit to high-maturity software companies in Bangalore to see process management, measurement and large-scale delivery at first hand.",
    bodyZh: `## 行程安排
- 参访三家 CMMI 5 级软件服务企业
- 过程资产库、度量体系与定量项目管理专题交流
- 离岸交付中心现场观摩
- 适合对象：正在推进 CMM 3 级及以上评估的企业负责人和 SEPG 负责人`,
    bodyEn: `## Itinerary
- Visits to three CMMI Level 5 software services companies
- Sessions on process asset libraries, measurement and quantitative project management
- A look inside an offshore delivery centre
- For: company heads and SEPG leads working towards CMM Level 3 or above`,
    language: "zh-en",
    feeYuan: 16000,
    mode: "in-person",
    durationMonths: 1,
    country: "IN",
    funding: "partial",
    eligibilityZh: "已通过 ISO9000 认证或 CMM 2 级评估的本市软件企业负责人或过程改进负责人。",
    eligibilityEn: "Heads or process improvement leads of Chongqing software companies that hold ISO9000 certification or a CMM Level 2 appraisal.",
    offerings: [
      { code: "2026-autumn", opensDay: -150, closesDay: -100, sessions: [depart(-70), debrief(-55)], capacity: 15, seatsTaken: 15 },
      { code: "2027-autumn", opensDay: 20, closesDay: 120, sessions: [depart(240), debrief(256)], capacity: 15, seatsTaken: 0 },
    ],
  },
  {
    slug: "korea-mobile-software-exchange",
    institution: "shancheng-telecom-software",
    kind: "overseas",
    area: "telecom",
    level: "mid",
    titleZh: "韩国移动通信软件技术交流",
    titleEn: "Mobile Communication Software Exchange, Korea",
    summaryZh: "赴韩国开展两周技术交流，了解移动通信应用和终端软件的开发与测试实践。",
    summaryEn: "Two weeks in Korea learning how mobile applications and handset software are developed and tested.",
    bodyZh: `## 行程安排
- 参访移动通信软件企业和测试实验室
- 终端软件测试与认证流程交流
- 项目合作洽谈
- 适合对象：通信软件企业的开发、测试负责人`,
    bodyEn: `## Itinerary
- Visits to mobile software companies and test laboratories
- Exchanges on handset software testing and certification
- Talks on joint projects
- For: development and test leads at communication software companies`,
    language: "zh",
    feeYuan: 22000,
    mode: "in-person",
    durationMonths: 1,
    country: "KR",
    funding: "self",
    eligibilityZh: "本市通信软件企业技术人员，由所在企业推荐。",
    eligibilityEn: "Engineers at Chongqing communication software companies, nominated by their employer.",
    offerings: [
      { code: "2027-june", opensDay: -10, closesDay: 90, sessions: [depart(190), debrief(206)], capacity: 20, seatsTaken: 2 },
    ],
  },
  {
    slug: "finland-educational-multimedia-study",
    institution: "jialing-university-it-college",
    kind: "overseas",
    area: "edu-multimedia",
    level: "mid",
    titleZh: "芬兰教育多媒体软件研修",
    titleEn: "Educational Multimedia Software Study Programme, Finland",
    summaryZh: "三个月研修，学习芬兰在学习类软件、教育游戏和数字课堂方面的设计方法。",
    summaryEn: "Three months studying Finnish approaches to learning software, educational games and the digital classroom.",
    bodyZh: `## 研修内容
- 学习科学与教育软件设计
- 教育游戏开发工作坊
- 走访中小学数字课堂和教育科技企业
- 回国后在本市开设一次教师工作坊`,
    bodyEn: `## Programme
- Learning science and designing educational software
- Workshops on educational game development
- Visits to digital classrooms and education technology companies
- On return, run a workshop for teachers in Chongqing`,
    language: "zh-en",
    feeYuan: 14000,
    mode: "in-person",
    durationMonths: 3,
    country: "FI",
    funding: "partial",
    eligibilityZh: "本市教育软件企业开发人员或高校教育技术专业教师，英语能够进行专业交流。",
    eligibilityEn: "Developers at Chongqing educational software companies or university lecturers in educational technology, with working English.",
    offerings: [
      { code: "2027-autumn", opensDay: 0, closesDay: 120, sessions: [depart(250), debrief(345)], capacity: 8, seatsTaken: 1 },
    ],
  },
];
