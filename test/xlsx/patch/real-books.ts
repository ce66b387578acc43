import JSZip from 'jszip';

/**
 * Workbooks as Excel 2016 and WPS 表格 write them, part for part: several sheets (one hidden, one
 * very hidden of the user's), defined names on sheets after the report, a calculation chain, shared
 * and array formulas, validations, conditional formats, hyperlinks, a table, a drawing with a chart
 * and a picture, notes with a form-control button in their drawing, threaded comments, macros,
 * custom XML and document properties. Each is a package the package editor takes on itself.
 */

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_R = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const CT = 'application/vnd.openxmlformats-officedocument';

export interface BookOptions {
  /** Excel 2016 (shared strings, x14 extensions) or WPS 表格 (inline strings, its own extension parts). */
  style: 'excel' | 'wps';
  /** The report sheet's name. */
  report: string;
  /** Index of the tab shown on opening (the report is at 1). */
  activeTab: number;
  /** The report sheet is hidden. */
  hiddenReport?: boolean;
  /** Macros: an .xlsm package with vbaProject.bin. */
  macros?: boolean;
  /** Extra report rows beyond the six of the sample, to make a long sheet. */
  extraRows?: number;
  /**
   * The report's legacy drawing: notes and a button (the default), a button alone (no comments
   * part), or none at all (the sheet has a <drawing> and <tableParts> but no notes yet).
   */
  notes?: 'notes' | 'button' | 'none';
  /** A picture in the printed header: a second VML drawing, under <legacyDrawingHF>. */
  headerPicture?: boolean;
  /** The report's relationships, notes and their drawing stored under names in another case than their targets (OPC names are case-insensitive). */
  caseNames?: boolean;
  /**
   * Notes as openpyxl writes them: relationship ids "comments" and "anysvml", absolute targets,
   * the comments under xl/comments/ and the drawing named commentsDrawing1.vml.
   */
  openpyxlNotes?: boolean;
  /** The button also as Excel 2010 and later write a form control: <controls> under mc:AlternateContent, with its ctrlProp part. */
  formControls?: boolean;
  /** A chart sheet at the end, the tab shown when `activeTab` is 6. */
  chartSheet?: boolean;
  /** workbook.xml with its attributes in single quotes, as some XML writers put them. */
  singleQuotes?: boolean;
  /** Hyperlinks on the report (the fast reader declines them, so such a book goes to the spreadsheet model). */
  hyperlinks?: boolean;
}

export interface RealBook {
  name: string;
  options: BookOptions;
  bytes: () => Promise<Uint8Array>;
}

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A sheet name quoted in a formula, as Excel writes it. */
export const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

const HEADER = ['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位', '得分', '合计'];

export const ROWS: string[][] = [
  ['1', '全年完成固定资产投资100亿元', '累计完成投资75亿元', '完成。累计完成投资76亿元', '郭克华', '区发改局（牵头）'],
  ['2', '新增市场主体2000户', '新增市场主体1500户', '部分完成。新增市场主体1200户', '崔赞', '区市场监管局'],
  ['3', '建成污水处理厂一座', '完成主体工程', '未完成。主体工程正在施工', '高晋', '区住建局'],
  ['4', '引进大学生500人', '累计引进大学生375人', '已完成。累计引进大学生380人', '郭克华', '区人社局'],
  ['5', '改造老旧小区30个', '开工改造25个', '部分完成。已开工 改造 20个', '崔 赞', '区住建局'],
  ['6', '新建5G基站300个', '累计建成220个', '完成。累计建成230个', '高晋', "区工信局&<'科技'>局"],
];

function reportRows(extra: number): string[][] {
  const rows = ROWS.map((r) => [...r]);
  for (let i = 0; i < extra; i++) {
    const n = String(ROWS.length + i + 1);
    // Most of them written 已完成, each a finding with a note: more notes than one block of shape ids holds.
    rows.push([n, `推进第${n}项重点工作`, `完成第${n}项阶段任务`, i % 10 ? '已完成。已按期完成' : '未完成。正在推进', ['郭克华', '崔赞', '高晋'][i % 3]!, '区发改局']);
  }
  return rows;
}

const col = (c: number) => String.fromCharCode(65 + c);

class Strings {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly inline: boolean) {}
  cell(ref: string, text: string, s?: number): string {
    const style = s === undefined ? '' : ` s="${s}"`;
    if (this.inline) return `<c r="${ref}"${style} t="inlineStr"><is><t>${esc(text)}</t></is></c>`;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(text);
      this.index.set(text, i);
    }
    return `<c r="${ref}"${style} t="s"><v>${i}</v></c>`;
  }
  xml(): string {
    const si = this.list.map((t) => `<si><t>${esc(t)}</t></si>`).join('');
    return `${DECL}<sst xmlns="${NS}" count="${this.list.length}" uniqueCount="${this.list.length}">${si}</sst>`;
  }
}

const EXCEL_ROOT = `xmlns="${NS}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"`;
const WPS_ROOT = `xmlns="${NS}" xmlns:r="${R}" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"`;

function reportSheet(o: BookOptions, s: Strings): string {
  const rows = reportRows(o.extraRows ?? 0);
  const last = rows.length + 2;
  const dy = o.style === 'excel' ? ' x14ac:dyDescent="0.25"' : '';
  const body: string[] = [];
  body.push(`<row r="1" spans="1:8" ht="27" customHeight="1"${dy}>${s.cell('A1', '2023年重点工作9月份完成情况通报表', 1)}</row>`);
  body.push(`<row r="2" spans="1:8"${dy}>${HEADER.map((h, c) => s.cell(`${col(c)}2`, h, 2)).join('')}</row>`);
  rows.forEach((row, i) => {
    const r = i + 3;
    const cells = row.map((v, c) => (/^\d+$/.test(v) ? `<c r="${col(c)}${r}" s="3"><v>${v}</v></c>` : s.cell(`${col(c)}${r}`, v, 3)));
    // 得分: one shared formula down the column; 合计: an array formula in the first row.
    cells.push(r === 3 ? `<c r="G3" s="3"><f t="shared" ref="G3:G${last}" si="0">A3*2</f><v>2</v></c>` : `<c r="G${r}" s="3"><f t="shared" si="0"/><v>${(i + 1) * 2}</v></c>`);
    if (r === 3) cells.push(`<c r="H3" s="3"><f t="array" ref="H3">SUM(A3:A${last}*1)</f><v>${(rows.length * (rows.length + 1)) / 2}</v></c>`);
    body.push(`<row r="${r}" spans="1:8"${dy}>${cells.join('')}</row>`);
  });
  const selected = o.activeTab === 1 ? ' tabSelected="1"' : '';
  const uid = o.style === 'excel' ? ' xr:uid="{00000000-0001-0000-0000-000000000000}"' : '';
  const ext =
    o.style === 'excel'
      ? `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD8539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="dataBar" id="{A1B2C3D4-0000-0000-0000-000000000001}"><x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar></x14:cfRule><xm:sqref>G3:G${last}</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`
      : `<extLst><ext uri="{F7C9EE02-42E1-4005-B8A3-3F6A5B9F2D8B}" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:sheetProtectionExt/></ext></extLst>`;
  return (
    `${DECL}<worksheet ${o.style === 'excel' ? EXCEL_ROOT : WPS_ROOT}${uid}>` +
    `<sheetPr><tabColor rgb="FFC00000"/><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:H${last}"/>` +
    `<sheetViews><sheetView${selected} workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="B4" sqref="B4"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="13.5"${dy}/><cols><col min="1" max="1" width="6" customWidth="1"/><col min="2" max="4" width="30" customWidth="1"/></cols>` +
    `<sheetData>${body.join('')}</sheetData>` +
    `<mergeCells count="1"><mergeCell ref="A1:H1"/></mergeCells>` +
    `<conditionalFormatting sqref="D3:D${last}"><cfRule type="containsText" dxfId="0" priority="1" operator="containsText" text="未完成"><formula>NOT(ISERROR(SEARCH("未完成",D3)))</formula></cfRule></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="E3:E${last}"><formula1>负责人</formula1></dataValidation></dataValidations>` +
    (o.hyperlinks ? `<hyperlinks><hyperlink ref="F3" r:id="rId1" display="区发改局"/><hyperlink ref="F4" location="${esc(quoted('数据 & 名单'))}!A1" display="名单"/></hyperlinks>` : '') +
    `<printOptions horizontalCentered="1"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToHeight="0" r:id="rId2"/><headerFooter><oddHeader>${o.headerPicture ? '&amp;L&amp;G' : ''}</oddHeader><oddFooter>&amp;C第 &amp;P 页</oddFooter></headerFooter>` +
    `<drawing r:id="rId3"/>${(o.notes ?? 'notes') === 'none' ? '' : '<legacyDrawing r:id="rId4"/>'}${o.headerPicture ? '<legacyDrawingHF r:id="rId8"/>' : ''}${o.formControls ? CONTROLS : ''}` +
    `<tableParts count="1"><tablePart r:id="rId6"/></tableParts>${ext}</worksheet>`
  );
}

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** The form button as Excel 2010 and later list it beside its VML shape. */
const CONTROLS =
  `<mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x14"><controls><mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x14">` +
  '<control shapeId="1027" r:id="rId9" name="Button 3"><controlPr defaultSize="0" print="0" autoFill="0" autoPict="0" macro="[0]!汇总"><anchor moveWithCells="1" sizeWithCells="1">' +
  '<from><xdr:col xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">10</xdr:col><xdr:colOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:colOff><xdr:row xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">1</xdr:row><xdr:rowOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">0</xdr:rowOff></from>' +
  '<to><xdr:col xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">11</xdr:col><xdr:colOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">381000</xdr:colOff><xdr:row xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">2</xdr:row><xdr:rowOff xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing">127000</xdr:rowOff></to>' +
  '</anchor></controlPr></control></mc:Choice></mc:AlternateContent></controls></mc:Choice></mc:AlternateContent>';

/** A plain sheet of the user's: a few values and a formula, with its own view. */
function plainSheet(o: BookOptions, s: Strings, rows: string[][], selected: boolean, extra = ''): string {
  const body = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => (/^\d+$/.test(v) ? `<c r="${col(c)}${r + 1}"><v>${v}</v></c>` : s.cell(`${col(c)}${r + 1}`, v))).join('')}</row>`)
    .join('');
  const formula = `<row r="${rows.length + 1}"><c r="A${rows.length + 1}"><f>COUNTA(A1:A${rows.length})</f><v>${rows.length}</v></c></row>`;
  return (
    `${DECL}<worksheet ${o.style === 'excel' ? EXCEL_ROOT : WPS_ROOT}><dimension ref="A1:C${rows.length + 1}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="13.5"/>` +
    `<sheetData>${body}${formula}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${extra}</worksheet>`
  );
}

const STYLES =
  `${DECL}<styleSheet xmlns="${NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
  '<fonts count="3" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>' +
  '<font><b/><sz val="16"/><color theme="1"/><name val="方正小标宋简体"/><charset val="134"/></font><font><u/><sz val="11"/><color theme="10"/><name val="等线"/><charset val="134"/><scheme val="minor"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor theme="4" tint="0.79998168889431442"/><bgColor indexed="64"/></patternFill></fill></fills>' +
  '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right><top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>' +
  '<cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf><xf numFmtId="0" fontId="2" fillId="0" borderId="0" applyNumberFormat="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="2"><cellStyle name="常规" xfId="0" builtinId="0"/><cellStyle name="超链接" xfId="1" builtinId="8"/></cellStyles>' +
  '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>';

/** The notes' drawing as Excel writes it: the note shape type, a note on D6 and one for the threaded comment on D4, and a form-control button. */
const VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n' +
  ' <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>' +
  '<v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/>\r\n  <o:lock v:ext="edit" shapetype="t"/>\r\n </v:shapetype>' +
  '<v:shape id="_x0000_s1025" type="#_x0000_t202" style=\'position:absolute;margin-left:300pt;margin-top:60pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden\' fillcolor="#ffffe1" o:insetmode="auto">\r\n  <v:fill color2="#ffffe1"/>\r\n  <v:shadow on="t" color="black" obscured="t"/>\r\n  <v:path o:connecttype="none"/>\r\n  <v:textbox style=\'mso-direction-alt:auto\'>\r\n   <div style=\'text-align:left\'></div>\r\n  </v:textbox>\r\n  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    4, 15, 4, 2, 6, 15, 8, 4</x:Anchor>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>5</x:Row>\r\n   <x:Column>3</x:Column>\r\n  </x:ClientData>\r\n </v:shape>' +
  '<v:shape id="_x0000_s1026" type="#_x0000_t202" style=\'position:absolute;margin-left:300pt;margin-top:30pt;width:108pt;height:59.25pt;z-index:2;visibility:hidden\' fillcolor="#ffffe1" o:insetmode="auto">\r\n  <v:fill color2="#ffffe1"/>\r\n  <v:shadow on="t" color="black" obscured="t"/>\r\n  <v:path o:connecttype="none"/>\r\n  <v:textbox style=\'mso-direction-alt:auto\'>\r\n   <div style=\'text-align:left\'></div>\r\n  </v:textbox>\r\n  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n   <x:Anchor>\r\n    4, 15, 2, 2, 6, 15, 6, 4</x:Anchor>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>3</x:Row>\r\n   <x:Column>3</x:Column>\r\n  </x:ClientData>\r\n </v:shape>' +
  '<v:shape id="_x0000_s1027" type="#_x0000_t201" style=\'position:absolute;margin-left:600pt;margin-top:15pt;width:72pt;height:24pt;z-index:3\' o:button="t" fillcolor="buttonFace [67]" strokecolor="windowText [64]" o:insetmode="auto">\r\n  <v:fill color2="buttonFace [67]" o:detectmouseclick="t"/>\r\n  <o:lock v:ext="edit" rotation="t"/>\r\n  <v:textbox style=\'mso-direction-alt:auto\' o:singleclick="f">\r\n   <div style=\'text-align:center\'><font face="等线" size="220" color="#000000">汇总</font></div>\r\n  </v:textbox>\r\n  <x:ClientData ObjectType="Button">\r\n   <x:Anchor>\r\n    10, 0, 1, 0, 11, 30, 2, 10</x:Anchor>\r\n   <x:PrintObject>False</x:PrintObject>\r\n   <x:AutoFill>False</x:AutoFill>\r\n   <x:FmlaMacro>[0]!汇总</x:FmlaMacro>\r\n   <x:TextHAlign>Center</x:TextHAlign>\r\n   <x:TextVAlign>Center</x:TextVAlign>\r\n  </x:ClientData>\r\n </v:shape></xml>';

/** A picture in the page header, as Excel writes it: its own VML drawing. */
const HEADER_VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n' +
  ' <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="2"/>\r\n </o:shapelayout><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f">\r\n  <v:stroke joinstyle="miter"/>\r\n  <o:lock v:ext="edit" aspectratio="t"/>\r\n </v:shapetype>' +
  '<v:shape id="LH" o:spid="_x0000_s2049" type="#_x0000_t75" style=\'position:absolute;margin-left:0;margin-top:0;width:48pt;height:48pt;z-index:1\'>\r\n  <v:imagedata o:relid="rId1" o:title="徽标"/>\r\n  <o:lock v:ext="edit" rotation="t"/>\r\n </v:shape></xml>';

const COMMENTS =
  `${DECL}<comments xmlns="${NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
  '<authors><author>tc={5E2A1C3B-1111-4A2B-9C3D-000000000001}</author><author>办公室</author></authors><commentList>' +
  '<comment ref="D4" authorId="0" shapeId="0" xr:uid="{5E2A1C3B-1111-4A2B-9C3D-000000000001}"><text><t>[线程批注]\n你的Excel版本可读取此线程批注; 但如果在更新版本的Excel中打开文件，则对批注所做的任何改动都将被删除。了解详细信息: https://go.microsoft.com/fwlink/?linkid=870924\n批注:\n    请核实户数</t></text></comment>' +
  '<comment ref="D6" authorId="1" shapeId="0" xr:uid="{5E2A1C3B-1111-4A2B-9C3D-000000000002}"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="宋体"/><charset val="134"/></rPr><t>办公室:</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">\n请附佐证材料</t></r></text></comment>' +
  '</commentList></comments>';

const THREADED =
  `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS}">` +
  '<threadedComment ref="D4" dT="2023-10-08T02:15:31.42" personId="{2B8B1F0A-0000-4C5E-8E7B-0000000000AA}" id="{5E2A1C3B-1111-4A2B-9C3D-000000000001}"><text>请核实户数</text></threadedComment></ThreadedComments>';

const PERSONS =
  `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS}"><person displayName="督查室" id="{2B8B1F0A-0000-4C5E-8E7B-0000000000AA}" userId="督查室" providerId="None"/></personList>`;

const DRAWING =
  `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
  '<xdr:oneCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>17</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/>' +
  `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 2"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;

function chart(report: string): string {
  return (
    `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><c:chart><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>${esc(quoted(report))}!$G$3:$G$8</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>` +
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>'
  );
}

/** A 1×1 PNG, bytes as a camera or a screenshot tool writes them. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
/** Stand-ins for binary parts: their bytes only have to come through unchanged. */
const binary = (seed: number, size: number) => Uint8Array.from({ length: size }, (_v, i) => (i * 131 + seed * 17) & 0xff);

const TABLE = (sheetRows: number) =>
  `${DECL}<table xmlns="${NS}" id="1" name="名单表" displayName="名单表" ref="A1:C${sheetRows}" totalsRowShown="0"><autoFilter ref="A1:C${sheetRows}"/><tableColumns count="3"><tableColumn id="1" name="姓名"/><tableColumn id="2" name="职务"/><tableColumn id="3" name="编号"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

/** The sheets in tab order: [name, state, part]. The report is at 1. */
export function sheetOrder(o: BookOptions): [string, 'visible' | 'hidden' | 'veryHidden'][] {
  return [
    ['说明', 'visible'],
    [o.report, o.hiddenReport ? 'hidden' : 'visible'],
    ['数据 & 名单', 'visible'],
    ['隐藏', 'hidden'],
    ['参数', 'veryHidden'],
    ['<图表>', 'visible'],
  ];
}

export async function buildBook(o: BookOptions): Promise<Uint8Array> {
  const zip = new JSZip();
  const s = new Strings(o.style === 'wps');
  const names = sheetOrder(o);
  const q = (i: number) => esc(quoted(names[i]![0]));
  const roster = [['姓名', '职务', '编号'], ['郭克华', '副区长', '1'], ['崔赞', '副区长', '2'], ['高晋', '副区长', '3']];
  const sheets: string[] = [
    plainSheet(o, s, [['本表为9月份通报'], ['请勿改动表头']], o.activeTab === 0),
    reportSheet(o, s),
    plainSheet(o, s, roster, o.activeTab === 2, '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>'),
    plainSheet(o, s, [['内部'], ['备用']], false),
    plainSheet(o, s, [['阈值', '10']], false),
    plainSheet(o, s, [['图表数据'], ['1']], o.activeTab === 5),
  ];
  const notes = o.notes ?? 'notes';
  const main = o.macros ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : `${CT}.spreadsheetml.sheet.main+xml`;
  const overrides = [
    ['/xl/workbook.xml', main],
    ...sheets.map((_x, i) => [`/xl/worksheets/sheet${i + 1}.xml`, `${CT}.spreadsheetml.worksheet+xml`]),
    ['/xl/theme/theme1.xml', `${CT}.theme+xml`],
    ['/xl/styles.xml', `${CT}.spreadsheetml.styles+xml`],
    ...(o.style === 'excel' ? [['/xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`]] : []),
    ['/xl/calcChain.xml', `${CT}.spreadsheetml.calcChain+xml`],
    ['/xl/drawings/drawing1.xml', `${CT}.drawing+xml`],
    ['/xl/charts/chart1.xml', `${CT}.drawingml.chart+xml`],
    ...(notes === 'notes' ? [['/xl/comments1.xml', `${CT}.spreadsheetml.comments+xml`]] : []),
    ['/xl/tables/table1.xml', `${CT}.spreadsheetml.table+xml`],
    ...(notes === 'notes' ? [['/xl/threadedComments/threadedComment1.xml', 'application/vnd.ms-excel.threadedcomments+xml']] : []),
    ['/xl/persons/person.xml', 'application/vnd.ms-excel.person+xml'],
    ['/customXml/itemProps1.xml', `${CT}.customXmlProperties+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', `${CT}.extended-properties+xml`],
    ...(o.formControls ? [['/xl/ctrlProps/ctrlProp1.xml', 'application/vnd.ms-excel.controlproperties+xml']] : []),
    ...(o.style === 'wps' ? [['/docProps/custom.xml', `${CT}.custom-properties+xml`], ['/xl/cellimages.xml', 'application/vnd.wps-officedocument.cellimage+xml']] : []),
  ];
  const defaults = [
    ['bin', o.macros ? 'application/vnd.ms-office.vbaProject' : `${CT}.spreadsheetml.printerSettings`],
    ['png', 'image/png'],
    ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
    ['xml', 'application/xml'],
    ['vml', `${CT}.vmlDrawing`],
  ];
  zip.file(
    '[Content_Types].xml',
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.map(([e, t]) => `<Default Extension="${e}" ContentType="${t}"/>`).join('')}` +
      `${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('')}${o.macros ? `<Override PartName="/xl/printerSettings/printerSettings1.bin" ContentType="${CT}.spreadsheetml.printerSettings"/><Override PartName="/xl/vbaProjectSignature.bin" ContentType="application/vnd.ms-office.vbaProjectSignature"/>` : ''}</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `${DECL}<Relationships xmlns="${PKG_R}"><Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>${o.style === 'wps' ? `<Relationship Id="rId4" Type="${R}/custom-properties" Target="docProps/custom.xml"/>` : ''}</Relationships>`,
  );
  zip.file('docProps/core.xml', `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>办公室</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2023-10-08T01:00:00Z</dcterms:created></cp:coreProperties>`);
  zip.file('docProps/app.xml', `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${o.style === 'excel' ? 'Microsoft Excel' : 'WPS 表格'}</Application><TitlesOfParts><vt:vector xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes" size="${names.length}" baseType="lpstr">${names.map(([n]) => `<vt:lpstr>${esc(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`);
  if (o.style === 'wps') {
    zip.file('docProps/custom.xml', `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-11.1.0.14309</vt:lpwstr></property></Properties>`);
    zip.file('xl/cellimages.xml', `${DECL}<etc:cellImages xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${R}"><etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="ID_1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/></xdr:blipFill><xdr:spPr/></xdr:pic></etc:cellImage></etc:cellImages>`);
    zip.file('xl/_rels/cellimages.xml.rels', `${DECL}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/image" Target="media/image2.png"/></Relationships>`);
    zip.file('xl/media/image2.png', PNG);
  }
  zip.file('customXml/item1.xml', `<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APA.XSL" StyleName="APA"/>`);
  zip.file('customXml/itemProps1.xml', `${DECL}<ds:datastoreItem ds:itemID="{7E8F1A2B-0000-4000-8000-000000000001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>`);
  zip.file('customXml/_rels/item1.xml.rels', `${DECL}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/customXmlProps" Target="itemProps1.xml"/></Relationships>`);

  const n = sheets.length;
  const sheetEls = names.map(([name, state], i) => `<sheet name="${esc(name)}" sheetId="${i + 1}"${state === 'visible' ? '' : ` state="${state}"`} r:id="rId${i + 1}"/>`).join('');
  const definedNames =
    `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="2" hidden="1">${q(2)}!$A$1:$C$4</definedName>` +
    `<definedName name="_xlnm.Print_Area" localSheetId="1">${q(1)}!$A$1:$H$${reportRows(o.extraRows ?? 0).length + 2}</definedName>` +
    `<definedName name="_xlnm.Print_Area" localSheetId="2">${q(2)}!$A$1:$C$4</definedName><definedName name="_xlnm.Print_Titles" localSheetId="2">${q(2)}!$1:$1</definedName>` +
    `<definedName name="_xlnm.Print_Titles" localSheetId="5">${q(5)}!$1:$1</definedName><definedName name="本地阈值" localSheetId="4">${q(4)}!$B$1</definedName>` +
    `<definedName name="负责人">${q(2)}!$A$2:$A$4</definedName></definedNames>`;
  const workbookPr = o.macros ? '<workbookPr codeName="ThisWorkbook" defaultThemeVersion="164011"/>' : '<workbookPr defaultThemeVersion="164011"/>';
  const fileVersion = o.style === 'excel' ? '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>' : '';
  const ext =
    o.style === 'excel'
      ? '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst>'
      : '<extLst><ext uri="{D0CAD4B1-6A83-4A43-B7B4-F6DB2D2D6E5F}" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:wbExt/></ext></extLst>';
  const book =
    `${DECL}<workbook ${o.style === 'excel' ? EXCEL_ROOT : WPS_ROOT}>${fileVersion}${workbookPr}` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" tabRatio="700" firstSheet="0" activeTab="${o.activeTab}"/></bookViews>` +
    `<sheets>${sheetEls}</sheets>${definedNames}<calcPr calcId="191029"/>${ext}</workbook>`;
  zip.file('xl/workbook.xml', o.singleQuotes ? book.replace(/<(definedName|workbookView|sheet) ([^>]*)>/g, (_m, n: string, a: string) => `<${n} ${a.replace(/="([^"]*)"/g, "='$1'")}>`) : book);
  const wbRels = [
    ...sheets.map((_x, i) => [`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`]),
    [`rId${n + 1}`, 'theme', 'theme/theme1.xml'],
    [`rId${n + 2}`, 'styles', 'styles.xml'],
    ...(o.style === 'excel' ? [[`rId${n + 3}`, 'sharedStrings', 'sharedStrings.xml']] : []),
    [`rId${n + 4}`, 'calcChain', 'calcChain.xml'],
    [`rId${n + 5}`, 'customXml', '../customXml/item1.xml'],
    [`rId${n + 6}`, 'http://schemas.microsoft.com/office/2017/10/relationships/person', 'persons/person.xml'],
    ...(o.macros ? [[`rId${n + 7}`, 'http://schemas.microsoft.com/office/2006/relationships/vbaProject', 'vbaProject.bin']] : []),
    ...(o.style === 'wps' ? [[`rId${n + 8}`, 'http://www.wps.cn/officeDocument/2020/cellImage', 'cellimages.xml']] : []),
  ];
  const relType = (t: string) => (t.startsWith('http') ? t : `${R}/${t}`);
  zip.file('xl/_rels/workbook.xml.rels', `${DECL}<Relationships xmlns="${PKG_R}">${wbRels.map(([id, t, target]) => `<Relationship Id="${id}" Type="${relType(t!)}" Target="${target}"/>`).join('')}</Relationships>`);
  zip.file('xl/theme/theme1.xml', `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="等线 Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="等线"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`);
  zip.file('xl/styles.xml', STYLES);
  sheets.forEach((xml, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, xml));
  if (o.style === 'excel') zip.file('xl/sharedStrings.xml', s.xml());
  const last = reportRows(o.extraRows ?? 0).length + 2;
  zip.file('xl/calcChain.xml', `${DECL}<calcChain xmlns="${NS}"><c r="G3" i="2" l="1"/><c r="H3" a="1"/>${Array.from({ length: last - 3 }, (_v, k) => `<c r="G${k + 4}"/>`).join('')}<c r="A3" i="1"/><c r="A3" i="3"/></calcChain>`);
  zip.file(
    'xl/worksheets/_rels/sheet2.xml.rels',
    `${DECL}<Relationships xmlns="${PKG_R}"><Relationship Id="rId3" Type="${R}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId2" Type="${R}/printerSettings" Target="../printerSettings/printerSettings1.bin"/>` +
      (o.hyperlinks ? `<Relationship Id="rId1" Type="${R}/hyperlink" Target="http://fgj.example.gov.cn/?a=1&amp;b=2" TargetMode="External"/>` : '') +
      `<Relationship Id="rId6" Type="${R}/table" Target="../tables/table1.xml"/>` +
      (notes === 'notes' ? `<Relationship Id="rId5" Type="${R}/comments" Target="../comments1.xml"/>` : '') +
      (notes === 'none' ? '' : `<Relationship Id="rId4" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`) +
      (o.headerPicture ? `<Relationship Id="rId8" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing2.vml"/>` : '') +
      (o.formControls ? `<Relationship Id="rId9" Type="${R}/ctrlProp" Target="../ctrlProps/ctrlProp1.xml"/>` : '') +
      (notes === 'notes' ? `<Relationship Id="rId7" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>` : '') +
      '</Relationships>',
  );
  zip.file('xl/worksheets/_rels/sheet3.xml.rels', `${DECL}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/table" Target="../tables/table2.xml"/></Relationships>`);
  zip.file('xl/tables/table1.xml', TABLE(4).replace(/名单表/g, '得分表').replace('ref="A1:C4"', `ref="J20:L22"`).replace('<autoFilter ref="A1:C4"/>', '<autoFilter ref="J20:L22"/>').replace('id="1"', 'id="2"'));
  zip.file('xl/tables/table2.xml', TABLE(4));
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file('xl/drawings/_rels/drawing1.xml.rels', `${DECL}<Relationships xmlns="${PKG_R}"><Relationship Id="rId2" Type="${R}/image" Target="../media/image1.png"/><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`);
  zip.file('xl/charts/chart1.xml', chart(o.report));
  zip.file('xl/media/image1.png', PNG);
  zip.file('xl/printerSettings/printerSettings1.bin', binary(1, 1200));
  if (notes === 'notes') {
    zip.file('xl/comments1.xml', COMMENTS);
    zip.file('xl/threadedComments/threadedComment1.xml', THREADED);
  }
  if (notes !== 'none') zip.file('xl/drawings/vmlDrawing1.vml', notes === 'notes' ? VML : VML.replace(/<v:shape id="_x0000_s1025"[\s\S]*?<\/v:shape><v:shape id="_x0000_s1026"[\s\S]*?<\/v:shape>/, ''));
  if (o.formControls) {
    zip.file('xl/ctrlProps/ctrlProp1.xml', `${DECL}<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="Button" lockText="1"/>`);
  }
  if (o.headerPicture) {
    zip.file('xl/drawings/vmlDrawing2.vml', HEADER_VML);
    zip.file('xl/drawings/_rels/vmlDrawing2.vml.rels', `${DECL}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/image" Target="../media/image1.png"/></Relationships>`);
  }
  zip.file('xl/persons/person.xml', PERSONS);
  if (o.macros) {
    zip.file('xl/vbaProject.bin', binary(2, 5000));
    zip.file('xl/_rels/vbaProject.bin.rels', `${DECL}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProjectSignature" Target="vbaProjectSignature.bin"/></Relationships>`);
    zip.file('xl/vbaProjectSignature.bin', binary(3, 800));
  }
  if (o.chartSheet) await withChartSheet(zip, o);
  if (o.openpyxlNotes) await asOpenpyxl(zip);
  if (o.caseNames) {
    for (const [from, to] of Object.entries(RECASED)) {
      const file = zip.file(from);
      if (!file) continue;
      zip.file(to, await file.async('uint8array'));
      zip.remove(from);
    }
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A chart sheet after the others (a chart in a tab of its own), as Excel writes it. */
async function withChartSheet(zip: JSZip, o: BookOptions): Promise<void> {
  const edit = async (name: string, change: (text: string) => string) => zip.file(name, change(await zip.file(name)!.async('string')));
  await edit('xl/workbook.xml', (t) => t.replace('</sheets>', '<sheet name="图表1" sheetId="7" r:id="rId40"/></sheets>'));
  await edit('xl/_rels/workbook.xml.rels', (t) => t.replace('</Relationships>', `<Relationship Id="rId40" Type="${R}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`));
  await edit('[Content_Types].xml', (t) =>
    t.replace(
      '</Types>',
      `<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="${CT}.spreadsheetml.chartsheet+xml"/><Override PartName="/xl/drawings/drawing2.xml" ContentType="${CT}.drawing+xml"/><Override PartName="/xl/charts/chart2.xml" ContentType="${CT}.drawingml.chart+xml"/></Types>`,
    ),
  );
  zip.file('xl/chartsheets/sheet1.xml', `${DECL}<chartsheet xmlns="${NS}" xmlns:r="${R}"><sheetPr/><sheetViews><sheetView${o.activeTab === 6 ? ' tabSelected="1"' : ''} zoomScale="115" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`);
  zip.file('xl/chartsheets/_rels/sheet1.xml.rels', `${DECL}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/drawing" Target="../drawings/drawing2.xml"/></Relationships>`);
  zip.file('xl/drawings/drawing2.xml', `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666922" cy="6292272"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`);
  zip.file('xl/drawings/_rels/drawing2.xml.rels', `${DECL}<Relationships xmlns="${PKG_R}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart2.xml"/></Relationships>`);
  zip.file('xl/charts/chart2.xml', chart(o.report));
  if (o.activeTab === 6) await edit('xl/worksheets/sheet2.xml', (t) => t.replace(' tabSelected="1"', ''));
}

async function asOpenpyxl(zip: JSZip): Promise<void> {
  const edit = async (name: string, change: (text: string) => string) => zip.file(name, change(await zip.file(name)!.async('string')));
  const move = async (from: string, to: string) => {
    zip.file(to, await zip.file(from)!.async('uint8array'));
    zip.remove(from);
  };
  await move('xl/comments1.xml', 'xl/comments/comment1.xml');
  await move('xl/drawings/vmlDrawing1.vml', 'xl/drawings/commentsDrawing1.vml');
  await edit('[Content_Types].xml', (t) => t.replace('/xl/comments1.xml', '/xl/comments/comment1.xml'));
  await edit('xl/worksheets/sheet2.xml', (t) => t.replace('<legacyDrawing r:id="rId4"/>', '<legacyDrawing r:id="anysvml"/>'));
  await edit('xl/worksheets/_rels/sheet2.xml.rels', (t) =>
    t
      .replace('Id="rId5"', 'Id="comments"')
      .replace('Id="rId4"', 'Id="anysvml"')
      .replace('Target="../comments1.xml"', 'Target="/xl/comments/comment1.xml"')
      .replace('Target="../drawings/vmlDrawing1.vml"', 'Target="/xl/drawings/commentsDrawing1.vml"')
      .replace(/Target="\.\.\//g, 'Target="/xl/'),
  );
  await edit('xl/_rels/workbook.xml.rels', (t) => t.replace(/Target="(worksheets|theme|styles|sharedStrings|calcChain|persons)/g, 'Target="/xl/$1'));
}

const RECASED: Record<string, string> = {
  'xl/worksheets/_rels/sheet2.xml.rels': 'xl/worksheets/_rels/SHEET2.xml.rels',
  'xl/comments1.xml': 'xl/Comments1.xml',
  'xl/drawings/vmlDrawing1.vml': 'xl/drawings/VmlDrawing1.vml',
};

const BOOKS: BookOptions[] = [
  { style: 'excel', report: '9月', activeTab: 1 },
  { style: 'excel', report: '9月', activeTab: 2, notes: 'none' },
  { style: 'excel', report: '9月', activeTab: 1, notes: 'button', headerPicture: true },
  { style: 'wps', report: '9月', activeTab: 1, notes: 'none', headerPicture: true },
  { style: 'excel', report: "9月 R&D <'一'>", activeTab: 2, macros: true },
  { style: 'excel', report: '9月', activeTab: 5, hiddenReport: true },
  { style: 'excel', report: '9月', activeTab: 1, extraRows: 1200, headerPicture: true },
  { style: 'wps', report: '9月', activeTab: 1 },
  { style: 'excel', report: '9月', activeTab: 1, caseNames: true },
  { style: 'excel', report: '9月', activeTab: 2, singleQuotes: true },
  { style: 'excel', report: '9月', activeTab: 1, openpyxlNotes: true },
  { style: 'excel', report: '9月', activeTab: 6, chartSheet: true },
  { style: 'excel', report: '9月', activeTab: 1, formControls: true },
  { style: 'excel', report: '9月', activeTab: 1, notes: 'button', formControls: true, headerPicture: true },
  { style: 'wps', report: '9月（汇总 & 通报）', activeTab: 0 },
  { style: 'excel', report: '9月', activeTab: 1, hyperlinks: true },
  { style: 'wps', report: '9月', activeTab: 2, hyperlinks: true, notes: 'button' },
];

export const REAL_BOOKS: RealBook[] = BOOKS.map((options) => ({
  name:
    `${options.style} ${options.report} tab ${options.activeTab}${options.hiddenReport ? ' hidden report' : ''}${options.macros ? ' xlsm' : ''}` +
    `${options.extraRows ? ` +${options.extraRows} rows` : ''}${options.notes && options.notes !== 'notes' ? ` ${options.notes} drawing` : ''}${options.headerPicture ? ' header picture' : ''}${options.caseNames ? ' names in another case' : ''}${options.singleQuotes ? ' single quotes' : ''}${options.openpyxlNotes ? ' openpyxl notes' : ''}${options.chartSheet ? ' chart sheet' : ''}${options.formControls ? ' form controls' : ''}${options.hyperlinks ? ' hyperlinks' : ''}`,
  options,
  bytes: () => buildBook(options),
}));
