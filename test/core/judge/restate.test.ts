import { restatement } from '../../../src/core/judge';

describe('restated targets', () => {
  it('finds a progress text that repeats its target', () => {
    expect(restatement('配合省考古院，做好南马坊战国大墓、稷下学宫遗址考古勘探发掘。', '积极配合省考古院，做好南马坊战国大墓、稷下学宫遗址考古勘探发掘。')).not.toBeNull();
    expect(restatement('完成北部污水处理厂建设任务50%。', '完成北部污水处理厂建设任务50%。')).not.toBeNull();
    expect(restatement('做好汛期河道巡查和隐患排查工作。', '积极做好汛期河道巡查和隐患排查工作。')).not.toBeNull();
  });

  it('lets a milestone reported reached pass: a result, not a copy', () => {
    expect(restatement('完成北部污水处理厂建设任务50%。', '已完成北部污水处理厂建设任务50%。')).toBeNull();
    expect(restatement('东区消防站主体结构封顶。', '东区消防站主体结构已封顶。')).toBeNull();
    expect(restatement('城南幼儿园：正式投用。滨河幼儿园：正式投用。', '城南幼儿园：已正式投用。滨河幼儿园：已正式投用。')).toBeNull();
  });

  it('lets a text with a figure of its own pass', () => {
    expect(restatement('完成北部污水处理厂建设任务50%。', '已完成北部污水处理厂建设任务55%。')).toBeNull();
    expect(restatement('举办创业创新大赛决赛。', '9月22日成功举办创业创新大赛决赛。')).toBeNull();
  });

  it('lets a text in its own words pass', () => {
    expect(restatement('组织市瞪羚、独角兽和哪吒企业申报。', '组织企业申报市瞪羚、独角兽和哪吒企业。已推荐10家企业申报省级单项冠军企业。')).toBeNull();
    expect(restatement('及时跟踪在库企业生产经营情况，积极引导企业入库。', '9月份新增8家规上企业，其中建筑业6家、批发业1家。')).toBeNull();
  });

  it('says nothing about texts too short to judge', () => {
    expect(restatement('新生入学。', '新生入学。')).toBeNull();
  });
});
