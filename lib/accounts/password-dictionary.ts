// Words that zxcvbn's own dictionaries (English, and common passwords of mostly Western leaks)
// lack. zxcvbn-ts has no Chinese language package, so this adds what Chinese users favour, drawn
// from the published analyses of the large Chinese leaks (CSDN, Tianya, 12306): pinyin phrases
// (woaini = I love you), number puns (5201314 = "I love you for a lifetime"), and the commonest
// surnames, given names and full names in pinyin. Then the words of this portal itself, which
// anyone attacking it would try first. Each list is ranked, most likely first; lower case.
import { DEMO_PASSWORD } from "./codes";

const words = (text: string) => text.split(/\s+/).filter(Boolean);

export const CHINESE_PASSWORD_WORDS = words(`
  woaini 5201314 1314520 woaini1314 woaini520 aini1314 5211314 7758521 7758258 520520 woaiwojia
  woaimama woaibaba wohenaini woainima qinaide baobei baobao laopo laogong xiaobao tiantian kuaile
  xingfu pingan yongyuan aiqing xiaoxiao nihao woshishui buzhidao zhongguo beijing shanghai
  tianya dearbook xiazhili huawei baidu taobao tencent weixin qq123456 110110 147258369 159357
  zhangwei wangwei wangfang liwei lina zhangmin lijing wangjing liuwei wangxiuying zhangli
  lixiuying wangli zhangjing lijuan xiaoming xiaoqiang xiaohong xiaolong xiaoyu xiaofeng
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
  xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei
  su lu ding ren shen yao
  fang na min jing qiang lei jun yong yan jie tao ming chao xiuying xia ping gang hua hong hui
  ling yun ying bin bo hao xin jian kai fei long dan juan mei lan qing
`);

/** The portal's own words: its names in both languages, its city, and the demo accounts' published password. */
export const PORTAL_WORDS = words(`
  ${DEMO_PASSWORD.toLowerCase()} chongqing cq software cqsoftware chongqingsoftware talent portal
  重庆软件人才培养平台 重庆 软件 人才 培养 平台 ruanjian rencai peiyang pingtai yuzhou demo example
`);
