// Passwords that attackers try first, refused at sign-up, reset and change (compared in lower
// case). Only entries of 8 or more characters matter (shorter ones fail the length rule). Drawn
// from the most common passwords of the large public leaks: international lists (RockYou and
// later breach compilations) and Chinese sites (CSDN, Tianya, 12306), which favour digit runs,
// pinyin phrases (woaini = I love you, 5201314 = "I love you for ever") and keyboard walks.
const LIST = `
12345678 123456789 1234567890 12345678910 11111111 111111111 1111111111 00000000 000000000
0000000000 88888888 888888888 66666666 666666666 99999999 999999999 22222222 55555555 77777777
87654321 987654321 9876543210 123123123 123321123 12344321 12341234 11223344 112233445566
147258369 159753123 147852369 123654789 789456123 741852963 963852741 321654987 13579246
31415926 314159265 110110110 520520520 5201314520 52013145201314 1314520520 12121212 123456123
123456123456 1234512345 123456654321 654321654321 1qaz2wsx 1qaz2wsx3edc qazwsxedc qazwsx123
1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y zaq12wsx zxcvbnm123 asdfghjkl asdfasdf asdasdasd qwertyui
qwertyuiop qwerty123 qwe123456 qweasdzxc 1234qwer qwer1234 abcd1234 abc12345 abc123456
abc123456789 a1234567 a12345678 a123456789 aa123456 aa123456789 123456aa 123456abc 123456789a
a1b2c3d4 password password1 password123 passw0rd p@ssw0rd p@ssword iloveyou iloveyou1
woaini1314 woaini520 woaini123 woaini1234 woaini5201314 5201314woaini aini1314 wo5201314
woainima woaiwojia woshishui zhang123 wang1234 li123456 liu123456 chen123456 yang123456
zhangwei wangwei123 xiaoming xiaoqiang dearbook xiazhili qq123456 qq1234567 qq5201314 qwe123qwe
buzhidao tianya123 shanghai beijing123 chongqing chongqing123 zhongguo zhongguo123 china123
huawei123 baidu123 taobao123 woaini12 sunshine princess football baseball superman batman123
starwars trustno1 letmein1 welcome1 welcome123 admin123 admin1234 administrator root1234
changeme computer internet whatever monkey123 dragon123 master123 shadow123 michael1 jennifer
jordan23 liverpool chelsea1 arsenal1 charlie1 freedom1 matrix123 hello123 hello1234 helloworld
test1234 testtest 1234abcd abcdefgh abcdefg1 aaaaaaaa qqqqqqqq zzzzzzzz 11112222 12312312
123qweasd 123qwe123 qweqweqwe asd123456 zxc123456 zxcvbnm1 7758521a 7758258 77585210
q1w2e3r4 q1w2e3r4t5 !qaz2wsx 1qaz@wsx p@55w0rd 12345qwert qwert12345 asdf1234 zxcv1234
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
