// The 38 districts and counties of Chongqing, as a fixed list for addresses and statistics.
// Display names are in the message catalogues under `district.<code>`.
export const CHONGQING_DISTRICTS = [
  // central urban districts
  "yuzhong", "jiangbei", "nanan", "shapingba", "jiulongpo", "dadukou", "beibei", "yubei", "banan",
  // other districts
  "wanzhou", "fuling", "qianjiang", "changshou", "jiangjin", "hechuan", "yongchuan", "nanchuan",
  "qijiang", "dazu", "bishan", "tongliang", "tongnan", "rongchang", "kaizhou", "liangping", "wulong",
  // counties
  "chengkou", "fengdu", "dianjiang", "zhongxian", "yunyang", "fengjie", "wushan", "wuxi",
  // autonomous counties
  "shizhu", "xiushan", "youyang", "pengshui",
] as const;
export type District = (typeof CHONGQING_DISTRICTS)[number];
