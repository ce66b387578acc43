// Word lists for reading 责任单位 cells. Kept as data: other places name their offices differently,
// and a missing ending here only means a broken unit name is left as written.

/** Endings of an organisation's name, longest first within each length. */
export const ORG_ENDINGS = [
  '街道办事处', '人民政府', '指挥部', '办事处', '管委会', '委员会', '联合会', '工作组', '派出所', '检察院', '开发区', '化工区',
  '示范区', '高新区', '工业区', '保税区', '功能区', '产业园', '领导小组',
  '中心', '政府', '分局', '支行', '分行', '专班', '公司', '集团', '街道', '社区', '镇街', '部门', '单位', '企业', '学校',
  '医院', '银行', '大队', '中队', '支队', '法院', '党校', '海关', '协会', '商会', '学会', '工委', '党委', '党组', '小组',
  '园区', '新区', '景区', '基地', '电视台', '报社', '总站', '分公司',
  '局', '委', '办', '部', '院', '会', '所', '队', '站', '处', '厅', '署', '室', '社', '联', '科', '股', '庭', '台', '馆',
  '校', '场', '厂', '行', '司', '团', '组', '班', '镇', '乡', '村', '园', '协', '网',
];

/** A piece that is only one of these is the end of the unit before it ("金岭回族镇 政府"). */
export const CONTINUATIONS = new Set([
  '政府', '人民政府', '办事处', '街道办事处', '管委会', '委员会', '分局', '支行', '分行', '中心', '服务中心', '专班',
  '工作专班', '办公室', '指挥部', '大队', '支队', '中队', '派出所', '分公司', '有限公司', '公司', '集团',
]);

/** Endings after which a run-together cell ("闻韶街道办事处稷下街道办事处") may be cut when what follows ends the same way. */
export const STRONG_ENDINGS = ['街道办事处', '人民政府', '办事处', '管委会', '政府'];

/** Words that open a remark after a unit name ("区统计局提供数据", "（配合）"). */
export const REMARK_OPENERS = [
  '提供', '负责', '配合', '协助', '协办', '参与', '主办', '主责', '按职责', '根据职责', '分别', '督导', '指导', '协调', '等',
];

/** Labels that set the role of the units after them: "牵头单位：…配合单位：…". */
export const LEAD_LABELS = ['牵头', '主办', '主责'];
export const OTHER_LABELS = ['责任', '配合', '协办', '参与'];

/** Administrative prefixes a unit name may open with. */
export const ADMIN_PREFIXES = '区县市省镇乡';
