// Surname data for telling a name split by spaces from two names. Kept as data: extend freely.

/** The most common surnames, roughly the first hundred by population. */
const COMMON =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

/** Less common single-character surnames. */
const OTHER =
  '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由訾铁凤蔚颉步佐台丘麦闪牧衡酆郦郄滑鄂竺寿双锁随益续能琚枚苌';

/** Two-character surnames: a piece that is exactly one of these is never a whole name. */
export const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '令狐', '钟离', '端木', '独孤', '南宫', '西门', '百里', '呼延', '澹台', '公冶', '宗政', '濮阳', '太史', '申屠',
  '闻人', '赫连', '万俟', '司空', '东郭', '拓跋', '第五', '左丘', '仲孙', '淳于', '单于', '羊舌', '微生', '梁丘',
]);

const commonSet = new Set(Array.from(COMMON));
const allSet = new Set([...Array.from(COMMON), ...Array.from(OTHER)]);

export function isCommonSurname(ch: string): boolean {
  return commonSet.has(ch);
}

/** Length of the surname the name opens with: 2 for a compound surname, 1 for a known single one, 0 otherwise. */
export function surnameLength(name: string): number {
  // Every surname listed is in the Basic Multilingual Plane: code units are characters here.
  if (name.length >= 2 && COMPOUND_SURNAMES.has(name.slice(0, 2))) return 2;
  return name.length >= 1 && allSet.has(name[0] as string) ? 1 : 0;
}
