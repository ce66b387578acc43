/**
 * Comments parts and VML drawings in the shapes three kinds of writers give them: Excel 2016 and
 * later (authors, runs with fonts, xr:uid, VML laid out over several lines with single-quoted
 * styles and an open <br> inside a button's text), WPS (宋体 runs, a note shown rather than
 * hidden, a check box), and generators that write a plain <t> without runs.
 */

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** The cells the notes sit on, with their values (exceljs keeps notes only on cells that are in the sheet). */
export const CELLS: [string, string][] = [
  ['A1', '序号'],
  ['B2', '郭克华'],
  ['C2', '已完成'],
  ['D3', '未完成'],
  ['B4', '王芳'],
  ['F4', '按钮旁'],
  ['C5', '备注'],
];

const SZ9 = '<sz val="9"/><color indexed="81"/><rFont val="宋体"/><family val="3"/><charset val="134"/>';

/** Excel 2016+: two authors, the author's name in bold as the first run, then the text. */
export const EXCEL_COMMENTS =
  `${DECL}<comments xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">` +
  '<authors><author>张三</author><author>Li Wei</author></authors><commentList>' +
  `<comment ref="B2" authorId="0" shapeId="0" xr:uid="{6C0F3F4A-1D7B-4E0E-9F3B-1A2B3C4D5E6F}"><text><r><rPr><b/>${SZ9}</rPr><t>张三:</t></r>` +
  `<r><rPr>${SZ9}</rPr><t xml:space="preserve">\n请核对完成时间 &lt;9月底&gt; &amp; 材料</t></r></text></comment>` +
  `<comment ref="C2" authorId="1" shapeId="0" xr:uid="{0B8E1D2C-3A4B-4C5D-8E9F-112233445566}"><text><r><rPr>${SZ9}</rPr><t>Windows 粘贴的换行_x000D_\n第二行</t></r></text></comment>` +
  `<comment ref="D3" authorId="0" shapeId="0" xr:uid="{AABBCCDD-0000-4000-8000-000000000001}"><text><r><rPr><b/><i/><u/><strike/><sz val="11"/><color rgb="FFFF0000"/><rFont val="微软雅黑"/><charset val="134"/></rPr><t>红色</t></r>` +
  `<r><rPr><sz val="9"/><color theme="4" tint="-0.249977111117893"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve"> 主题色 </t></r><r><rPr><vertAlign val="superscript"/><sz val="9"/><rFont val="宋体"/></rPr><t>2</t></r></text></comment>` +
  '</commentList></comments>';

const EXCEL_SHAPE = (id: number, row: number, col: number, z: number) =>
  ` <v:shape id="_x0000_s${id}" type="#_x0000_t202" style='position:absolute;\r\n` +
  `  margin-left:${100 + col * 54}pt;margin-top:${row * 14.25}pt;width:108pt;height:59.25pt;z-index:${z};\r\n` +
  "  visibility:hidden' fillcolor=\"#ffffe1\" o:insetmode=\"auto\">\r\n" +
  '  <v:fill color2="#ffffe1"/>\r\n  <v:shadow on="t" color="black" obscured="t"/>\r\n  <v:path o:connecttype="none"/>\r\n' +
  "  <v:textbox style='mso-direction-alt:auto'>\r\n   <div style='text-align:left'></div>\r\n  </v:textbox>\r\n" +
  '  <x:ClientData ObjectType="Note">\r\n   <x:MoveWithCells/>\r\n   <x:SizeWithCells/>\r\n' +
  `   <x:Anchor>\r\n    ${col + 1}, 15, ${Math.max(row - 1, 0)}, 10, ${col + 3}, 15, ${row + 3}, 4</x:Anchor>\r\n` +
  `   <x:AutoFill>False</x:AutoFill>\r\n   <x:Row>${row}</x:Row>\r\n   <x:Column>${col}</x:Column>\r\n  </x:ClientData>\r\n </v:shape>`;

/** A form-control button whose caption has two lines: Excel writes the line break as an open <br>. */
export const EXCEL_BUTTON =
  ' <v:shape id="_x0000_s1028" type="#_x0000_t201" style=\'position:absolute;\r\n  margin-left:300pt;margin-top:45pt;width:72pt;height:28.5pt;z-index:4;\r\n  mso-wrap-style:tight\' o:button="t" fillcolor="buttonFace [67]" strokecolor="windowText [64]" o:insetmode="auto">\r\n' +
  '  <v:fill color2="buttonFace [67]" o:detectmouseclick="t"/>\r\n  <o:lock v:ext="edit" rotation="t"/>\r\n' +
  "  <v:textbox style='mso-direction-alt:auto' o:singleclick=\"f\">\r\n   <div style='text-align:center'><font face=\"宋体\" size=\"220\" color=\"#000000\">提交<br>汇总</font></div>\r\n  </v:textbox>\r\n" +
  '  <x:ClientData ObjectType="Button">\r\n   <x:Anchor>\r\n    5, 0, 3, 0, 6, 40, 4, 18</x:Anchor>\r\n   <x:PrintObject>False</x:PrintObject>\r\n' +
  '   <x:AutoFill>False</x:AutoFill>\r\n   <x:FmlaMacro>[0]!汇总</x:FmlaMacro>\r\n   <x:TextHAlign>Center</x:TextHAlign>\r\n   <x:TextVAlign>Center</x:TextVAlign>\r\n  </x:ClientData>\r\n </v:shape>';

const EXCEL_VML_HEAD =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n' +
  ' <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout>';
const NOTE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>';
const BUTTON_TYPE =
  '<v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201"\r\n  path="m,l,21600r21600,l21600,xe">\r\n  <v:stroke joinstyle="miter"/>\r\n  <v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/>\r\n  <o:lock v:ext="edit" shapetype="t"/>\r\n </v:shapetype>';

export const EXCEL_VML = `${EXCEL_VML_HEAD}${NOTE_TYPE}\r\n${EXCEL_SHAPE(1025, 1, 1, 1)}\r\n${EXCEL_SHAPE(1026, 1, 2, 2)}\r\n${EXCEL_SHAPE(1027, 2, 3, 3)}</xml>`;

/** The same drawing with the button: what exceljs cannot parse (the open <br>), Excel writes. */
export const EXCEL_VML_WITH_BUTTON = `${EXCEL_VML_HEAD}${BUTTON_TYPE}${NOTE_TYPE}\r\n${EXCEL_SHAPE(1025, 1, 1, 1)}\r\n${EXCEL_SHAPE(1026, 1, 2, 2)}\r\n${EXCEL_SHAPE(1027, 2, 3, 3)}\r\n${EXCEL_BUTTON}</xml>`;

/** A drawing holding only a button: the sheet has no notes yet. */
export const BUTTON_ONLY_VML = `${EXCEL_VML_HEAD}${BUTTON_TYPE}\r\n${EXCEL_BUTTON}</xml>`;

/** WPS: one author, 宋体 runs, one note shown (no visibility:hidden, <x:Visible/>), a check box among the notes. */
export const WPS_COMMENTS =
  `${DECL}<comments xmlns="${MAIN}"><authors><author>办公室</author></authors><commentList>` +
  '<comment ref="A1" authorId="0"><text><r><rPr><b/><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t>办公室:</t></r><r><rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t xml:space="preserve">\n序号按部门连续编号</t></r></text></comment>' +
  '<comment ref="B4" authorId="0"><text><r><rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr><t>王芳已调岗</t></r></text></comment>' +
  '</commentList></comments>';

export const WPS_VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:p="urn:schemas-microsoft-com:office:powerpoint">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
  '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;left:0pt;margin-left:60pt;margin-top:2pt;height:60pt;width:110pt;z-index:251659264;" fillcolor="#FFFFE1" filled="t" stroked="t" coordsize="21600,21600"><v:fill on="t" color2="#FFFFE1"/><v:stroke color="#000000"/><v:imagedata o:title=""/><o:lock v:ext="edit" aspectratio="f"/><v:textbox/><x:ClientData ObjectType="Note"><x:Anchor>1, 10, 0, 2, 3, 10, 4, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>0</x:Column><x:Visible/></x:ClientData></v:shape>' +
  '<v:shape id="_x0000_s1026" type="#_x0000_t201" style="position:absolute;left:0pt;margin-left:300pt;margin-top:60pt;height:20pt;width:80pt;z-index:251660288;" filled="f" stroked="f"><v:textbox><div style="text-align:left"><font face="宋体" size="220">已核对</font></div></v:textbox><x:ClientData ObjectType="Checkbox"><x:Anchor>5, 0, 4, 0, 6, 30, 5, 0</x:Anchor><x:Checked>1</x:Checked><x:FmlaLink>$H$5</x:FmlaLink></x:ClientData></v:shape>' +
  '<v:shape id="_x0000_s1027" type="#_x0000_t202" style="position:absolute;left:0pt;margin-left:60pt;margin-top:40pt;height:60pt;width:110pt;visibility:hidden;z-index:251661312;" fillcolor="#FFFFE1" filled="t" stroked="t" coordsize="21600,21600"><v:fill on="t" color2="#FFFFE1"/><v:stroke color="#000000"/><v:textbox/><x:ClientData ObjectType="Note"><x:Anchor>2, 10, 2, 2, 4, 10, 6, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>3</x:Row><x:Column>1</x:Column></x:ClientData></v:shape>' +
  '</xml>';

/** A generator that writes each note as a plain <t>, pretty-printed, under a namespace prefix. */
export const PLAIN_COMMENTS =
  `${DECL}<x:comments xmlns:x="${MAIN}">\n  <x:authors>\n    <x:author>report</x:author>\n  </x:authors>\n  <x:commentList>\n` +
  '    <x:comment ref="C5" authorId="0">\n      <x:text>\n        <x:t>来自系统导出</x:t>\n      </x:text>\n    </x:comment>\n' +
  '  </x:commentList>\n</x:comments>';
