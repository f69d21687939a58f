// Training programmes: vocational training, knowledge updating, ISO9000/CMM quality systems and
// leadership (policy 三.(六), 三.(七)). Multi-session offerings, mostly over weekends.
import type { DemoProgramme, DemoSession } from "../types";

type Venue = readonly [zh: string, en: string];

const at = (day: number, start: string, end: string, v: Venue): DemoSession => ({
  day, start, end, venueZh: v[0], venueEn: v[1],
});
const online = (day: number, start: string, end: string, url: string): DemoSession => ({ day, start, end, url });
/** Full-day sessions on the given days. */
const days = (v: Venue, ...list: number[]): DemoSession[] => list.map((d) => at(d, "09:00", "17:00", v));

const STC: Venue = ["重庆市软件人才培训中心 第一培训室", "Training Room 1, Chongqing Software Talent Training Centre"];
const STC_LAB: Venue = ["重庆市软件人才培训中心 上机实训室", "Computer Lab, Chongqing Software Talent Training Centre"];
const SPIC: Venue = ["重庆软件过程改进中心 培训室（北部新区软件园 C 座）", "Training Room, Chongqing Software Process Improvement Centre (Block C, North New Zone Software Park)"];
const NSC_LAB: Venue = ["重庆国家软件学院 实训楼 301", "Room 301, Practice Building, Chongqing National Software College"];
const YZU_LAB: Venue = ["渝州大学软件工程学院 嵌入式实验室", "Embedded Systems Lab, Yuzhou University School of Software Engineering"];
const YZU_ROOM: Venue = ["渝州大学软件工程学院 语言实训室", "Language Lab, Yuzhou University School of Software Engineering"];
const JLU_ROOM: Venue = ["嘉陵大学信息技术学院 多媒体教室 102", "Multimedia Room 102, Jialing University College of Information Technology"];
const SC_LAB: Venue = ["山城通信软件 企业学院二楼实验室", "Second-floor Lab, Shancheng Telecom Software Academy"];
const WANZHOU: Venue = ["万州区政务服务中心 培训室", "Training Room, Wanzhou District Government Service Centre"];
const JYC_ROOM: Venue = ["缙云学院 计算机楼 401", "Room 401, Computer Building, Jinyun College"];

export const trainingProgrammes: DemoProgramme[] = [
  // ---- Quality systems (三.(七)) ----
  {
    slug: "iso9001-internal-auditor-for-software-firms",
    institution: "cq-software-process-improvement-centre",
    kind: "training",
    area: "quality",
    level: "mid",
    track: "quality-system",
    titleZh: "软件企业 ISO9001 内审员培训",
    titleEn: "ISO9001 Internal Auditor Training for Software Companies",
    summaryZh: "结合软件开发过程讲解 ISO9001 标准条款和内部审核方法，考核合格颁发内审员培训证书。",
    summaryEn: "Explains the ISO9001 clauses and internal audit practice in terms of software development. Participants who pass the assessment receive an internal auditor training certificate.",
    bodyZh: `## 课程内容
- ISO9001 标准条款解读及在软件开发中的应用
- 质量手册与程序文件编写要点
- 内部审核的策划、实施、不符合项报告与跟踪
- 适合对象：准备或已通过 ISO9000 认证企业的质量负责人、项目经理
- 通过认证的企业可申请市级一次性资助 3 万元`,
    bodyEn: `## What you will learn
- The ISO9001 clauses and how they apply to software development
- Writing a quality manual and procedures that people actually use
- Planning and running internal audits, reporting and following up nonconformities
- For: quality leads and project managers in firms preparing for, or holding, ISO9000 certification
- Certified firms can apply for the city's one-off grant of 30,000 yuan`,
    language: "zh",
    feeYuan: 2800,
    mode: "in-person",
    offerings: [
      { code: "2026-autumn", opensDay: -80, closesDay: -40, sessions: days(SPIC, -33, -32, -26, -25), capacity: 40, seatsTaken: 38 },
      { code: "2026-winter", opensDay: -30, closesDay: 3, sessions: days(SPIC, 6, 7, 13, 14), capacity: 40, seatsTaken: 34 },
      { code: "2027-spring", opensDay: 40, closesDay: 100, sessions: days(SPIC, 110, 111, 117, 118), capacity: 40, seatsTaken: 0 },
    ],
  },
  {
    slug: "cmm-level-2-key-process-areas",
    institution: "cq-software-process-improvement-centre",
    kind: "training",
    area: "quality",
    level: "mid",
    track: "quality-system",
    titleZh: "CMM 2 级关键过程域实施培训",
    titleEn: "CMM Level 2: Putting the Key Process Areas to Work",
    summaryZh: "逐一讲解需求管理、项目策划、跟踪监督、配置管理等 2 级关键过程域，并指导学员完成本企业差距分析。",
    summaryEn: "Works through the Level 2 key process areas, from requirements management and project planning to tracking and configuration management, and guides each participant through a gap analysis of their own company.",
    bodyZh: `## 课程安排（6 天）
- 需求管理、软件项目策划、项目跟踪与监督
- 软件质量保证、配置管理、子合同管理
- 过程文档模板与度量基础
- 分组完成本企业差距分析和改进计划
- 适合对象：计划开展 CMM 评估企业的 SEPG 成员、项目经理和 QA 人员`,
    bodyEn: `## Six days
- Requirements management, project planning, project tracking and oversight
- Quality assurance, configuration management, subcontract management
- Process templates and basic measurement
- A gap analysis and improvement plan for your own company, done in groups
- For: SEPG members, project managers and QA staff in firms planning a CMM appraisal`,
    language: "zh",
    feeYuan: 4800,
    mode: "in-person",
    offerings: [
      { code: "2026-winter", opensDay: -40, closesDay: 5, sessions: days(SPIC, 9, 10, 16, 17, 23, 24), capacity: 30, seatsTaken: 30 },
      { code: "2027-spring", opensDay: 20, closesDay: 95, sessions: days(SPIC, 105, 106, 112, 113, 119, 120), capacity: 30, seatsTaken: 0 },
    ],
  },
  {
    slug: "cmm-level-3-organisational-process",
    institution: "cq-software-process-improvement-centre",
    kind: "training",
    area: "quality",
    level: "senior",
    track: "quality-system",
    titleZh: "CMM 3 级组织过程与工程实践",
    titleEn: "CMM Level 3: Organisational Process and Engineering Practice",
    summaryZh: "面向已达到 2 级的企业，讲解组织过程定义、集成软件管理、同行评审等 3 级要求。",
    summaryEn: "For companies already at Level 2: organisational process definition, integrated software management, peer reviews and the rest of Level 3.",
    bodyZh: `## 课程内容
- 组织过程焦点与组织过程定义
- 培训大纲、集成软件管理、组间协调
- 软件产品工程与同行评审
- 评估准备与证据整理
- 适合对象：已通过 CMM 2 级评估企业的过程改进负责人`,
    bodyEn: `## What you will learn
- Organisation process focus and process definition
- Training programme, integrated software management, intergroup coordination
- Software product engineering and peer reviews
- Preparing for the appraisal and organising evidence
- For: process improvement leads in companies already appraised at Level 2`,
    language: "zh",
    feeYuan: 6800,
    mode: "in-person",
    offerings: [
      { code: "2026-autumn", opensDay: -120, closesDay: -60, sessions: days(SPIC, -52, -51, -45, -44), capacity: 25, seatsTaken: 25 },
      { code: "2027-january", opensDay: -10, closesDay: 35, sessions: days(SPIC, 42, 43, 49, 50), capacity: 25, seatsTaken: 19 },
    ],
  },
  {
    slug: "sqa-and-configuration-management-practice",
    institution: "cq-software-process-improvement-centre",
    kind: "training",
    area: "quality",
    level: "mid",
    track: "quality-system",
    titleZh: "软件质量保证（SQA）与配置管理实务",
    titleEn: "Software Quality Assurance and Configuration Management in Practice",
    summaryZh: "面授与在线结合，讲解 QA 检查、评审组织、版本与基线管理，配套可直接使用的模板。",
    summaryEn: "A blended course on QA checks, running reviews, and managing versions and baselines, with templates you can use straight away.",
    bodyZh: `## 课程内容
- QA 计划、过程检查与不符合项跟踪
- 技术评审与走查的组织方法
- 版本控制、基线与变更控制
- 第二次课为在线答疑，其余为面授
- 适合对象：QA 工程师、配置管理员及兼任质量工作的开发人员`,
    bodyEn: `## What you will learn
- QA planning, process checks and tracking nonconformities
- How to organise technical reviews and walkthroughs
- Version control, baselines and change control
- The second session is an online Q&A; the others are on site
- For: QA engineers, configuration managers and developers who also look after quality`,
    language: "zh",
    feeYuan: 1800,
    mode: "blended",
    offerings: [
      {
        code: "2026-winter",
        opensDay: -25,
        closesDay: 10,
        sessions: [
          at(14, "09:00", "17:00", SPIC),
          online(21, "19:00", "21:00", "https://meet.cqspic.example/sqa-2026-winter"),
          at(28, "09:00", "17:00", SPIC),
        ],
        capacity: 50,
        seatsTaken: 50,
      },
    ],
  },
  {
    slug: "cmm-level-2-intensive-2025-edition",
    institution: "cq-software-process-improvement-centre",
    kind: "training",
    area: "quality",
    level: "mid",
    track: "quality-system",
    status: "archived",
    titleZh: "CMM 2 级集中辅导班（2025 版）",
    titleEn: "CMM Level 2 Intensive Coaching (2025 Edition)",
    summaryZh: "已由“CMM 2 级关键过程域实施培训”取代，保留以供查阅。",
    summaryEn: "Replaced by “CMM Level 2: Putting the Key Process Areas to Work”; kept for reference.",
    bodyZh: `## 说明
- 本课程已停止招生
- 新版课程增加了差距分析实践环节，请报名“CMM 2 级关键过程域实施培训”`,
    bodyEn: `## Note
- This course no longer takes enrolments
- The new course adds a hands-on gap analysis; please enrol in “CMM Level 2: Putting the Key Process Areas to Work”`,
    language: "zh",
    feeYuan: 4500,
    mode: "in-person",
    offerings: [
      { code: "2025-autumn", opensDay: -440, closesDay: -400, sessions: days(SPIC, -390, -389, -383, -382), capacity: 30, seatsTaken: 27 },
    ],
  },

  // ---- Leadership: entrepreneurs and technical leaders ----
  {
    slug: "software-entrepreneur-advanced-seminar",
    institution: "cq-software-talent-training-centre",
    kind: "training",
    area: "general",
    level: "senior",
    track: "leadership",
    titleZh: "软件企业家高级研修班",
    titleEn: "Advanced Seminar for Software Entrepreneurs",
    summaryZh: "两个为期三天的集中模块，聚焦软件企业战略、融资、品牌和国际化，由企业家和投资人授课。",
    summaryEn: "Two three-day modules on strategy, financing, brand building and going international, taught by founders and investors.",
    bodyZh: `## 研修内容
- 模块一：软件企业战略、产品定位与规模化经营
- 模块二：风险投资与上市融资、并购重组、品牌建设与软件出口
- 走访北部新区软件园骨干企业，开展案例研讨
- 适合对象：本市软件企业创始人、总经理，包括回渝创业的留学人员
- 学员名额有限，完成全部模块颁发结业证书`,
    bodyEn: `## Programme
- Module 1: strategy, product positioning and scaling a software business
- Module 2: venture capital and listing, mergers, brand building and software exports
- Visits to leading firms in the North New Zone software park, with case discussions
- For: founders and general managers of Chongqing software companies, including returnees who have set up here
- Places are limited; a certificate is awarded on completing both modules`,
    language: "zh",
    feeYuan: 12000,
    mode: "in-person",
    offerings: [
      { code: "2026-autumn", opensDay: -150, closesDay: -90, sessions: days(STC, -80, -79, -78), capacity: 40, seatsTaken: 40 },
      { code: "2027-spring", opensDay: -5, closesDay: 60, sessions: days(STC, 75, 76, 77, 103, 104, 105), capacity: 40, seatsTaken: 9 },
    ],
  },
  {
    slug: "chief-architect-technical-leadership",
    institution: "cq-software-talent-training-centre",
    kind: "training",
    area: "integration",
    level: "senior",
    track: "leadership",
    titleZh: "软件技术带头人（首席架构师）研修班",
    titleEn: "Technical Leadership Programme for Chief Architects",
    summaryZh: "培养能够主导大型系统架构和技术创新的技术带头人，采用案例研讨和架构评审实战。",
    summaryEn: "For engineers who lead the architecture of large systems and drive technical innovation, taught through case studies and real architecture reviews.",
    bodyZh: `## 研修内容
- 大型信息系统架构设计与演进
- 架构评估方法与技术决策
- 自主知识产权与技术创新管理
- 带领技术团队：梯队建设与知识传承
- 适合对象：具有八年以上经验的架构师、技术总监`,
    bodyEn: `## Programme
- Designing and evolving the architecture of large information systems
- Architecture evaluation and technical decision-making
- Managing innovation and intellectual property
- Leading engineering teams: growing successors and sharing knowledge
- For: architects and technical directors with eight or more years' experience`,
    language: "zh",
    feeYuan: 9800,
    mode: "in-person",
    offerings: [
      { code: "2026-winter", opensDay: -35, closesDay: 1, sessions: days(STC, 8, 9, 22, 23), capacity: 35, seatsTaken: 33 },
    ],
  },
  {
    slug: "software-project-manager-practice",
    institution: "cq-software-talent-training-centre",
    kind: "training",
    area: "integration",
    level: "mid",
    track: "leadership",
    titleZh: "软件项目经理实务",
    titleEn: "Practical Software Project Management",
    summaryZh: "面向新任项目经理，覆盖估算、计划、风险、沟通和团队管理，结合本地系统集成项目案例。",
    summaryEn: "For new project managers: estimation, planning, risk, communication and running a team, using local systems-integration projects as cases.",
    bodyZh: `## 课程内容
- 范围与工作量估算、进度计划
- 风险识别与应对、变更控制
- 客户沟通与团队激励
- 适合对象：任职两年以内的项目经理或即将转岗的技术骨干`,
    bodyEn: `## What you will learn
- Scope, effort estimation and scheduling
- Identifying and handling risk; change control
- Working with clients and motivating the team
- For: project managers in their first two years, or senior engineers about to take on the role`,
    language: "zh",
    feeYuan: 3600,
    mode: "in-person",
    offerings: [
      { code: "2026-autumn", opensDay: -90, closesDay: -62, sessions: days(STC, -60, -59, -53, -52), capacity: 60, seatsTaken: 55 },
      { code: "2026-winter", opensDay: -20, closesDay: 12, sessions: days(STC, 19, 20, 26, 27), capacity: 60, seatsTaken: 60 },
      { code: "2027-spring", opensDay: 30, closesDay: 90, sessions: days(STC, 97, 98, 104, 105), capacity: 60, seatsTaken: 0 },
    ],
  },

  // ---- Linux ----
  {
    slug: "linux-system-administration-foundation",
    institution: "cq-software-talent-training-centre",
    kind: "training",
    area: "linux",
    level: "junior",
    track: "vocational",
    titleZh: "Linux 系统管理与网络服务（初级）",
    titleEn: "Linux System Administration and Network Services (Foundation)",
    summaryZh: "财政全额补贴的免费职业培训，六天上机实训，掌握 Linux 安装、用户与权限、常用网络服务配置。",
    summaryEn: "Free vocational training, fully funded by the city: six days of hands-on lab work covering installation, users and permissions, and common network services.",
    bodyZh: `## 课程内容
- Linux 安装、文件系统与软件包管理
- 用户、权限与进程管理
- Web、文件共享、DNS 与邮件服务配置
- Shell 脚本入门
- 适合对象：高校毕业生、转岗人员及企业初级运维人员`,
    bodyEn: `## What you will learn
- Installing Linux, file systems and package management
- Users, permissions and processes
- Setting up web, file-sharing, DNS and mail services
- Introduction to shell scripting
- For: recent graduates, people changing careers, and junior operations staff`,
    language: "zh",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-autumn", opensDay: -75, closesDay: -45, sessions: days(STC_LAB, -40, -39, -33, -32, -26, -25), capacity: 45, seatsTaken: 45 },
      { code: "2026-winter", opensDay: -14, closesDay: 20, sessions: days(STC_LAB, 26, 27, 33, 34, 40, 41), capacity: 45, seatsTaken: 45 },
      { code: "2027-spring", opensDay: 45, closesDay: 95, sessions: days(STC_LAB, 103, 104, 110, 111, 117, 118), capacity: 45, seatsTaken: 0 },
    ],
  },
  {
    slug: "linux-application-development",
    institution: "cq-software-talent-training-centre",
    kind: "training",
    area: "linux",
    level: "mid",
    track: "knowledge-update",
    titleZh: "Linux 应用开发与网络计算机解决方案",
    titleEn: "Linux Application Development and Network Computer Solutions",
    summaryZh: "帮助 Windows 平台开发人员转向 Linux，学习开发工具链、系统编程和瘦客户机方案部署。",
    summaryEn: "Helps developers coming from Windows move to Linux: the toolchain, systems programming and deploying thin-client solutions.",
    bodyZh: `## 课程内容
- GCC、Make、GDB 等开发工具链
- 进程、线程与网络编程
- 基于 Linux 的网络计算机（瘦客户机）方案设计与部署
- 在线课与面授课交替进行
- 适合对象：有一年以上开发经验的程序员`,
    bodyEn: `## What you will learn
- The GCC, Make and GDB toolchain
- Processes, threads and network programming
- Designing and deploying Linux-based network computer (thin-client) solutions
- Online and on-site sessions alternate
- For: programmers with at least a year's experience`,
    language: "zh",
    feeYuan: 2400,
    mode: "blended",
    offerings: [
      {
        code: "2026-winter",
        opensDay: -21,
        closesDay: 7,
        sessions: [
          online(11, "19:00", "21:00", "https://live.cqstc.example/linux-dev/1"),
          at(18, "09:00", "17:00", STC_LAB),
          online(25, "19:00", "21:00", "https://live.cqstc.example/linux-dev/3"),
        ],
        capacity: 40,
        seatsTaken: 26,
      },
    ],
  },

  // ---- Telecom ----
  {
    slug: "mobile-application-development",
    institution: "shancheng-telecom-software",
    kind: "training",
    area: "telecom",
    level: "mid",
    track: "vocational",
    titleZh: "移动应用与通信增值业务开发",
    titleEn: "Mobile Apps and Value-added Telecom Services",
    summaryZh: "由企业学院工程师授课，完成一个接入运营商短信和位置能力的移动应用。",
    summaryEn: "Taught by engineers from the company academy; participants build a mobile app that uses operator messaging and location services.",
    bodyZh: `## 课程内容
- 移动应用开发框架与界面设计
- 短信、位置等运营商能力开放接口
- 应用测试、性能优化与上架流程
- 适合对象：有 Java 或 C++ 基础的开发人员`,
    bodyEn: `## What you will learn
- Mobile app frameworks and interface design
- Operator APIs for messaging and location
- Testing, performance tuning and publishing
- For: developers with Java or C++ experience`,
    language: "zh",
    feeYuan: 3200,
    mode: "in-person",
    offerings: [
      { code: "2026-winter", opensDay: -28, closesDay: 2, sessions: days(SC_LAB, 5, 6, 12, 13), capacity: 30, seatsTaken: 28 },
      { code: "2027-spring", opensDay: 35, closesDay: 80, sessions: days(SC_LAB, 88, 89, 95, 96), capacity: 30, seatsTaken: 0 },
    ],
  },
  {
    slug: "communication-protocol-software-testing",
    institution: "shancheng-telecom-software",
    kind: "training",
    area: "telecom",
    level: "mid",
    track: "knowledge-update",
    titleZh: "通信协议软件测试（在线）",
    titleEn: "Testing Communication Protocol Software (Online)",
    summaryZh: "四次晚间在线课，讲解协议一致性测试、互通测试和自动化测试脚本编写。",
    summaryEn: "Four online evening sessions on protocol conformance testing, interoperability testing and writing automated test scripts.",
    bodyZh: `## 课程内容
- 协议状态机与一致性测试方法
- 互通测试环境搭建
- 测试脚本自动化与结果分析
- 在线直播，不限名额，可观看回放`,
    bodyEn: `## What you will learn
- Protocol state machines and conformance testing
- Setting up interoperability test environments
- Automating test scripts and analysing results
- Live online with unlimited places; recordings available`,
    language: "zh",
    feeYuan: 2600,
    mode: "online",
    offerings: [
      {
        code: "2026-december",
        opensDay: -10,
        closesDay: 14,
        sessions: [16, 18, 23, 25].map((d) => online(d, "19:30", "21:30", "https://academy.shancheng-telecom.example/live/protocol-testing")),
      },
    ],
  },

  // ---- Embedded ----
  {
    slug: "embedded-linux-drivers-and-porting",
    institution: "cq-national-software-college",
    kind: "training",
    area: "embedded",
    level: "senior",
    track: "knowledge-update",
    titleZh: "嵌入式 Linux 驱动开发与系统移植",
    titleEn: "Embedded Linux Device Drivers and Porting",
    summaryZh: "五天连续实训，每人一套开发板，从引导程序、内核裁剪到驱动开发完整走一遍。",
    summaryEn: "Five consecutive days in the lab with a development board each, working from the bootloader and kernel configuration through to writing drivers.",
    bodyZh: `## 课程内容
- 交叉编译环境与引导程序移植
- 内核配置裁剪与根文件系统制作
- 字符设备、总线与中断驱动开发
- 性能调试与功耗优化
- 适合对象：有嵌入式开发经验的工程师`,
    bodyEn: `## What you will learn
- Cross-compilation and porting the bootloader
- Configuring the kernel and building a root file system
- Character devices, buses and interrupt-driven drivers
- Performance debugging and power optimisation
- For: engineers who already work on embedded systems`,
    language: "zh",
    feeYuan: 5800,
    mode: "in-person",
    offerings: [
      { code: "2026-autumn", opensDay: -100, closesDay: -70, sessions: days(NSC_LAB, -64, -63, -62, -61, -60), capacity: 24, seatsTaken: 22 },
      { code: "2026-winter", opensDay: -30, closesDay: 6, sessions: days(NSC_LAB, 10, 11, 12, 13, 14), capacity: 24, seatsTaken: 24 },
    ],
  },
  {
    slug: "smart-instrument-embedded-software-foundation",
    institution: "yuzhou-software-engineering-college",
    kind: "training",
    area: "embedded",
    level: "junior",
    track: "vocational",
    titleZh: "智能仪器仪表嵌入式软件开发（初级）",
    titleEn: "Embedded Software for Smart Instruments (Foundation)",
    summaryZh: "政府补贴免费培训，面向本地仪器仪表企业的初级开发人员和相关专业毕业生。",
    summaryEn: "Free, government-funded training for junior developers at local instrument makers and recent graduates in related subjects.",
    bodyZh: `## 课程内容
- 单片机 C 语言编程
- 传感器数据采集与处理
- 显示、按键与通信接口
- 结业项目：一台简易数字测量仪的固件
- 适合对象：电子、自动化、计算机相关专业人员`,
    bodyEn: `## What you will learn
- C programming for microcontrollers
- Acquiring and processing sensor data
- Displays, keypads and communication interfaces
- Final project: firmware for a simple digital meter
- For: people with a background in electronics, automation or computing`,
    language: "zh",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-winter", opensDay: -7, closesDay: 21, sessions: days(YZU_LAB, 27, 28, 34, 35), capacity: 40, seatsTaken: 17 },
    ],
  },

  // ---- Enterprise IT ----
  {
    slug: "erp-implementation-consultant",
    institution: "cq-software-talent-training-centre",
    kind: "training",
    area: "enterprise-it",
    level: "mid",
    track: "vocational",
    titleZh: "企业信息化与 ERP 实施顾问",
    titleEn: "Enterprise IT and ERP Implementation Consultant",
    summaryZh: "培养能够完成需求调研、流程梳理和系统上线的 ERP 实施顾问。",
    summaryEn: "Trains ERP consultants who can gather requirements, map business processes and take a system live.",
    bodyZh: `## 课程内容
- 制造企业业务流程：采购、库存、生产、财务
- ERP 实施方法论与蓝图设计
- 数据迁移、用户培训与上线切换
- 以本地制造企业的实施项目为案例
- 适合对象：企业信息化人员、软件企业实施人员`,
    bodyEn: `## What you will learn
- Manufacturing processes: purchasing, inventory, production, finance
- ERP implementation method and blueprint design
- Data migration, user training and cut-over
- Case studies from implementations at local manufacturers
- For: in-house IT staff and implementation staff at software firms`,
    language: "zh",
    feeYuan: 4200,
    mode: "in-person",
    offerings: [
      { code: "2026-autumn", opensDay: -110, closesDay: -80, sessions: days(STC, -73, -72, -66, -65), capacity: 40, seatsTaken: 36 },
      { code: "2027-spring", opensDay: 10, closesDay: 70, sessions: days(STC, 80, 81, 87, 88), capacity: 40, seatsTaken: 0 },
    ],
  },
  {
    slug: "cnc-retrofit-and-mes-software",
    institution: "jialing-university-it-college",
    kind: "training",
    area: "enterprise-it",
    level: "mid",
    track: "knowledge-update",
    titleZh: "制造设备数控化改造与 MES 软件",
    titleEn: "CNC Retrofitting and Manufacturing Execution Software",
    summaryZh: "面向装备制造和汽摩企业，讲解设备联网、数据采集和制造执行系统的选型与开发。",
    summaryEn: "For equipment, automotive and motorcycle manufacturers: networking machines, collecting shop-floor data, and choosing or building a manufacturing execution system.",
    bodyZh: `## 课程内容
- 数控系统基础与设备联网改造
- 车间数据采集与可视化
- MES 功能模块与选型
- 参观一家完成数控化改造的本地企业
- 适合对象：制造企业信息化人员、工业软件开发人员`,
    bodyEn: `## What you will learn
- CNC basics and networking existing machines
- Collecting and visualising shop-floor data
- MES modules and how to choose a system
- A visit to a local manufacturer that has completed a retrofit
- For: IT staff in manufacturing and developers of industrial software`,
    language: "zh",
    feeYuan: 3800,
    mode: "in-person",
    offerings: [
      { code: "2026-winter", opensDay: -21, closesDay: 3, sessions: days(JLU_ROOM, 7, 8, 14, 15), capacity: 35, seatsTaken: 20 },
    ],
  },

  // ---- E-government and e-commerce ----
  {
    slug: "egov-platform-development",
    institution: "cq-software-talent-training-centre",
    kind: "training",
    area: "egov-ecommerce",
    level: "mid",
    track: "knowledge-update",
    titleZh: "电子政务平台开发与信息资源共享",
    titleEn: "E-government Platform Development and Information Sharing",
    summaryZh: "面向区县政府信息中心和承建企业的免费培训，重点讲解一站式服务、数据共享和系统安全。",
    summaryEn: "Free training for district and county government information centres and their contractors, focusing on one-stop services, data sharing and system security.",
    bodyZh: `## 课程内容
- 政务服务平台总体架构与接口规范
- 跨部门信息资源目录与共享交换
- 电子证照与电子签章应用
- 政务系统安全与等级保护要求
- 适合对象：区县政府信息化工作人员、电子政务项目承建企业技术人员`,
    bodyEn: `## What you will learn
- Overall architecture and interface standards for government service platforms
- Cross-agency information catalogues and data exchange
- Electronic licences and electronic seals
- Security and graded protection requirements for government systems
- For: district and county government IT staff and engineers at contracting firms`,
    language: "zh",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-winter", opensDay: -20, closesDay: 9, sessions: days(STC, 15, 16, 17), capacity: 60, seatsTaken: 58 },
      {
        code: "2026-winter-wanzhou",
        opensDay: -20,
        closesDay: 9,
        sessions: days(WANZHOU, 22, 23, 24),
        capacity: 40,
        seatsTaken: 12,
        cancelled: {
          reasonZh: "因培训场地调整，万州班次取消，已报名学员可改报主城班次或下期课程。",
          reasonEn: "The Wanzhou class is cancelled because the venue is no longer available; registered participants may transfer to the central-city class or the next course.",
        },
      },
    ],
  },
  {
    slug: "ecommerce-web-development-online",
    institution: "liangjiang-software-engineering-college",
    kind: "training",
    area: "egov-ecommerce",
    level: "junior",
    track: "vocational",
    titleZh: "电子商务网站开发（在线）",
    titleEn: "Building E-commerce Websites (Online)",
    summaryZh: "五周在线课程，从商品展示、购物车到在线支付，完成一个小型电商网站。",
    summaryEn: "Five weeks online, from product pages and a shopping cart to online payment, ending with a small working shop.",
    bodyZh: `## 课程内容
- 前端页面与响应式布局
- 商品、订单与会员管理后端
- 在线支付接口与交易安全
- 每周一次直播课，课后完成编程作业
- 适合对象：有基础编程知识的求职者和中小电商企业技术人员`,
    bodyEn: `## What you will learn
- Front-end pages and responsive layout
- Back end for products, orders and members
- Payment gateways and transaction security
- One live class a week plus programming assignments
- For: job seekers with basic programming and developers at small online retailers`,
    language: "zh",
    feeYuan: 3000,
    mode: "online",
    offerings: [
      {
        code: "2027-january",
        opensDay: -3,
        closesDay: 30,
        sessions: [35, 42, 49, 56, 63].map((d) => online(d, "19:00", "21:00", "https://online.ljit.example/ecommerce-web")),
        capacity: 120,
        seatsTaken: 47,
      },
    ],
  },

  // ---- Education and multimedia ----
  {
    slug: "educational-courseware-development",
    institution: "jialing-university-it-college",
    kind: "training",
    area: "edu-multimedia",
    level: "junior",
    track: "vocational",
    titleZh: "教育软件与多媒体课件开发",
    titleEn: "Educational Software and Multimedia Courseware",
    summaryZh: "面向中小学信息技术教师和教育软件开发人员，学习交互课件设计与制作。",
    summaryEn: "For school IT teachers and educational software developers: designing and producing interactive courseware.",
    bodyZh: `## 课程内容
- 教学设计与交互原型
- 图像、音视频与动画素材处理
- 交互课件开发与发布
- 一次面授实操，一次在线作品点评
- 适合对象：中小学教师、教育软件企业开发人员`,
    bodyEn: `## What you will learn
- Instructional design and interactive prototypes
- Working with images, audio, video and animation
- Building and publishing interactive courseware
- One hands-on day on site, one online review of your work
- For: school teachers and developers at educational software companies`,
    language: "zh",
    feeYuan: 1200,
    mode: "blended",
    offerings: [
      {
        code: "2026-winter",
        opensDay: -15,
        closesDay: 4,
        sessions: [
          at(10, "09:00", "17:00", JLU_ROOM),
          online(17, "19:00", "21:00", "https://cit.jialing-u.example/live/courseware"),
        ],
        capacity: 50,
        seatsTaken: 31,
      },
    ],
  },

  // ---- Security ----
  {
    slug: "security-operations-and-graded-protection",
    institution: "cq-software-talent-training-centre",
    kind: "training",
    area: "security",
    level: "mid",
    track: "knowledge-update",
    titleZh: "网络安全运维与等级保护实务",
    titleEn: "Security Operations and Graded Protection in Practice",
    summaryZh: "讲解等级保护测评要求和日常安全运维，含攻防演练环节。",
    summaryEn: "Covers graded-protection assessment requirements and day-to-day security operations, with a hands-on attack and defence exercise.",
    bodyZh: `## 课程内容
- 等级保护制度与测评要求
- 安全基线配置与漏洞管理
- 日志审计、入侵检测与应急响应
- 攻防演练
- 适合对象：企业和政府部门的系统管理员、安全运维人员`,
    bodyEn: `## What you will learn
- The graded protection scheme and what assessors look for
- Security baselines and vulnerability management
- Log auditing, intrusion detection and incident response
- An attack and defence exercise
- For: system administrators and security staff in companies and government`,
    language: "zh",
    feeYuan: 3500,
    mode: "in-person",
    offerings: [
      { code: "2026-winter", opensDay: -25, closesDay: 15, sessions: days(STC_LAB, 20, 21, 27, 28), capacity: 50, seatsTaken: 50 },
      { code: "2027-spring", opensDay: 25, closesDay: 85, sessions: days(STC_LAB, 92, 93, 99, 100), capacity: 50, seatsTaken: 0 },
    ],
  },
  {
    slug: "secure-development-lifecycle-and-code-audit",
    institution: "cq-national-software-college",
    kind: "training",
    area: "security",
    level: "senior",
    track: "knowledge-update",
    titleZh: "安全开发生命周期与代码审计",
    titleEn: "Secure Development Lifecycle and Code Auditing",
    summaryZh: "面向安全软件企业和大型系统开发团队，讲解威胁建模、安全编码和代码审计。",
    summaryEn: "For security software firms and teams building large systems: threat modelling, secure coding and code auditing.",
    bodyZh: `## 课程内容
- 安全需求与威胁建模
- 常见漏洞成因与安全编码规范
- 静态分析工具与人工代码审计
- 安全测试与发布前评审
- 适合对象：高级开发人员、架构师和安全工程师`,
    bodyEn: `## What you will learn
- Security requirements and threat modelling
- Why common vulnerabilities happen, and secure coding standards
- Static analysis tools and manual code review
- Security testing and pre-release review
- For: senior developers, architects and security engineers`,
    language: "zh",
    feeYuan: 5200,
    mode: "in-person",
    offerings: [
      { code: "2026-autumn", opensDay: -95, closesDay: -60, sessions: days(NSC_LAB, -54, -53, -52), capacity: 30, seatsTaken: 30 },
      { code: "2027-january", opensDay: -10, closesDay: 40, sessions: days(NSC_LAB, 46, 47, 48), capacity: 30, seatsTaken: 11 },
    ],
  },

  // ---- Online information services ----
  {
    slug: "online-information-services-operations",
    institution: "cq-software-talent-training-centre",
    kind: "training",
    area: "online-services",
    level: "junior",
    track: "vocational",
    titleZh: "网上信息服务运营与数据分析（在线）",
    titleEn: "Running Online Information Services, with Data Analysis (Online)",
    summaryZh: "免费在线课程，学习网站和信息服务平台的内容运营、用户分析与合规要求。",
    summaryEn: "A free online course on content operations, user analytics and compliance for websites and information service platforms.",
    bodyZh: `## 课程内容
- 信息服务平台的内容规划与运营
- 访问数据统计与用户行为分析
- 互联网信息服务相关法规
- 不限名额，报名后获得直播链接
- 适合对象：网站运营人员、求职者`,
    bodyEn: `## What you will learn
- Planning and running content on information service platforms
- Traffic statistics and user behaviour analysis
- Regulations for internet information services
- Unlimited places; the live link is sent after you enrol
- For: website operators and job seekers`,
    language: "zh",
    feeYuan: 0,
    mode: "online",
    offerings: [
      {
        code: "2026-december",
        opensDay: -10,
        closesDay: 25,
        sessions: [28, 30, 35, 37].map((d) => online(d, "19:00", "21:00", "https://live.cqstc.example/online-services")),
      },
    ],
  },

  // ---- Export and internationalisation ----
  {
    slug: "japanese-for-offshore-software-projects",
    institution: "yuzhou-software-engineering-college",
    kind: "training",
    area: "export",
    level: "junior",
    track: "vocational",
    titleZh: "对日软件项目日语与跨文化沟通",
    titleEn: "Japanese and Cross-cultural Communication for Offshore Projects",
    summaryZh: "六次周末课程，学习对日项目中的式样书阅读、邮件写作和会议沟通。",
    summaryEn: "Six weekend sessions on reading Japanese specifications, writing project emails and taking part in meetings with Japanese clients.",
    bodyZh: `## 课程内容
- IT 日语词汇与式样书阅读
- 问题票、邮件和周报写作
- 电话会议与评审会议用语
- 日本企业的工作习惯与质量意识
- 适合对象：已有日语基础（N4 以上）的开发和测试人员`,
    bodyEn: `## What you will learn
- IT vocabulary and reading specifications (shiyōsho)
- Writing issue tickets, emails and weekly reports
- Language for conference calls and review meetings
- How Japanese companies work and what they expect on quality
- For: developers and testers with basic Japanese (JLPT N4 or above)`,
    language: "zh",
    feeYuan: 2200,
    mode: "blended",
    offerings: [
      {
        code: "2026-winter",
        opensDay: -30,
        closesDay: 1,
        sessions: [
          at(4, "09:00", "12:00", YZU_ROOM),
          at(11, "09:00", "12:00", YZU_ROOM),
          online(18, "09:00", "12:00", "https://sse.yuzhou-u.example/live/it-japanese"),
          at(25, "09:00", "12:00", YZU_ROOM),
          online(32, "09:00", "12:00", "https://sse.yuzhou-u.example/live/it-japanese"),
          at(39, "09:00", "12:00", YZU_ROOM),
        ],
        capacity: 40,
        seatsTaken: 37,
      },
    ],
  },
  {
    slug: "software-internationalisation-and-localisation",
    institution: "cq-national-software-college",
    kind: "training",
    area: "export",
    level: "mid",
    track: "knowledge-update",
    titleZh: "软件产品国际化与本地化工程（在线）",
    titleEn: "Software Internationalisation and Localisation Engineering (Online)",
    summaryZh: "中英双语在线课程，讲解如何让软件产品支持多语言、多地区，并管理本地化流程。",
    summaryEn: "A bilingual online course on making software ready for many languages and regions, and on running the localisation process.",
    bodyZh: `## 课程内容
- 字符编码、区域设置与国际化设计
- 资源外置与可翻译性检查
- 本地化流程、翻译记忆与质量检查
- 部分课时由爱尔兰合作院校讲师以英文授课
- 适合对象：有出口计划的软件企业开发和产品人员`,
    bodyEn: `## What you will learn
- Character encodings, locales and designing for internationalisation
- Externalising resources and checking translatability
- Localisation workflow, translation memory and quality checks
- Some sessions are taught in English by lecturers from the Irish partner institute
- For: developers and product staff at companies planning to export`,
    language: "zh-en",
    feeYuan: 2800,
    mode: "online",
    offerings: [
      {
        code: "2027-january",
        opensDay: 5,
        closesDay: 40,
        sessions: [45, 47, 52, 54].map((d) => online(d, "16:00", "18:00", "https://online.cqnsc.example/i18n")),
        capacity: 100,
        seatsTaken: 0,
      },
    ],
  },

  // ---- General ----
  {
    slug: "software-development-foundation-career-change",
    institution: "cq-software-talent-training-centre",
    kind: "training",
    area: "general",
    track: "vocational",
    titleZh: "软件开发基础（转岗就业培训）",
    titleEn: "Software Development Basics (Career Change Training)",
    summaryZh: "财政补贴的免费就业培训，帮助其他行业人员和未就业毕业生入门软件开发。",
    summaryEn: "Free, publicly funded employment training that helps people from other fields and unemployed graduates get started in software development.",
    bodyZh: `## 课程内容
- 程序设计基础与常用数据结构
- 数据库与 SQL 入门
- Web 应用开发入门
- 结业后推荐到园区企业面试
- 适合对象：有意转入软件行业的人员，无需编程基础`,
    bodyEn: `## What you will learn
- Programming fundamentals and common data structures
- Introduction to databases and SQL
- Introduction to web application development
- Graduates are referred for interviews at park companies
- For: anyone who wants to move into software; no programming experience needed`,
    language: "zh",
    feeYuan: 0,
    mode: "in-person",
    offerings: [
      { code: "2026-autumn", opensDay: -90, closesDay: -52, sessions: days(STC_LAB, -47, -46, -40, -39, -33, -32), capacity: 60, seatsTaken: 60 },
      { code: "2026-winter", opensDay: -40, closesDay: 5, sessions: days(STC_LAB, 8, 9, 15, 16, 22, 23), capacity: 60, seatsTaken: 60 },
    ],
  },
  {
    slug: "information-system-integration-practice-jyc",
    institution: "jinyun-college-computing",
    kind: "training",
    area: "integration",
    level: "mid",
    track: "knowledge-update",
    status: "draft",
    titleZh: "信息系统集成项目实务",
    titleEn: "Information Systems Integration in Practice",
    summaryZh: "筹备中的课程，讲解集成项目的方案设计、设备选型、实施与验收。",
    summaryEn: "A course in preparation on solution design, equipment selection, delivery and acceptance in integration projects.",
    bodyZh: `## 课程内容（草案）
- 集成方案设计与设备选型
- 综合布线、网络与服务器部署
- 项目实施、验收与运维移交`,
    bodyEn: `## What you will learn (draft)
- Solution design and equipment selection
- Cabling, network and server deployment
- Delivery, acceptance and handover to operations`,
    language: "zh",
    feeYuan: 2000,
    mode: "in-person",
    offerings: [
      { code: "2027-spring", opensDay: 40, closesDay: 90, sessions: days(JYC_ROOM, 100, 101, 107, 108), capacity: 40, seatsTaken: 0 },
    ],
  },
];
