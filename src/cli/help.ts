export const MAIN_HELP = `通报表助手 tongbao：校验《重点工作完成情况通报表》，标记问题，修正写法，生成分管领导汇总表。
所有处理都在本机完成，原文件不会被改动。

用法：
  tongbao check FILE... [选项]        校验通报表，列出问题
  tongbao mark FILE -o OUT [选项]     另存一份，把问题标在单元格上，并附“校验报告”工作表
  tongbao fix FILE -o OUT [选项]      另存一份，自动修正能安全修正的写法，并列出每处改动
  tongbao summarize FILE -o OUT [选项] 另存一份，按分管领导（或责任单位）生成汇总表
  tongbao bulletin FILE -o OUT.docx   起草本月的书面通报（Word 文件，公文格式）

每个命令的详细说明：tongbao <命令> --help

退出码：
  check：0 没有数据错误；1 有数据错误；2 文件无法使用（不存在、损坏、加密、不是 .xlsx、文件过大、找不到通报表）或用法有误。
  mark、fix、summarize、bulletin：0 已写出结果（表中的问题见输出，不影响退出码）；2 文件无法使用或用法有误，什么也没写。
进度提示（红灯、黄灯）只说明工作进度，不影响退出码。`;

const COMMON = `  --sheet S       指定要校验的工作表（默认自动识别，有多张时取月份最新的）
  --month N       指定通报月份 1-12（默认从标题、表头、工作表名读取）
  --roster F      名单文件（.csv 或 .json，含“分管领导”“责任单位”列），用来核对姓名和单位
  --previous PREV 上月的通报表文件，与本月逐项对比（默认用同一工作簿中上个月的工作表，如“8月”）
  --previous-sheet S
                  上月报表所在的工作表（PREV 含多个月份时，或同一工作簿中的某张表）
  --no-previous   不与上月对比`;

export const CHECK_HELP = `用法：tongbao check FILE... [--sheet S] [--month N] [--roster F] [--previous PREV] [--previous-sheet S] [--no-previous] [--json]

校验一个或多个通报表（.xlsx），先按规则统计问题数，再逐条列出：单元格、序号、说明和依据。

选项：
${COMMON}
  --json          输出 JSON：{file, sheet, month, title, tasks, statusCounts, findings}；多个文件时为数组
  -h, --help      显示本说明

退出码：0 没有数据错误；1 有数据错误；2 文件无法使用或找不到通报表。

示例：
  tongbao check 9月通报.xlsx
  tongbao check 8月.xlsx 9月.xlsx --json > 结果.json`;

export const MARK_HELP = `用法：tongbao mark FILE -o OUT [--force] [--sheet S] [--month N] [--roster F] [--previous PREV] [--no-previous]

把 FILE 另存为 OUT，在 OUT 中把每个问题标在对应单元格上（底色 + 注释写明问题），
并添加“校验报告”工作表，逐条列出问题，点击单元格地址即可跳转。
数据问题用浅色底配彩色字（错误为紫色粗体、警告为橙色、提示为蓝色）；
进度提示用交通灯底色：未完成为红色，部分完成为黄色。
原文件不会被改动；OUT 已存在时不会覆盖，除非加 --force。

选项：
  -o, --output OUT  输出文件（必填，不能与 FILE 相同；.xlsx，含宏的工作簿可用 .xlsm 保留宏）
  --force           OUT 已存在时覆盖它
${COMMON}
  -h, --help        显示本说明

示例：
  tongbao mark 9月通报.xlsx -o 9月通报-已标记.xlsx`;

export const FIX_HELP = `用法：tongbao fix FILE -o OUT [--only RULE,...] [--force] [--sheet S] [--month N] [--roster F] [--previous PREV] [--no-previous]

把 FILE 另存为 OUT，在 OUT 中自动修正能安全修正的写法（如“已完成”改为“完成”、姓名中间的空格、
被空格断开的单位名、不规范的牵头标记），并逐条列出改动：单元格: 原文 → 新文。
会把姓名改成另一个字的修正（如按名单把“崔燮”改为“崔赞”）可能换了人，只列出不修改；
核实后用 --only leader.variant 修正。原文件不会被改动；OUT 已存在时不会覆盖，除非加 --force。
在任务窗格中打开 OUT，可用“撤销修正”恢复原文。

选项：
  -o, --output OUT  输出文件（必填，不能与 FILE 相同；.xlsx，含宏的工作簿可用 .xlsm 保留宏）
  --only RULE,...   只修正这些规则的问题，如 --only status.nonstandard,leader.spacing
  --force           OUT 已存在时覆盖它
${COMMON}
  -h, --help        显示本说明

示例：
  tongbao fix 9月通报.xlsx -o 9月通报-已修正.xlsx
  tongbao fix 9月通报.xlsx -o 修正.xlsx --only status.nonstandard`;
