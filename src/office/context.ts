/** How the host reaches Excel: Excel.run, and the requirement-set check, both injectable. */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export interface OfficeHostOptions {
  /** Defaults to the global Excel.run. */
  run?: ExcelRun;
  /** Defaults to Office.context.requirements.isSetSupported. */
  isSetSupported?: IsSetSupported;
}

/** What this Excel offers beyond ExcelApi 1.9, checked once when the host is made. */
export interface Capabilities {
  /** Cell notes (ExcelApi 1.18); without them a mark's message goes into the cell's input prompt. */
  notes: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13); without it merges are not read. */
  mergedAreas: boolean;
  /** Threaded comments (ExcelApi 1.10): a cell with one cannot take a note, so its message goes in the prompt. */
  comments: boolean;
}

export function defaultRun(): ExcelRun {
  return (options, batch) => Excel.run(options, batch);
}

export function defaultIsSetSupported(): IsSetSupported {
  return (name, version) => {
    if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
    return Office.context.requirements.isSetSupported(name, version);
  };
}

/**
 * Excel answers isSetSupported, but the office.js script in the page defines the members: an
 * intranet copy of office.js can predate a set the Excel reports (no Worksheet.notes in a script
 * older than ExcelApi 1.18). A capability needs both. Asking for a worksheet proxy sends nothing.
 */
function scriptHas(ctx: Excel.RequestContext, member: 'notes'): boolean {
  return member in ctx.workbook.worksheets.getActiveWorksheet();
}

export function capabilities(isSetSupported: IsSetSupported, ctx: Excel.RequestContext): Capabilities {
  return {
    notes: isSetSupported('ExcelApi', '1.18') && scriptHas(ctx, 'notes'),
    mergedAreas: isSetSupported('ExcelApi', '1.13'),
    comments: isSetSupported('ExcelApi', '1.10'),
  };
}
