import { joinSplitUnits, splitUnits, standardizeLeadMarkers } from '../../../src/core/names';

const read = (text: string) =>
  splitUnits(text).map((u) => {
    const lead = u.lead ? (u.leadInferred ? '?' : '!') : '';
    return `${u.name}${lead}`;
  });

describe('splitUnits', () => {
  it('splits on whitespace and on 、，,；;', () => {
    expect(read('区发改局 区财政局\u3000区商务局')).toEqual(['区发改局?', '区财政局', '区商务局']);
    expect(read('区发改局、区财政局，区商务局;区统计局')).toEqual(['区发改局?', '区财政局', '区商务局', '区统计局']);
  });

  it.each([
    ['区行政审批 服务局 (牵头)', '区行政审批服务局'],
    ['淄博省级农业 高新技术产业 示范区管委会', '淄博省级农业高新技术产业示范区管委会'],
    ['区投资促进 中心', '区投资促进中心'],
    ['金岭回族镇 政府', '金岭回族镇政府'],
    ['人民银行临淄 支行', '人民银行临淄支行'],
    ['各产业链工作 专班', '各产业链工作专班'],
    ['临淄公安 分局', '临淄公安分局'],
    ['区农业农村 局', '区农业农村局'],
    ['稷下街道 办事处', '稷下街道办事处'],
    ['市场监管 局', '市场监管局'],
    ['中国移动临淄 分公司', '中国移动临淄分公司'],
  ])('joins %j back into one unit', (text, name) => {
    const units = splitUnits(text);
    expect(units.map((u) => u.name)).toEqual([name]);
    expect(units[0]?.rejoined).toBe(true);
  });

  it('keeps whole units apart', () => {
    expect(read('区发改局 齐鲁化工区 区工信局')).toEqual(['区发改局?', '齐鲁化工区', '区工信局']);
    expect(read('区妇联 区残联 区退役军人事务局')).toEqual(['区妇联?', '区残联', '区退役军人事务局']);
    expect(read('区委组织部 区农业农村局')).toEqual(['区委组织部?', '区农业农村局']);
    expect(read('临淄公安 区发改局')).toEqual(['临淄公安?', '区发改局']);
    expect(read('区科协 区文联 团区委 区工商联')).toEqual(['区科协?', '区文联', '团区委', '区工商联']);
    expect(read('县委办、县政府办')).toEqual(['县委办?', '县政府办']);
    expect(splitUnits('区发改局 区商务局').every((u) => !u.rejoined)).toBe(true);
  });

  it.each(['（牵头）', '(牵头)', '[牵头]', '【牵头】', ' （牵头）', ' (牵头)', '牵头', ' 牵头', '（ 牵头 ）'])(
    'reads the marker %j as the lead',
    (marker) => {
      const units = splitUnits(`区财政局 区统计局${marker} 区商务局`);
      expect(units.map((u) => [u.name, u.lead, u.leadInferred, u.marker])).toEqual([
        ['区财政局', false, false, null],
        ['区统计局', true, false, marker.trim()],
        ['区商务局', false, false, null],
      ]);
    },
  );

  it('gives a lone 区 to the unit after it, not the one before', () => {
    expect(read('区发展和改革局 区 财政局')).toEqual(['区发展和改革局?', '区财政局']);
  });

  it('takes the first unit as the lead when none is marked, and says it was inferred', () => {
    const [first, second] = splitUnits('区发改局 区财政局');
    expect(first).toMatchObject({ name: '区发改局', lead: true, leadInferred: true, marker: null });
    expect(second).toMatchObject({ lead: false, leadInferred: false });
  });

  it('allows several lead units', () => {
    expect(read('区发改局（牵头） 区财政局（牵头） 区商务局')).toEqual(['区发改局!', '区财政局!', '区商务局']);
  });

  it('splits units written with no space after a marker, and between units ending alike', () => {
    expect(read('区住建局（牵头）闻韶街道办事处稷下街道办事处')).toEqual(['区住建局!', '闻韶街道办事处', '稷下街道办事处']);
    expect(read('区发改局区财政局区商务局')).toEqual(['区发改局?', '区财政局', '区商务局']);
  });

  it('does not cut a name where a cut is not safe', () => {
    expect(read('区委区直机关工委')).toEqual(['区委区直机关工委?']);
    expect(read('区政府办公室')).toEqual(['区政府办公室?']);
    expect(read('区委组织部')).toEqual(['区委组织部?']);
  });

  it('keeps a remark out of the unit name', () => {
    const [unit] = splitUnits('区统计局提供数据');
    expect(unit).toMatchObject({ name: '区统计局', remark: '提供数据', raw: '区统计局提供数据' });
    expect(splitUnits('区发改局（牵头） 区统计局提供数据 区财政局').map((u) => u.name)).toEqual(['区发改局', '区统计局', '区财政局']);
    expect(splitUnits('区财政局（配合）')[0]).toMatchObject({ name: '区财政局', remark: '配合', lead: true, leadInferred: true });
  });

  it('keeps brackets that are part of the name', () => {
    expect(splitUnits('各镇（街道）').map((u) => u.name)).toEqual(['各镇(街道)']);
  });

  it('reads 牵头单位：… 配合单位：… labels', () => {
    expect(read('牵头单位：区发改局 配合单位：区财政局、区商务局')).toEqual(['区发改局!', '区财政局', '区商务局']);
    expect(splitUnits('牵头单位：区发改局')[0]?.marker).toBeNull();
  });

  it('takes a marker written before its unit', () => {
    expect(read('（牵头）区发改局 区财政局')).toEqual(['区发改局!', '区财政局']);
  });

  it('normalises names: script, width, spaces', () => {
    expect(splitUnits('臨淄區發改局')[0]?.name).toBe('临淄区发改局');
  });

  it('keeps the text as written, marker included', () => {
    expect(splitUnits('区行政审批 服务局 (牵头) 区市场监管局').map((u) => u.raw)).toEqual(['区行政审批 服务局 (牵头)', '区市场监管局']);
  });

  it('gives nothing for an empty cell', () => {
    expect(splitUnits('')).toEqual([]);
    expect(splitUnits(' \u3000 ')).toEqual([]);
  });
});

describe('joinSplitUnits', () => {
  it('removes only the spaces inside unit names', () => {
    expect(joinSplitUnits('区发改局 区商务局 金岭回族镇 政府 人民银行临淄 支行')).toBe('区发改局 区商务局 金岭回族镇政府 人民银行临淄支行');
    expect(joinSplitUnits('区行政审批 服务局 (牵头) 区市场监管局')).toBe('区行政审批服务局 (牵头) 区市场监管局');
  });

  it('leaves a clean cell exactly as it is', () => {
    for (const t of ['区发改局（牵头） 区财政局 ', '区统计局 (牵头) 区发改局', '区住建局（牵头）闻韶街道办事处稷下街道办事处']) {
      expect(joinSplitUnits(t)).toBe(t);
    }
  });
});

describe('standardizeLeadMarkers', () => {
  it.each([
    ['区统计局 (牵头) 区发改局', '区统计局（牵头） 区发改局'],
    ['区统计局(牵头) 区发改局', '区统计局（牵头） 区发改局'],
    ['区统计局【牵头】', '区统计局（牵头）'],
    ['区统计局 牵头 区发改局', '区统计局（牵头） 区发改局'],
    ['区统计局牵头 区发改局', '区统计局（牵头） 区发改局'],
    ['区行政审批 服务局 (牵头) 区市场监管局', '区行政审批 服务局（牵头） 区市场监管局'],
    ['（牵头）区发改局 区财政局', '区发改局（牵头） 区财政局'],
    ['区统计局提供数据 (牵头)', '区统计局提供数据（牵头）'],
  ])('%j → %j', (from, to) => {
    expect(standardizeLeadMarkers(from)).toBe(to);
  });

  it('leaves standard markers and unmarked cells alone', () => {
    for (const t of ['区发改局（牵头） 区财政局', '区发改局 区财政局', '牵头单位：区发改局']) expect(standardizeLeadMarkers(t)).toBe(t);
  });
});
