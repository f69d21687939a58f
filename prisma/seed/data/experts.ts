// Demo experts invited to lecture in Chongqing (policy 三.(六): 聘请国内外专家来渝讲学).
// All names and biographies are invented.
import type { DemoExpert } from "../types";

export const experts: DemoExpert[] = [
  {
    slug: "chen-liheng",
    nameZh: "陈立衡",
    nameEn: "Chen Liheng",
    affiliationZh: "重庆国家软件学院 教授",
    affiliationEn: "Professor, Chongqing National Software College",
    country: "CN",
    bioZh:
      "长期从事软件工程与软件过程研究，主持过多项省部级信息化工程。近年关注工程教育改革，推动校企联合培养和项目制教学。",
    bioEn:
      "Works on software engineering and software process, and has led several provincial-level informatisation projects. In recent years he has focused on reforming engineering education through joint training with industry and project-based teaching.",
  },
  {
    slug: "zhou-yun",
    nameZh: "周蕴",
    nameEn: "Zhou Yun",
    affiliationZh: "北京某软件过程咨询公司 首席顾问、CMMI 主任评估师",
    affiliationEn: "Principal consultant and CMMI lead appraiser, a Beijing software process consultancy",
    country: "CN",
    bioZh:
      "从事软件质量管理二十余年，曾辅导数十家企业通过 ISO9001 认证和 CMM/CMMI 评估。擅长把过程改进落到中小团队的日常工作中。",
    bioEn:
      "Has worked in software quality management for over twenty years and has guided dozens of companies through ISO9001 certification and CMM/CMMI appraisals. She is known for making process improvement practical for small and medium-sized teams.",
  },
  {
    slug: "margaret-doyle",
    nameZh: "玛格丽特·多伊尔",
    nameEn: "Margaret Doyle",
    affiliationZh: "爱尔兰香农软件工程学院 本地化研究中心主任",
    affiliationEn: "Director, Localisation Research Centre, Shannon Institute of Software Engineering",
    country: "IE",
    bioZh:
      "曾在多家跨国软件公司负责欧洲区本地化工程。现主持香农学院的本地化研究中心，研究方向为软件国际化架构和翻译流程自动化。",
    bioEn:
      "Ran European localisation engineering for several multinational software companies before joining the Shannon Institute, where she now directs the Localisation Research Centre. Her research covers internationalisation architecture and translation workflow automation.",
  },
  {
    slug: "hiroshi-tanabe",
    nameZh: "田边博",
    nameEn: "Hiroshi Tanabe",
    affiliationZh: "日本濑户内软件技术研修院 客座研究员",
    affiliationEn: "Visiting Fellow, Setouchi Institute of Software Technology",
    country: "JP",
    bioZh:
      "曾在日本大型电机企业从事嵌入式软件品质保证近三十年，多次担任海外开发项目的品质负责人。熟悉日本客户对设计文档、评审和测试的要求。",
    bioEn:
      "Spent nearly thirty years in embedded software quality assurance at a large Japanese electronics maker, often as quality lead for offshore development projects. He knows in detail what Japanese clients expect from design documents, reviews and testing.",
  },
  {
    slug: "daniel-kessler",
    nameZh: "丹尼尔·凯斯勒",
    nameEn: "Daniel Kessler",
    affiliationZh: "美国独立嵌入式系统顾问",
    affiliationEn: "Independent embedded systems consultant, United States",
    country: "US",
    bioZh:
      "先后参与医疗设备、工业仪表和车载系统的实时软件开发。现为多家企业提供嵌入式架构评审和可靠性咨询，并在大学兼职授课。",
    bioEn:
      "Has built real-time software for medical devices, industrial instruments and in-vehicle systems. He now reviews embedded architectures and advises on reliability for a range of companies, and teaches part-time at a university.",
  },
  {
    slug: "katrin-vogel",
    nameZh: "卡特琳·福格尔",
    nameEn: "Katrin Vogel",
    affiliationZh: "德国萨克森制造信息化研究所 研究组负责人",
    affiliationEn: "Group Leader, Saxony Institute for Manufacturing Informatics",
    country: "DE",
    bioZh:
      "研究方向为制造执行系统和数控设备联网改造，参与过多个中德中小制造企业信息化合作项目。",
    bioEn:
      "Researches manufacturing execution systems and the networking of CNC equipment. She has taken part in several Sino-German projects helping small and medium-sized manufacturers go digital.",
  },
  {
    slug: "ravi-subramanian",
    nameZh: "拉维·苏布拉马尼亚姆",
    nameEn: "Ravi Subramaniam",
    affiliationZh: "印度班加罗尔某软件服务企业 交付质量副总裁",
    affiliationEn: "Vice President for Delivery Quality, a Bangalore software services firm",
    country: "IN",
    bioZh:
      "负责数千人规模离岸交付团队的过程与度量体系，所在企业长期保持 CMMI 五级。经常受邀分享大型项目估算、度量和持续改进经验。",
    bioEn:
      "Runs the process and measurement system for an offshore delivery organisation of several thousand engineers, which has held CMMI Level 5 for many years. He speaks often on estimation, measurement and continuous improvement in large projects.",
  },
  {
    slug: "tan-wei-ming",
    nameZh: "陈伟明",
    nameEn: "Tan Wei Ming",
    affiliationZh: "新加坡某公共部门信息化咨询机构 高级顾问",
    affiliationEn: "Senior Adviser, a Singapore public-sector digital consultancy",
    country: "SG",
    bioZh:
      "参与设计过多个政府一站式服务平台和企业电子申报系统。关注以用户为中心的政务服务设计和跨部门数据共享。",
    bioEn:
      "Has helped design several one-stop government service portals and electronic filing systems for businesses. His interests are user-centred public service design and data sharing between agencies.",
  },
  {
    slug: "lin-xiaolan",
    nameZh: "林晓岚",
    nameEn: "Lin Xiaolan",
    affiliationZh: "重庆嘉陵大学信息技术学院 教授",
    affiliationEn: "Professor, Jialing University College of Information Technology",
    country: "CN",
    bioZh:
      "从事信息安全和密码协议研究，负责学院的网络安全实验室。多次参与本市重要信息系统的安全测评和等级保护工作。",
    bioEn:
      "Works on information security and cryptographic protocols and heads the college's network security laboratory. She has taken part in security assessments of many of the city's critical information systems.",
  },
  {
    slug: "xu-zhendong",
    nameZh: "许振东",
    nameEn: "Xu Zhendong",
    affiliationZh: "重庆某 Linux 软件企业 创始人，留学生联合会软件专业委员会主任",
    affiliationEn: "Founder of a Chongqing Linux software company; chair of the software committee of the returned students' association",
    country: "CN",
    bioZh:
      "在美国获得计算机博士学位并工作多年后回渝创业，在北部新区软件园创办了一家以 Linux 服务器和网络计算机软件为主的企业。现协助留学生联合会为回国创业人员提供咨询。",
    bioEn:
      "After a PhD in computer science and several years working in the United States, he came home to Chongqing and founded a company in the North New Zone software park building Linux server and network computer software. He now helps the returned students' association advise other returnees who want to start companies.",
  },
];
