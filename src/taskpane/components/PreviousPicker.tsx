import { Field, Select } from '@fluentui/react-components';
import type { PreviousChoice } from '../../core/history';
import { useStrings } from '../i18n';

const AUTO = '';
const NONE = '\u0000none';

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
  return previous.kind === 'sheet' ? previous.sheet : AUTO;
}

/** Which sheet is last month's: the month before (found automatically), a sheet named, or none. */
export function PreviousPicker({ sheets, previous, disabled, onChange }: Props) {
  const t = useStrings();
  return (
    <Field label={t.report.previousLabel} size="small">
      <Select
        size="small"
        value={valueOf(previous)}
        disabled={disabled}
        onChange={(_, d) => onChange(d.value === AUTO ? undefined : d.value === NONE ? { kind: 'none' } : { kind: 'sheet', sheet: d.value })}
      >
        <option value={AUTO}>{t.report.previousAuto}</option>
        <option value={NONE}>{t.report.previousNone}</option>
        {sheets.map((sheet) => (
          <option key={sheet} value={sheet}>
            {sheet}
          </option>
        ))}
      </Select>
    </Field>
  );
}
