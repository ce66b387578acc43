import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { FindingFilter, KindFilter, SeverityFilter } from '../logic/findings-view';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS },
});

const SEVERITIES: SeverityFilter[] = ['all', 'error', 'warning', 'info'];
const KINDS: KindFilter[] = ['all', 'data', 'progress'];

interface Props {
  filter: FindingFilter;
  onChange: (filter: FindingFilter) => void;
}

export function FindingFilters({ filter, onChange }: Props) {
  const t = useStrings();
  const s = useStyles();
  return (
    <div className={s.root}>
      <Field label={t.check.severityFilter} size="small">
        <Select size="small" value={filter.severity} onChange={(_, d) => onChange({ ...filter, severity: d.value as SeverityFilter })}>
          {SEVERITIES.map((v) => (
            <option key={v} value={v}>
              {t.check.severity[v]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.check.kindFilter} size="small">
        <Select size="small" value={filter.kind} onChange={(_, d) => onChange({ ...filter, kind: d.value as KindFilter })}>
          {KINDS.map((v) => (
            <option key={v} value={v}>
              {t.check.kind[v]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
