// Degree programmes of the software colleges (policy 三.(六): 高、中、初级软件人才).
// Each offering is an intake: its single session is enrolment day at the start of term.
import type { DemoProgramme, DemoSession } from "../types";

const enrol = (day: number, venueZh: string, venueEn: string): DemoSession => ({
  day, start: "08:30", end: "17:00", venueZh, venueEn,
});

const NSC = ["重庆国家软件学院 迎新中心", "Welcome Centre, Chongqing National Software College"] as const;
const YZU = ["渝州大学软件工程学院 新生报到处", "Enrolment Office, Yuzhou University School of Software Engineering"] as const;
const LJIT = ["两江理工学院 软件楼一楼大厅", "Ground-floor hall, Software Building, Liangjiang Institute of Technology"] as const;
const JLU = ["嘉陵大学信息技术学院 学生事务中心", "Student Services Centre, Jialing University College of Information Technology"] as const;
const JYC = ["缙云学院 图书馆报告厅", "Library Lecture Hall, Jinyun College"] as const;

export const degreeProgrammes: DemoProgramme[] = [
  {
    slug: "bachelor-software-engineering-nsc",
    institution: "cq-national-software-college",
    kind: "degree",
    area: "general",
    level: "mid",
    titleZh: "软件工程（本科）",
    titleEn: "BEng in Software Engineering",
    summaryZh: "四年制软件工程本科，第三学年起在园区企业完成一年工程实践。",
    summaryEn: "A four-year software engineering degree with a full year of practice in park companies from the third year.",
    bodyZh: `## 专业概况
- 核心课程：程序设计、数据结构、操作系统、数据库、软件需求与设计、软件测试、项目管理
- 第三学年起进入北部新区软件园合作企业实习一年，由企业导师和学院教师共同指导
- 适合对象：参加全国统一高考、对软件开发有兴趣的高中毕业生
- 毕业授予工学学士学位`,
    bodyEn: `## About the programme
- Core courses: programming, data structures, operating systems, databases, requirements and design, testing, project management
- From the third year, a year-long placement with partner companies in the North New Zone software park, supervised by an industry mentor and a college tutor
- For: school leavers taking the national college entrance examination who want to build software
- Graduates receive a Bachelor of Engineering`,
    language: "zh",
    feeYuan: 12000,
    mode: "in-person",
    award: "bachelor-se",
    durationMonths: 48,
    offerings: [
      { code: "2026-autumn", opensDay: -300, closesDay: -120, sessions: [enrol(-88, ...NSC)], capacity: 180, seatsTaken: 176 },
      { code: "2027-autumn", opensDay: -14, closesDay: 190, sessions: [enrol(277, ...NSC)], capacity: 180, seatsTaken: 23, awaitingReview: 8 },
    ],
  },
  {
    slug: "professional-master-enterprise-it-nsc",
    institution: "cq-national-software-college",
    kind: "degree",
    area: "enterprise-it",
    level: "senior",
    titleZh: "软件工程硕士（在职·企业信息化方向）",
    titleEn: "Professional Master of Software Engineering (Part-time, Enterprise IT)",
    summaryZh: "面向在职技术骨干的工程硕士，周末与集中授课结合，论文选题来自本单位信息化项目。",
    summaryEn: "A part-time engineering master's for working engineers, taught at weekends and in block weeks, with a thesis drawn from an informatisation project at the student's own employer.",
    bodyZh: `## 项目特点
- 课程：企业架构、ERP 与供应链系统、数据仓库、信息化项目管理、制造业数控化改造案例
- 授课安排：每两周一次周末面授，每学期一次为期一周的集中授课，其余在线学习
- 适合对象：具有学士学位、三年以上工作经验的企业信息化负责人和技术骨干
- 毕业获得工程硕士专业学位`,
    bodyEn: `## Highlights
- Courses: enterprise architecture, ERP and supply-chain systems, data warehousing, IT project management, CNC retrofit case studies
- Timetable: a weekend on campus every two weeks, one block week per term, the rest online
- For: IT managers and senior engineers with a bachelor's degree and at least three years' experience
- Graduates receive a professional master's degree in engineering`,
    language: "zh",
    feeYuan: 16000,
    mode: "blended",
    award: "professional-master-se",
    durationMonths: 30,
    offerings: [
      { code: "2026-spring", opensDay: -420, closesDay: -300, sessions: [enrol(-272, ...NSC)], capacity: 80, seatsTaken: 78 },
      { code: "2027-spring", opensDay: -60, closesDay: 4, sessions: [enrol(92, ...NSC)], capacity: 80, seatsTaken: 61 },
      { code: "2027-autumn", opensDay: 60, closesDay: 200, sessions: [enrol(277, ...NSC)], capacity: 80, seatsTaken: 0 },
    ],
  },
  {
    slug: "master-software-engineering-security-nsc",
    institution: "cq-national-software-college",
    kind: "degree",
    area: "security",
    level: "senior",
    titleZh: "软件工程硕士（信息安全方向）",
    titleEn: "MSc in Software Engineering (Information Security)",
    summaryZh: "全日制学术型硕士，研究安全软件开发、密码应用和安全测评，依托学院与嘉陵大学共建的安全实验室。",
    summaryEn: "A full-time research master's in secure software development, applied cryptography and security evaluation, using the security laboratory shared with Jialing University.",
    bodyZh: `## 研究方向
- 安全软件开发与代码审计
- 密码协议与应用安全
- 信息系统安全测评与等级保护
- 适合对象：计算机、软件工程、数学等相关专业本科毕业生
- 学制三年，毕业授予工学硕士学位`,
    bodyEn: `## Research areas
- Secure software development and code auditing
- Cryptographic protocols and application security
- Security evaluation and graded protection of information systems
- For: graduates in computing, software engineering, mathematics or related subjects
- Three years full-time; graduates receive a Master of Engineering`,
    language: "zh",
    feeYuan: 14000,
    mode: "in-person",
    award: "master-se",
    durationMonths: 36,
    offerings: [
      { code: "2026-autumn", opensDay: -330, closesDay: -150, sessions: [enrol(-88, ...NSC)], capacity: 60, seatsTaken: 58 },
      { code: "2027-autumn", opensDay: -14, closesDay: 150, sessions: [enrol(277, ...NSC)], capacity: 60, seatsTaken: 12 },
    ],
  },
  {
    slug: "bachelor-embedded-software-yzu",
    institution: "yuzhou-software-engineering-college",
    kind: "degree",
    area: "embedded",
    level: "mid",
    titleZh: "软件工程（嵌入式软件方向，本科）",
    titleEn: "BEng in Software Engineering (Embedded Software)",
    summaryZh: "以智能仪器仪表和数字化信息产品为背景，培养嵌入式软件开发工程师。",
    summaryEn: "Trains embedded software engineers, using smart instruments and digital consumer products as the running context.",
    bodyZh: `## 专业概况
- 核心课程：C 语言与汇编、微控制器原理、实时操作系统、嵌入式 Linux、传感器与仪表软件
- 配套实验室：嵌入式开发平台、仪器仪表联合实验室
- 适合对象：理科高中毕业生
- 毕业授予工学学士学位`,
    bodyEn: `## About the programme
- Core courses: C and assembly, microcontrollers, real-time operating systems, embedded Linux, software for sensors and instruments
- Laboratories: embedded development platforms and a joint instrumentation lab
- For: school leavers with a science background
- Graduates receive a Bachelor of Engineering`,
    language: "zh",
    feeYuan: 9800,
    mode: "in-person",
    award: "bachelor-se",
    durationMonths: 48,
    offerings: [
      { code: "2026-autumn", opensDay: -300, closesDay: -120, sessions: [enrol(-88, ...YZU)], capacity: 120, seatsTaken: 120 },
      { code: "2027-autumn", opensDay: 30, closesDay: 200, sessions: [enrol(277, ...YZU)], capacity: 120, seatsTaken: 0 },
    ],
  },
  {
    slug: "bachelor-software-export-japanese-yzu",
    institution: "yuzhou-software-engineering-college",
    kind: "degree",
    area: "export",
    level: "mid",
    titleZh: "软件工程（日语强化·软件外包方向，本科）",
    titleEn: "BEng in Software Engineering (Offshore Development, with Japanese)",
    summaryZh: "软件工程与日语并重，毕业生可承担对日软件开发项目的设计、编码和沟通工作。",
    summaryEn: "Combines software engineering with intensive Japanese, preparing graduates to design, build and communicate on offshore projects for Japanese clients.",
    bodyZh: `## 专业特色
- 四年累计日语课程约 900 学时，目标日语能力考试 N2 及以上
- 专业课程：Java 开发、数据库、软件测试、对日项目式设计文档编写
- 第四学年安排在本地外包企业或日本合作机构实习
- 毕业授予工学学士学位`,
    bodyEn: `## What makes it different
- About 900 hours of Japanese over four years, aiming at JLPT N2 or above
- Technical courses: Java development, databases, testing, writing design documents the way Japanese clients expect
- Fourth-year placement with a local offshore-development firm or the Japanese partner institute
- Graduates receive a Bachelor of Engineering`,
    language: "zh",
    feeYuan: 10500,
    mode: "in-person",
    award: "bachelor-se",
    durationMonths: 48,
    offerings: [
      { code: "2026-autumn", opensDay: -300, closesDay: -120, sessions: [enrol(-88, ...YZU)], capacity: 90, seatsTaken: 84 },
      { code: "2027-autumn", opensDay: -14, closesDay: 180, sessions: [enrol(277, ...YZU)], capacity: 90, seatsTaken: 8 },
    ],
  },
  {
    slug: "bachelor-communication-software-ljit",
    institution: "liangjiang-software-engineering-college",
    kind: "degree",
    area: "telecom",
    level: "mid",
    titleZh: "软件工程（通信软件方向，本科）",
    titleEn: "BEng in Software Engineering (Communication Software)",
    summaryZh: "与本地通信企业联合培养，课程覆盖移动通信协议、网络管理和通信业务平台开发。",
    summaryEn: "Run jointly with local telecoms companies, covering mobile protocols, network management and service-platform development.",
    bodyZh: `## 专业概况
- 核心课程：计算机网络、移动通信原理、通信协议软件、网络管理系统、分布式系统
- 企业课程由山城通信软件等合作企业工程师讲授
- 适合对象：理科高中毕业生
- 毕业授予工学学士学位`,
    bodyEn: `## About the programme
- Core courses: computer networks, mobile communications, protocol software, network management systems, distributed systems
- Industry modules taught by engineers from partner firms such as Shancheng Telecom Software
- For: school leavers with a science background
- Graduates receive a Bachelor of Engineering`,
    language: "zh",
    feeYuan: 9500,
    mode: "in-person",
    award: "bachelor-se",
    durationMonths: 48,
    offerings: [
      { code: "2026-autumn", opensDay: -300, closesDay: -120, sessions: [enrol(-88, ...LJIT)], capacity: 150, seatsTaken: 143 },
      { code: "2027-autumn", opensDay: -7, closesDay: 170, sessions: [enrol(277, ...LJIT)], capacity: 150, seatsTaken: 30 },
    ],
  },
  {
    slug: "professional-master-systems-integration-ljit",
    institution: "liangjiang-software-engineering-college",
    kind: "degree",
    area: "integration",
    level: "senior",
    titleZh: "软件工程硕士（在职·系统集成与项目管理方向）",
    titleEn: "Professional Master of Software Engineering (Part-time, Systems Integration and Project Management)",
    summaryZh: "面向系统集成企业项目经理和咨询人员，课程对接大型信息系统建设和集成资质要求。",
    summaryEn: "For project managers and consultants in systems-integration firms, with courses aligned to large information-system projects and integration qualifications.",
    bodyZh: `## 项目特点
- 课程：信息系统规划、系统集成技术、IT 服务管理、项目群管理、招投标与合同管理
- 周末授课，论文结合所在单位的集成或咨询项目
- 适合对象：具有学士学位、从事系统集成或信息化咨询三年以上的在职人员
- 毕业获得工程硕士专业学位`,
    bodyEn: `## Highlights
- Courses: information-system planning, integration technology, IT service management, programme management, tendering and contracts
- Weekend teaching; the thesis is based on an integration or consulting project at the student's employer
- For: graduates with three or more years in systems integration or IT consulting
- Graduates receive a professional master's degree in engineering`,
    language: "zh",
    feeYuan: 15000,
    mode: "blended",
    award: "professional-master-se",
    durationMonths: 30,
    offerings: [
      { code: "2026-spring", opensDay: -400, closesDay: -300, sessions: [enrol(-270, ...LJIT)], capacity: 60, seatsTaken: 57 },
      { code: "2027-spring", opensDay: -45, closesDay: 2, sessions: [enrol(95, ...LJIT)], capacity: 60, seatsTaken: 60 },
    ],
  },
  {
    slug: "bachelor-ecommerce-software-jlu",
    institution: "jialing-university-it-college",
    kind: "degree",
    area: "egov-ecommerce",
    level: "mid",
    titleZh: "软件工程（电子商务与电子政务方向，本科）",
    titleEn: "BEng in Software Engineering (E-commerce and E-government)",
    summaryZh: "培养电子商务与电子政务平台的开发和运营人才，兼顾技术与业务。",
    summaryEn: "Prepares graduates to build and run e-commerce and e-government platforms, balancing technology with business understanding.",
    bodyZh: `## 专业概况
- 核心课程：Web 开发、数据库、电子支付与安全、电子政务概论、网络营销、平台运营
- 实践：参与区县政务服务平台和本地电商企业的真实项目
- 适合对象：理科高中毕业生
- 毕业授予工学学士学位`,
    bodyEn: `## About the programme
- Core courses: web development, databases, e-payment and security, introduction to e-government, online marketing, platform operations
- Practice on live projects for district government service portals and local e-commerce firms
- For: school leavers with a science background
- Graduates receive a Bachelor of Engineering`,
    language: "zh",
    feeYuan: 7800,
    mode: "in-person",
    award: "bachelor-se",
    durationMonths: 48,
    offerings: [
      { code: "2026-autumn", opensDay: -300, closesDay: -120, sessions: [enrol(-88, ...JLU)], capacity: 100, seatsTaken: 97 },
      { code: "2027-autumn", opensDay: -10, closesDay: 160, sessions: [enrol(277, ...JLU)], capacity: 100, seatsTaken: 14 },
    ],
  },
  {
    slug: "diploma-linux-network-administration-jlu",
    institution: "jialing-university-it-college",
    kind: "degree",
    area: "linux",
    level: "junior",
    titleZh: "计算机网络与 Linux 系统管理（高职）",
    titleEn: "Higher Diploma in Networking and Linux Administration",
    summaryZh: "三年制高职，培养能独立维护 Linux 服务器和企业网络的运维工程师。",
    summaryEn: "A three-year higher-vocational diploma for operations engineers who can run Linux servers and company networks on their own.",
    bodyZh: `## 专业概况
- 核心课程：Linux 系统管理、Shell 脚本、网络设备配置、Web 与数据库服务部署、虚拟化
- 每学期安排实训周，最后一学期到企业顶岗实习
- 适合对象：高中及中职毕业生
- 毕业获得高等职业教育专科毕业证书`,
    bodyEn: `## About the programme
- Core courses: Linux administration, shell scripting, network equipment, deploying web and database services, virtualisation
- A practical week every term and a final-term work placement
- For: graduates of general or vocational secondary schools
- Graduates receive a higher-vocational diploma`,
    language: "zh",
    feeYuan: 6800,
    mode: "in-person",
    award: "higher-vocational-diploma",
    durationMonths: 36,
    offerings: [
      { code: "2026-autumn", opensDay: -300, closesDay: -120, sessions: [enrol(-88, ...JLU)], capacity: 200, seatsTaken: 188 },
      { code: "2027-autumn", opensDay: -20, closesDay: 140, sessions: [enrol(277, ...JLU)], capacity: 200, seatsTaken: 37 },
    ],
  },
  {
    slug: "diploma-digital-media-education-software-jyc",
    institution: "jinyun-college-computing",
    kind: "degree",
    area: "edu-multimedia",
    level: "junior",
    status: "draft",
    titleZh: "数字媒体与教育软件开发（高职）",
    titleEn: "Higher Diploma in Digital Media and Educational Software",
    summaryZh: "拟开设的高职专业，培养教育软件、课件和家庭多媒体产品的开发人员。",
    summaryEn: "A planned higher-vocational diploma for developers of educational software, courseware and home multimedia products.",
    bodyZh: `## 专业概况（筹备中）
- 拟设课程：交互设计、动画与音视频处理、教育软件开发、游戏化学习
- 适合对象：高中及中职毕业生
- 毕业获得高等职业教育专科毕业证书`,
    bodyEn: `## About the programme (in preparation)
- Planned courses: interaction design, animation and audio-video, educational software development, game-based learning
- For: graduates of general or vocational secondary schools
- Graduates receive a higher-vocational diploma`,
    language: "zh",
    feeYuan: 6500,
    mode: "in-person",
    award: "higher-vocational-diploma",
    durationMonths: 36,
    offerings: [
      { code: "2027-autumn", opensDay: 30, closesDay: 200, sessions: [enrol(277, ...JYC)], capacity: 80, seatsTaken: 0 },
    ],
  },
  {
    slug: "diploma-web-information-services-yzu",
    institution: "yuzhou-software-engineering-college",
    kind: "degree",
    area: "online-services",
    level: "junior",
    titleZh: "网站开发与网络信息服务（高职）",
    titleEn: "Higher Diploma in Web Development and Online Information Services",
    summaryZh: "培养网站开发、内容平台运营和网络信息服务的一线技术人员。",
    summaryEn: "Trains front-line developers and operators for websites, content platforms and online information services.",
    bodyZh: `## 专业概况
- 核心课程：网页设计、前端开发、服务器端开发、内容管理系统、网站运营与数据分析
- 与本地网络信息服务企业共建实训项目
- 适合对象：高中及中职毕业生
- 毕业获得高等职业教育专科毕业证书`,
    bodyEn: `## About the programme
- Core courses: web design, front-end and server-side development, content management systems, site operations and analytics
- Practical projects set up with local online information service companies
- For: graduates of general or vocational secondary schools
- Graduates receive a higher-vocational diploma`,
    language: "zh",
    feeYuan: 6800,
    mode: "in-person",
    award: "higher-vocational-diploma",
    durationMonths: 36,
    offerings: [
      { code: "2026-autumn", opensDay: -300, closesDay: -120, sessions: [enrol(-88, ...YZU)], capacity: 120, seatsTaken: 109 },
      { code: "2027-autumn", opensDay: 15, closesDay: 180, sessions: [enrol(277, ...YZU)], capacity: 120, seatsTaken: 0 },
    ],
  },
  {
    slug: "diploma-software-testing-ljit",
    institution: "liangjiang-software-engineering-college",
    kind: "degree",
    area: "quality",
    level: "junior",
    titleZh: "软件测试技术（高职）",
    titleEn: "Higher Diploma in Software Testing",
    summaryZh: "培养熟悉测试方法、测试工具和质量管理规范的软件测试工程师。",
    summaryEn: "Trains software testers who know test design, test tools and quality management practice.",
    bodyZh: `## 专业概况
- 核心课程：软件测试基础、测试用例设计、自动化测试、性能测试、缺陷与配置管理、ISO9000 与 CMM 概论
- 第三学年到软件测试中心或企业测试部门实习
- 适合对象：高中及中职毕业生
- 毕业获得高等职业教育专科毕业证书`,
    bodyEn: `## About the programme
- Core courses: testing fundamentals, test case design, test automation, performance testing, defect and configuration management, introduction to ISO9000 and CMM
- Third-year placement at a software testing centre or a company test department
- For: graduates of general or vocational secondary schools
- Graduates receive a higher-vocational diploma`,
    language: "zh",
    feeYuan: 7200,
    mode: "in-person",
    award: "higher-vocational-diploma",
    durationMonths: 36,
    offerings: [
      { code: "2026-autumn", opensDay: -300, closesDay: -120, sessions: [enrol(-88, ...LJIT)], capacity: 100, seatsTaken: 92 },
      { code: "2027-autumn", opensDay: -20, closesDay: 125, sessions: [enrol(277, ...LJIT)], capacity: 100, seatsTaken: 41 },
    ],
  },
];
