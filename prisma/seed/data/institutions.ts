// Demo institutions: colleges, training centres, one enterprise academy and two overseas partners
// (policy 三.(五), 三.(六)). Names are fictional; registration codes are fictional but well-formed.
import type { DemoInstitution } from "../types";

export const institutions: DemoInstitution[] = [
  {
    slug: "cq-national-software-college",
    kind: "national-software-college",
    nameZh: "重庆国家软件学院",
    nameEn: "Chongqing National Software College",
    summaryZh:
      "按照建设国家级软件学院的目标组建，面向软件工程开展本科、工程硕士教育和高层次在职培训，与园区企业共建实训基地。",
    summaryEn:
      "Founded to give Chongqing its national-level software college. Offers bachelor's and engineering master's degrees in software engineering and senior in-service training, with practice bases run jointly with park companies.",
    district: "shapingba",
    country: "CN",
    website: "https://www.cqnsc.example",
    registrationCode: "12500000450401274J",
    status: "verified",
  },
  {
    slug: "yuzhou-software-engineering-college",
    kind: "municipal-software-college",
    nameZh: "重庆渝州大学软件工程学院",
    nameEn: "Yuzhou University School of Software Engineering",
    summaryZh:
      "市级软件工程学院，以嵌入式软件和对日软件外包人才培养见长，设有本科与高职两个层次。",
    summaryEn:
      "A municipal software engineering college known for embedded software and for preparing engineers for offshore projects with Japanese clients. Teaches at bachelor's and higher-vocational level.",
    district: "nanan",
    country: "CN",
    website: "https://sse.yuzhou-u.example",
    registrationCode: "125000004504021542",
    status: "verified",
  },
  {
    slug: "liangjiang-software-engineering-college",
    kind: "municipal-software-college",
    nameZh: "重庆两江理工学院软件工程学院",
    nameEn: "Liangjiang Institute of Technology School of Software Engineering",
    summaryZh:
      "位于北部新区，与通信和系统集成企业合作办学，重点培养通信软件、系统集成和软件测试人才。",
    summaryEn:
      "Based in the North New Zone and run in partnership with telecoms and systems-integration firms. Focuses on communication software, systems integration and software testing.",
    district: "yubei",
    country: "CN",
    website: "https://sse.ljit.example",
    registrationCode: "12500000MB1P38628Y",
    status: "verified",
  },
  {
    slug: "jialing-university-it-college",
    kind: "university-college",
    nameZh: "重庆嘉陵大学信息技术学院",
    nameEn: "Jialing University College of Information Technology",
    summaryZh:
      "综合性大学下属的信息技术学院，开设电子商务、网络工程和教育技术等专业，承担区县信息化人员培训。",
    summaryEn:
      "The information technology college of a comprehensive university. Teaches e-commerce, network engineering and educational technology, and trains IT staff for district and county governments.",
    district: "shapingba",
    country: "CN",
    website: "https://cit.jialing-u.example",
    registrationCode: "12500000450405312Q",
    status: "verified",
  },
  {
    slug: "jinyun-college-computing",
    kind: "university-college",
    nameZh: "重庆缙云学院计算机技术学院",
    nameEn: "Jinyun College School of Computer Technology",
    summaryZh: "民办本科院校的计算机技术学院，正在申请纳入平台，拟开设数字媒体和信息系统方向课程。",
    summaryEn:
      "The computer technology school of a private college, currently applying to join the portal. Plans courses in digital media and information systems.",
    district: "beibei",
    country: "CN",
    registrationCode: "52500109MJP4718357",
    status: "pending",
    address: "重庆市北碚区天生路 2 号 缙云学院 计算机楼",
    contact: { name: "孙磊", email: "owner.jinyun@example.com", phone: "+862368250000" },
  },
  {
    slug: "cq-software-talent-training-centre",
    kind: "training-centre",
    nameZh: "重庆市软件人才培训中心",
    nameEn: "Chongqing Software Talent Training Centre",
    summaryZh:
      "市信息产业主管部门指导下的公益性培训机构，承办软件职业培训、知识更新和软件企业家研修，多数课程享受财政补贴。",
    summaryEn:
      "A public training body guided by the municipal information industry authority. Runs vocational training, knowledge-update courses and programmes for software entrepreneurs; most courses are publicly subsidised.",
    district: "yuzhong",
    country: "CN",
    website: "https://www.cqstc.example",
    registrationCode: "12500103MB0J732156",
    status: "verified",
  },
  {
    slug: "cq-software-process-improvement-centre",
    kind: "training-centre",
    nameZh: "重庆软件过程改进中心",
    nameEn: "Chongqing Software Process Improvement Centre",
    summaryZh:
      "为本市软件企业提供 ISO9000 和 CMM/CMMI 培训、差距分析和认证准备辅导，协助企业申请质量体系认证资助。",
    summaryEn:
      "Helps Chongqing software firms with ISO9000 and CMM/CMMI training, gap analysis and certification readiness, and with applying for the city's quality-certification grants.",
    district: "yubei",
    country: "CN",
    website: "https://www.cqspic.example",
    registrationCode: "52500112MJ5U81045Q",
    status: "verified",
  },
  {
    slug: "shancheng-telecom-software",
    kind: "enterprise",
    nameZh: "重庆山城通信软件股份有限公司",
    nameEn: "Shancheng Telecom Software Co., Ltd.",
    summaryZh:
      "本地通信软件企业，其企业学院面向行业开放移动通信软件开发与测试课程，并接收高校学生实习。",
    summaryEn:
      "A local communication software company whose corporate academy opens its mobile software development and testing courses to the industry and hosts student interns.",
    district: "jiulongpo",
    country: "CN",
    website: "https://academy.shancheng-telecom.example",
    registrationCode: "91500107MA5U2K7R4X",
    status: "verified",
  },
  {
    slug: "shannon-institute-ireland",
    kind: "overseas-partner",
    nameZh: "爱尔兰香农软件工程学院",
    nameEn: "Shannon Institute of Software Engineering",
    summaryZh:
      "爱尔兰合作院校，在软件本地化、国际化和过程改进方面有长期积累，接收重庆选派的进修人员和访问学者。",
    summaryEn:
      "Partner institute in Ireland with long experience in software localisation, internationalisation and process improvement. Hosts staff and visiting scholars sent from Chongqing.",
    country: "IE",
    website: "https://www.shannon-ise.example",
    status: "verified",
  },
  {
    slug: "setouchi-institute-japan",
    kind: "overseas-partner",
    nameZh: "日本濑户内软件技术研修院",
    nameEn: "Setouchi Institute of Software Technology",
    summaryZh:
      "日本合作研修机构，开设软件品质管理、嵌入式开发和对日项目管理研修，并安排企业实地考察。",
    summaryEn:
      "Partner training institute in Japan. Runs courses in software quality management, embedded development and project management for Japanese clients, with company visits.",
    country: "JP",
    website: "https://www.setouchi-ist.example",
    status: "verified",
  },
];
