import { NEGATIVE_CUES, findCue } from '../../../src/core/judge';

describe('negative cues', () => {
  it.each(['尚未', '未能', '暂未', '无法', '暂停', '推迟', '正在办理', '待批'])('the list holds %s', (word) => {
    expect(NEGATIVE_CUES.map((c) => c.word)).toContain(word);
  });

  it.each([
    ['总体规划尚未批复，做好控制性详细规划前期工作', '尚未'],
    ['因无资金预算无法进行招投标，粉煤灰处置二期工程暂未开工', '无法'],
    ['因考古和企业内部改制目前项目暂停', '暂停'],
    ['项目正在中石化总部论证待批', '待批'],
    ['开业时间推迟到11月', '推迟'],
  ])('finds the cue in %s', (text, cue) => {
    expect(findCue(text, '')?.cue).toBe(cue);
  });

  it('quotes the clause around the cue', () => {
    expect(findCue('已完成主体施工，总体规划尚未批复，做好前期工作', '')?.clause).toBe('总体规划尚未批复');
  });

  it.each([
    ['活动如期举办，没有推迟', 'negated by 没有'],
    ['全程无暂停', 'negated by 无'],
    ['已解决土地指标尚未落实的问题', 'a solved problem'],
    ['已完成全部工作', 'no cue at all'],
    ['开展安全检查，尚未发现重大隐患', 'good news'],
    ['汛期暂未发生险情', 'good news'],
  ])('finds nothing in %s (%s)', (text) => {
    expect(findCue(text, '')).toBeNull();
  });

  it('lets work under way pass when the target only asked to push it on', () => {
    expect(findCue('大顺路北延项目正在办理土地、文物等手续', '持续推进办理拆迁和土地、文物等手续')).toBeNull();
    expect(findCue('正在办理昌国路东延项目前期土地手续', '启动昌国路东延地上附属物拆除工作')?.cue).toBe('正在办理');
  });
});
