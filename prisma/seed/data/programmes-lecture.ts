// Expert lectures (policy 三.(六): 聘请国内外专家来渝讲学). One session per offering.
import type { DemoProgramme, DemoSession } from "../types";

type Venue = readonly [zh: string, en: string];

const talk = (day: number, v: Venue, start = "14:30", end = "16:30"): DemoSession => ({
  day, start, end, venueZh: v[0], venueEn: v[1],
});
const webinar = (day: number, url: string, start = "19:30", end = "21:00"): DemoSession => ({ day, start, end, url });

const NSC_HALL: Venue = ["重庆国家软件学院 报告厅 A", "Auditorium A, Chongqing National Software College"];
const PARK_HALL: Venue = ["北部新区软件园 国际会议中心 多功能厅", "Multi-purpose Hall, International Conference Centre, North New Zone Software Park"];
const YZU_HALL: Venue = ["渝州大学软件工程学院 学术报告厅", "Lecture Hall, Yuzhou University School of Software Engineering"];
const LJIT_HALL: Venue = ["两江理工学院 图书馆报告厅", "Library Lecture Hall, Liangjiang Institute of Technology"];
const JLU_HALL: Venue = ["嘉陵大学信息技术学院 学术报告厅", "Lecture Hall, Jialing University College of Information Technology"];
const STC_HALL: Venue = ["重庆市软件人才培训中心 多功能厅", "Multi-purpose Hall, Chongqing Software Talent Training Centre"];
const SC_HALL: Venue = ["山城通信软件 企业学院报告厅", "Lecture Theatre, Shancheng Telecom Software Academy"];
const SPIC_ROOM: Venue = ["重庆软件过程改进中心 培训室（北部新区软件园 C 座）", "Training Room, Chongqing Software Process Improvement Centre (Block C, North New Zone Software Park)"];

export const lectureProgrammes: DemoProgramme[] = [
  {
    slug: "lecture-software-engineering-capability",
    institution: "cq-national-software-college",
    kind: "lecture",
    area: "general",
    experts: ["chen-liheng"],
    titleZh: "软件工程的今天：从过程规范到工程能力",
    titleEn: "Software Engineering Today: From Process Rules to Engineering Capability",
    summaryZh: "陈立衡教授谈软件企业如何把过程规范转化为团队真正的工程能力。",
    summaryEn: "Professor Chen Liheng on how software companies can turn process rules into real engineering capability in their teams.",
    bodyZh: `## 讲座要点
- 过程规范为什么常常“写在纸上”
- 需求、设计、测试三个环节的能力建设
- 校企联合培养对企业工程能力的作用
- 免费参加，需提前报名`,
    bodyEn: `## Key points
- Why process rules so often stay on paper
- Building capability in requirements, design and testing
- What joint training with universities does for a company's engineering
- Free; registration required`,
    language: "zh",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-december", opensDay: -14, closesDay: 5, sessions: [talk(6, NSC_HALL)], capacity: 300, seatsTaken: 142 },
    ],
  },
  {
    slug: "lecture-iso9000-to-cmm-for-smes",
    institution: "cq-software-process-improvement-centre",
    kind: "lecture",
    area: "quality",
    experts: ["zhou-yun"],
    titleZh: "从 ISO9000 到 CMM：中小软件企业的质量之路",
    titleEn: "From ISO9000 to CMM: A Quality Path for Small Software Companies",
    summaryZh: "周蕴结合辅导案例，讲解中小企业如何分步建立质量体系，以及如何申请市级认证资助。",
    summaryEn: "Zhou Yun draws on her coaching work to show how smaller companies can build a quality system step by step, and how to apply for the city's certification grants.",
    bodyZh: `## 讲座要点
- ISO9000 与 CMM 的关系和先后顺序
- 小团队如何用最少的文档满足要求
- 常见评估问题与对策
- 市级资助：ISO9000 认证 3 万元，CMM2 至 CMM5 分别为 5、8、10、15 万元`,
    bodyEn: `## Key points
- How ISO9000 and CMM relate, and which to tackle first
- Meeting the requirements with as little paperwork as possible
- Common appraisal findings and how to address them
- City grants: 30,000 yuan for ISO9000; 50,000, 80,000, 100,000 and 150,000 yuan for CMM2 to CMM5`,
    language: "zh",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-december", opensDay: -10, closesDay: 9, sessions: [talk(10, PARK_HALL)], capacity: 120, seatsTaken: 120 },
    ],
  },
  {
    slug: "lecture-irish-localisation-lessons",
    institution: "cq-national-software-college",
    kind: "lecture",
    area: "export",
    experts: ["margaret-doyle"],
    titleZh: "软件本地化：来自爱尔兰软件产业的经验",
    titleEn: "Software Localisation: Lessons from the Irish Software Industry",
    summaryZh: "玛格丽特·多伊尔介绍爱尔兰如何依靠本地化服务融入全球软件产业链，英文主讲，现场中文翻译。",
    summaryEn: "Margaret Doyle explains how Ireland used localisation to find its place in the global software industry. In English with Chinese interpretation.",
    bodyZh: `## 讲座要点
- 爱尔兰本地化产业的形成
- 产品国际化设计中最容易犯的错误
- 中国企业进入欧洲市场的切入点
- 英文主讲，提供交替传译`,
    bodyEn: `## Key points
- How Ireland's localisation industry grew
- The most common mistakes in internationalising a product
- Where Chinese companies can start in the European market
- In English, with consecutive interpretation into Chinese`,
    language: "zh-en",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-december", opensDay: -7, closesDay: 12, sessions: [talk(13, NSC_HALL)], capacity: 200, seatsTaken: 88 },
    ],
  },
  {
    slug: "lecture-quality-for-japanese-clients",
    institution: "yuzhou-software-engineering-college",
    kind: "lecture",
    area: "export",
    experts: ["hiroshi-tanabe"],
    titleZh: "对日软件开发的品质要求与交付实践",
    titleEn: "What Japanese Clients Expect: Quality and Delivery in Offshore Development",
    summaryZh: "田边博结合多年发包经验，讲解日本客户在文档、评审和测试上的具体期望。",
    summaryEn: "Drawing on years on the client side, Hiroshi Tanabe explains what Japanese clients expect from documents, reviews and testing.",
    bodyZh: `## 讲座要点
- 日本客户眼中的“品质”
- 评审记录与测试报告的写法
- 出现问题时的报告与对策流程
- 日语主讲，现场中文翻译`,
    bodyEn: `## Key points
- What “quality” means to a Japanese client
- How to write review records and test reports
- Reporting problems and agreeing countermeasures
- In Japanese with Chinese interpretation`,
    language: "zh",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-december", opensDay: -3, closesDay: 17, sessions: [talk(18, YZU_HALL)], capacity: 150, seatsTaken: 40 },
    ],
  },
  {
    slug: "lecture-reliable-real-time-embedded-design",
    institution: "liangjiang-software-engineering-college",
    kind: "lecture",
    area: "embedded",
    experts: ["daniel-kessler"],
    titleZh: "嵌入式实时系统的可靠性设计",
    titleEn: "Designing Reliable Real-time Embedded Systems",
    summaryZh: "丹尼尔·凯斯勒以医疗设备和工业仪表项目为例，讲解实时系统的故障模式和防御性设计。",
    summaryEn: "Using medical device and industrial instrument projects as examples, Daniel Kessler covers failure modes and defensive design in real-time systems.",
    bodyZh: `## 讲座要点
- 实时系统常见故障模式
- 看门狗、冗余与安全状态设计
- 可靠性测试与现场问题追踪
- 英文主讲，现场中文翻译`,
    bodyEn: `## Key points
- Common failure modes in real-time systems
- Watchdogs, redundancy and designing safe states
- Reliability testing and tracking field problems
- In English with Chinese interpretation`,
    language: "zh-en",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-december", opensDay: -20, closesDay: 2, sessions: [talk(3, LJIT_HALL)], capacity: 180, seatsTaken: 171 },
    ],
  },
  {
    slug: "lecture-software-engineering-for-cnc-retrofit",
    institution: "jialing-university-it-college",
    kind: "lecture",
    area: "enterprise-it",
    experts: ["katrin-vogel"],
    titleZh: "制造业数控化改造中的软件工程",
    titleEn: "Software Engineering in CNC Retrofit Projects",
    summaryZh: "卡特琳·福格尔介绍德国中小制造企业设备联网改造的做法，现场与线上同步进行。",
    summaryEn: "Katrin Vogel on how small and medium-sized German manufacturers network their existing machines. On site and streamed live.",
    bodyZh: `## 讲座要点
- 老旧设备联网的技术路线
- 车间数据标准与系统集成
- 改造项目的分期实施与投资回报
- 现场名额有限，也可在线收看`,
    bodyEn: `## Key points
- Technical routes to networking older machines
- Shop-floor data standards and systems integration
- Phasing a retrofit project and judging the return
- Limited seats on site; you can also watch online`,
    language: "zh-en",
    feeYuan: 0,
    mode: "blended",
    offerings: [
      {
        code: "2026-december",
        opensDay: 0,
        closesDay: 23,
        sessions: [{ ...talk(24, JLU_HALL), url: "https://cit.jialing-u.example/live/cnc-retrofit" }],
        capacity: 100,
        seatsTaken: 5,
      },
    ],
  },
  {
    slug: "lecture-delivering-large-integration-projects",
    institution: "cq-software-talent-training-centre",
    kind: "lecture",
    area: "integration",
    experts: ["ravi-subramanian"],
    titleZh: "大型系统集成项目的交付管理",
    titleEn: "Delivering Large Systems Integration Projects",
    summaryZh: "拉维·苏布拉马尼亚姆分享大型离岸交付组织在估算、度量和风险管理上的做法。",
    summaryEn: "Ravi Subramaniam shares how a large offshore delivery organisation handles estimation, measurement and risk.",
    bodyZh: `## 讲座要点
- 大型项目的估算与基线
- 用度量数据驱动交付决策
- 多团队协同与风险升级机制
- 英文主讲，提供中文翻译`,
    bodyEn: `## Key points
- Estimating and baselining large projects
- Using measurement data to steer delivery decisions
- Coordinating many teams and escalating risk
- In English with Chinese interpretation`,
    language: "zh-en",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-november", opensDay: -40, closesDay: -21, sessions: [talk(-20, STC_HALL)], capacity: 150, seatsTaken: 150 },
      { code: "2027-february", opensDay: 20, closesDay: 69, sessions: [talk(70, STC_HALL)], capacity: 150, seatsTaken: 0 },
    ],
  },
  {
    slug: "lecture-one-stop-egovernment-design",
    institution: "jialing-university-it-college",
    kind: "lecture",
    area: "egov-ecommerce",
    experts: ["tan-wei-ming"],
    titleZh: "电子政务一站式服务设计（在线讲座）",
    titleEn: "Designing One-stop E-government Services (Online)",
    summaryZh: "陈伟明介绍新加坡一站式政务服务的设计思路，在线直播，不限名额。",
    summaryEn: "Tan Wei Ming on the thinking behind Singapore's one-stop government services. Live online, unlimited places.",
    bodyZh: `## 讲座要点
- 从“部门视角”到“办事人视角”
- 跨部门数据共享的制度与技术安排
- 服务质量的度量与持续改进
- 在线直播，报名后获取链接`,
    bodyEn: `## Key points
- From the agency's view to the citizen's view
- Rules and technology for sharing data across agencies
- Measuring and improving service quality
- Live online; the link is sent after you register`,
    language: "zh-en",
    feeYuan: 0,
    mode: "online",
    offerings: [
      { code: "2026-december", opensDay: -12, closesDay: 8, sessions: [webinar(8, "https://cit.jialing-u.example/live/egov-one-stop")] },
    ],
  },
  {
    slug: "lecture-open-source-supply-chain-security",
    institution: "cq-national-software-college",
    kind: "lecture",
    area: "security",
    experts: ["lin-xiaolan"],
    titleZh: "软件供应链安全与开源组件风险（在线讲座）",
    titleEn: "Software Supply-chain Security and Open-source Component Risk (Online)",
    summaryZh: "林晓岚讲解开源组件引入、漏洞跟踪和供应链攻击防范，在线直播。",
    summaryEn: "Lin Xiaolan on bringing in open-source components, tracking their vulnerabilities and defending against supply-chain attacks. Live online.",
    bodyZh: `## 讲座要点
- 软件物料清单（SBOM）与组件管理
- 漏洞情报跟踪与修复优先级
- 构建与发布环节的供应链防护
- 在线直播，不限名额`,
    bodyEn: `## Key points
- Software bills of materials and managing components
- Following vulnerability advisories and setting fix priorities
- Protecting the build and release pipeline
- Live online, unlimited places`,
    language: "zh",
    feeYuan: 0,
    mode: "online",
    offerings: [
      { code: "2026-december", opensDay: -5, closesDay: 15, sessions: [webinar(15, "https://online.cqnsc.example/live/supply-chain-security")] },
    ],
  },
  {
    slug: "lecture-growing-a-linux-company-in-chongqing",
    institution: "cq-software-talent-training-centre",
    kind: "lecture",
    area: "linux",
    experts: ["xu-zhendong"],
    titleZh: "回渝创业十年：一家 Linux 软件企业的成长",
    titleEn: "Ten Years Back Home: Growing a Linux Software Company in Chongqing",
    summaryZh: "许振东讲述从海外回渝、在北部新区软件园创办 Linux 软件企业的经历。",
    summaryEn: "Xu Zhendong tells the story of returning from abroad and building a Linux software company in the North New Zone software park.",
    bodyZh: `## 讲座要点
- 选择 Linux 网络计算机方向的理由
- 早期客户、团队与融资
- 园区、孵化器和政策支持的实际作用
- 适合对象：有意回国创业的留学人员、软件从业者`,
    bodyEn: `## Key points
- Why he chose Linux and network computers
- Early customers, the first team and raising money
- What the park, the incubator and public support actually did
- For: returnees thinking of starting a company, and software professionals`,
    language: "zh",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-december", opensDay: -2, closesDay: 26, sessions: [talk(27, STC_HALL)], capacity: 120, seatsTaken: 14 },
    ],
  },
  {
    slug: "lecture-returnee-founders-policy-and-practice",
    institution: "cq-software-talent-training-centre",
    kind: "lecture",
    area: "general",
    experts: ["xu-zhendong", "chen-liheng"],
    titleZh: "留学人员回渝创办软件企业：政策解读与经验分享",
    titleEn: "Starting a Software Company in Chongqing as a Returnee: Policy and Practice",
    summaryZh: "介绍本市支持留学人员回国创业的政策、孵化器入驻和人才服务，并由创业者分享经验。",
    summaryEn: "An overview of the city's support for returnees who start companies, from incubator places to talent services, with a founder sharing his experience.",
    bodyZh: `## 活动内容
- 软件产业扶持政策与留学人员创业支持措施
- 留学人员创业园入驻条件与服务
- 创业者经验分享与现场答疑
- 现场与线上同步，由留学生联合会协办`,
    bodyEn: `## Programme
- Support for the software industry and for returnee founders
- Joining the returnee start-up park: conditions and services
- A founder's experience, followed by questions
- On site and streamed; co-organised by the returned students' association`,
    language: "zh",
    feeYuan: 0,
    mode: "blended",
    offerings: [
      { code: "2026-september", opensDay: -80, closesDay: -61, sessions: [{ ...talk(-60, PARK_HALL), url: "https://live.cqstc.example/returnees" }], capacity: 200, seatsTaken: 186 },
      { code: "2027-january", opensDay: 0, closesDay: 34, sessions: [{ ...talk(35, PARK_HALL), url: "https://live.cqstc.example/returnees" }], capacity: 200, seatsTaken: 3 },
    ],
  },
  {
    slug: "lecture-security-protocols-in-mobile-networks",
    institution: "shancheng-telecom-software",
    kind: "lecture",
    area: "telecom",
    experts: ["lin-xiaolan"],
    titleZh: "移动通信系统中的安全协议",
    titleEn: "Security Protocols in Mobile Networks",
    summaryZh: "林晓岚讲解移动通信网络中的认证、密钥协商和隐私保护机制。",
    summaryEn: "Lin Xiaolan explains authentication, key agreement and privacy protection in mobile networks.",
    bodyZh: `## 讲座要点
- 移动网络的认证与密钥协商
- 用户身份与位置隐私保护
- 协议实现中的常见安全缺陷`,
    bodyEn: `## Key points
- Authentication and key agreement in mobile networks
- Protecting subscriber identity and location privacy
- Common security flaws in protocol implementations`,
    language: "zh",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-november", opensDay: -30, closesDay: -13, sessions: [talk(-12, SC_HALL)], capacity: 80, seatsTaken: 76 },
      { code: "2027-march", opensDay: 60, closesDay: 99, sessions: [talk(100, SC_HALL)], capacity: 80, seatsTaken: 0 },
    ],
  },
  {
    slug: "lecture-interaction-design-for-learning-software",
    institution: "jialing-university-it-college",
    kind: "lecture",
    area: "edu-multimedia",
    experts: ["chen-liheng"],
    titleZh: "教育软件的交互设计与学习体验",
    titleEn: "Interaction Design and the Learning Experience in Educational Software",
    summaryZh: "探讨教育软件和家庭多媒体产品如何兼顾趣味性与学习效果。",
    summaryEn: "How educational software and home multimedia products can be both engaging and effective for learning.",
    bodyZh: `## 讲座要点
- 学习者画像与学习目标设计
- 反馈、激励与游戏化的分寸
- 以课堂试用数据改进产品
- 适合对象：教育软件开发者、教师`,
    bodyEn: `## Key points
- Learner profiles and designing for learning goals
- Getting feedback, rewards and gamification right
- Improving products with data from classroom trials
- For: educational software developers and teachers`,
    language: "zh",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-december", opensDay: -5, closesDay: 20, sessions: [talk(21, JLU_HALL, "15:00", "17:00")], capacity: 120, seatsTaken: 23 },
    ],
  },
  {
    slug: "lecture-data-governance-for-online-services",
    institution: "cq-software-talent-training-centre",
    kind: "lecture",
    area: "online-services",
    experts: ["tan-wei-ming"],
    titleZh: "网上信息服务的数据治理（在线讲座）",
    titleEn: "Data Governance for Online Information Services (Online)",
    summaryZh: "讲解信息服务平台在数据质量、数据安全和个人信息保护方面的治理方法。",
    summaryEn: "How information service platforms can govern data quality, data security and personal information.",
    bodyZh: `## 讲座要点
- 数据资产盘点与质量管理
- 个人信息保护的合规要点
- 数据开放与共享的边界
- 在线直播，不限名额`,
    bodyEn: `## Key points
- Taking stock of data assets and managing quality
- Compliance essentials for personal information
- Where the limits of opening and sharing data lie
- Live online, unlimited places`,
    language: "zh",
    feeYuan: 0,
    mode: "online",
    offerings: [
      { code: "2027-january", opensDay: 5, closesDay: 45, sessions: [webinar(45, "https://live.cqstc.example/data-governance")] },
    ],
  },
  {
    slug: "lecture-linux-platforms-for-online-services",
    institution: "cq-software-talent-training-centre",
    kind: "lecture",
    area: "online-services",
    experts: ["xu-zhendong"],
    titleZh: "基于 Linux 的网上信息服务平台架构（在线讲座）",
    titleEn: "Building Online Information Services on Linux (Online)",
    summaryZh: "许振东分享用 Linux 和开源软件搭建高可用信息服务平台的架构与运维经验。",
    summaryEn: "Xu Zhendong on the architecture and operations of highly available information service platforms built on Linux and open-source software.",
    bodyZh: `## 讲座要点
- 高可用架构与负载均衡
- 监控、告警与容量规划
- 小团队的运维自动化
- 在线直播，不限名额`,
    bodyEn: `## Key points
- High-availability architecture and load balancing
- Monitoring, alerting and capacity planning
- Automating operations with a small team
- Live online, unlimited places`,
    language: "zh",
    feeYuan: 0,
    mode: "online",
    offerings: [
      { code: "2026-december", opensDay: -7, closesDay: 29, sessions: [webinar(29, "https://live.cqstc.example/linux-online-services")] },
    ],
  },
  {
    slug: "lecture-preparing-for-cmmi-appraisal",
    institution: "cq-software-process-improvement-centre",
    kind: "lecture",
    area: "quality",
    experts: ["zhou-yun", "ravi-subramanian"],
    titleZh: "CMM/CMMI 评估准备：常见问题与对策",
    titleEn: "Preparing for a CMM/CMMI Appraisal: Common Problems and Remedies",
    summaryZh: "国内评估师与印度高成熟度企业代表对话，解答评估准备中的常见问题。",
    summaryEn: "A Chinese lead appraiser and a representative of a high-maturity Indian firm answer common questions about preparing for an appraisal.",
    bodyZh: `## 讲座要点
- 评估范围与项目样本的选择
- 证据准备中的常见误区
- 高成熟度企业如何让过程持续有效
- 中英双语对谈，含现场问答`,
    bodyEn: `## Key points
- Choosing the appraisal scope and sample projects
- Common mistakes in preparing evidence
- How high-maturity companies keep their processes working
- A bilingual conversation with audience questions`,
    language: "zh-en",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-november", opensDay: -25, closesDay: -6, sessions: [talk(-5, SPIC_ROOM)], capacity: 80, seatsTaken: 80 },
      { code: "2027-january", opensDay: 10, closesDay: 39, sessions: [talk(40, PARK_HALL)], capacity: 150, seatsTaken: 0 },
    ],
  },
];
