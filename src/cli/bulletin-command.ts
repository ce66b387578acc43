import { buildBulletin, bulletinText, type BulletinDoc, type BulletinGroupBy } from '../core/bulletin';
import type { Report } from '../core/report';
import { groupTasks } from '../core/summary/group';
import { bulletinDocx, type FontChoice } from '../docx/bulletin';
import { CHECK_OPTIONS, monthOption, choice, parse } from './args';
import { noTableLine } from './check-command';
import { CliError } from './errors';
import type { Io } from './io';
import { checkOutput, DOCX, writeOutput } from './output-file';
import { historyLine, withPrevious } from './previous';
import { checkOptions, loadRoster, openAndCheck } from './report-file';

export const BULLETIN_HELP = `用法：tongbao bulletin FILE -o OUT.docx [--by leader|unit] [--table] [--fonts gb|common] [--text] [--previous PREV] [选项]

根据通报表起草《关于×年×月份重点工作完成情况的通报》，存为 Word 文件（.docx）：
标题、主送、一、总体情况，二、分管领导分项情况，三、存在的问题（未完成、部分完成和进度亮红灯的事项，
附责任单位和完成情况中写明的原因），四、下步工作要求，附件和落款。所有数字都取自通报表，与汇总表一致。
版式按党政机关公文格式：A4，页边距上37、下35、左28、右26毫米，标题二号方正小标宋简体，
正文三号仿宋_GB2312，一级标题黑体，二级标题楷体_GB2312，每页22行，页码“— 1 —”在下方外侧。
这是草稿：请核对后再印发。原文件不会被改动。

选项：
  -o, --output OUT  输出的 .docx 文件（用 --text 时可不写）
  --by leader|unit  “存在的问题”按分管领导（默认）或按牵头单位分组
  --table           分管领导分项情况用表格（默认每位领导一段文字）
  --fonts gb|common gb（默认）：公文标准字体；common：电脑上没有方正小标宋、仿宋_GB2312 时，改用宋体、仿宋、黑体、楷体
  --recipient T     主送机关（默认“各有关单位：”；也可在任务窗格“设置”中保存到工作簿）
  --issuer T        落款单位（默认取工作簿中保存的设置；没有则不写，请手工补上）
  --text            把通报全文以纯文本输出到屏幕
  --previous PREV   上月的通报表文件：总体情况写明完成率较上月的变化和连续两个月以上未完成的项数，
                    问题清单注明“已连续N个月未完成”（默认用同一工作簿中上个月的工作表）
  --previous-sheet S 上月报表所在的工作表；--no-previous 不与上月对比
  --force           OUT 已存在时覆盖它
  --sheet S         指定通报表所在的工作表（默认自动识别）
  --month N         指定通报月份 1-12
  --roster F        名单文件（.csv 或 .json），用来统一姓名写法
  -h, --help        显示本说明

示例：
  tongbao bulletin 9月通报.xlsx -o 9月通报文稿.docx
  tongbao bulletin 9月通报.xlsx --text`;

const BY: readonly BulletinGroupBy[] = ['leader', 'unit'];
const FONTS: readonly FontChoice[] = ['gb', 'common'];

function today(): { year: number; month: number; day: number } {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** Names only suspected to be someone else's are counted apart in the draft; the office should settle them first. */
function unresolvedNotice(io: Io, report: Report): void {
  const { unresolved } = groupTasks(report.tasks, report.names, report.sheet);
  if (!unresolved.length) return;
  io.err(`注意：以下 ${unresolved.length} 个姓名疑似写法不统一，通报中已单独列出并注明“待核实”：`);
  for (const u of unresolved) io.err(`  ${u.name}（疑似“${u.canonical}”）`);
  io.err('请先统一写法（tongbao fix、--roster 名单或在表中改正），再重新生成通报。');
}

export async function bulletinCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('bulletin', args, {
    ...CHECK_OPTIONS,
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    by: { type: 'string' },
    table: { type: 'boolean' },
    fonts: { type: 'string' },
    recipient: { type: 'string' },
    issuer: { type: 'string' },
    text: { type: 'boolean' },
  });
  if (values.help) {
    io.out(BULLETIN_HELP);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) throw new CliError('请指定通报表文件，例如：tongbao bulletin 9月通报.xlsx -o 9月通报文稿.docx');
  if (extra.length) throw new CliError('bulletin 一次只处理一个文件；多个文件请分别运行。');
  const output = values.text && values.output === undefined ? null : checkOutput('bulletin', file, values.output, Boolean(values.force), DOCX);
  const by = choice('by', values.by, BY, 'leader');
  const fonts = choice('fonts', values.fonts, FONTS, 'gb');
  const roster = values.roster !== undefined ? loadRoster(values.roster) : null;
  const options = await withPrevious(checkOptions({ sheet: values.sheet, month: monthOption(values.month) }, roster), values, io);

  const { host, report } = await openAndCheck(file, options);
  if (report.table === null || report.sheet === null) {
    io.err(noTableLine(file, report));
    return 2;
  }
  const saved = (await host.loadSettings()).bulletin ?? {};
  const doc: BulletinDoc = buildBulletin(report, {
    ...saved,
    ...(values.recipient !== undefined ? { recipient: values.recipient } : {}),
    ...(values.issuer !== undefined ? { issuer: values.issuer } : {}),
    groupBy: by,
    leaderLayout: values.table ? 'table' : 'paragraph',
    date: today(),
  });
  unresolvedNotice(io, report);
  const compared = historyLine(report);
  if (compared) io.err(compared);
  if (values.text) io.out(bulletinText(doc));
  if (output !== null) {
    await writeOutput(output, await bulletinDocx(doc, fonts));
    io.out(`已写入：${output}（通报草稿，请核对后印发；原文件未改动）`);
  }
  return 0;
}
