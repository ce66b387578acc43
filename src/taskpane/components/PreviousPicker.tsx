import { Field, Select } from '@fluentui/react-components';
import type { PreviousChoice } from '../../core/history';
import { useRef, useState } from 'react';
import { InputError } from '../../xlsx/errors';
import { useMode } from '../hooks/ModeContext';
import { useStrings } from '../i18n';

const AUTO = '';
const NONE = '\u0000none';
const FILE = '\u0000file';
const OTHER_FILE = '\u0000other-file';

interface Props {
  /** Sheets of the workbook other than the one checked. */
  sheets: string[];
  previous: PreviousChoice | undefined;
  disabled: boolean;
  onChange: (previous: PreviousChoice | undefined) => void;
}

function valueOf(previous: PreviousChoice | undefined): string {
  if (previous === undefined) return AUTO;
  if (previous.kind === 'none') return NONE;
  if (previous.kind === 'file') return FILE;
  return previous.sheet;
}

/** Which sheet is last month's: the month before (found automatically), a sheet named, none, or (in the page) another file. */
export function PreviousPicker({ sheets, previous, disabled, onChange }: Props) {
  const t = useStrings();
  const standalone = useMode() === 'standalone';
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);

  const openFile = async (file: File) => {
    setError(null);
    try {
      // The reader comes with the page's workbook code, already loaded once a file is open.
      const { readPreviousFile } = await import(/* webpackChunkName: "xlsx" */ '../standalone/session');
      const workbook = await readPreviousFile(new Uint8Array(await file.arrayBuffer()), file.name);
      onChange({ kind: 'file', file: file.name, workbook });
    } catch (e) {
      // A file that cannot be read costs the comparison only, as on the command line.
      setError(t.report.previousFileFailed(e instanceof InputError ? e.message : t.report.previousFileUnknown));
      onChange({ kind: 'none' });
    }
  };

  const choose = (value: string) => {
    if (value === OTHER_FILE) {
      input.current?.click();
      return;
    }
    setError(null);
    onChange(value === AUTO ? undefined : value === NONE ? { kind: 'none' } : { kind: 'sheet', sheet: value });
  };

  return (
    <Field label={t.report.previousLabel} size="small" validationMessage={error ?? undefined} validationState={error ? 'error' : 'none'}>
      <Select size="small" value={valueOf(previous)} disabled={disabled} onChange={(_, d) => choose(d.value)}>
        <option value={AUTO}>{t.report.previousAuto}</option>
        <option value={NONE}>{t.report.previousNone}</option>
        {sheets.map((sheet) => (
          <option key={sheet} value={sheet}>
            {sheet}
          </option>
        ))}
        {previous?.kind === 'file' ? <option value={FILE}>{t.report.previousFile(previous.file)}</option> : null}
        {standalone ? <option value={OTHER_FILE}>{t.report.previousOtherFile}</option> : null}
      </Select>
      {standalone ? (
        <input
          ref={input}
          type="file"
          accept=".xlsx"
          hidden
          data-testid="previous-file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void openFile(file);
          }}
        />
      ) : null}
    </Field>
  );
}
