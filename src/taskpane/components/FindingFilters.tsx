import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { FindingFilter, KindFilter, SeverityFilter } from '../logic/findings-view';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS },
  select: { minWidth: 0 },
});

const SEVERITIES: SeverityFilter[] = ['all', 'error', 'warning', 'info'];
const KINDS: KindFilter[] = ['all', 'data', 'progress'];

interface Props {
  filter: FindingFilter;
  onChange: (filter: FindingFilter) => void;
  leaders: string[];
  units: string[];
}

export function FindingFilters({ filter, onChange, leaders, units }: Props) {
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
      <NameFilter label={t.check.leaderFilter} value={filter.leader} names={leaders} onChange={(leader) => onChange({ ...filter, leader })} />
      <NameFilter label={t.check.unitFilter} value={filter.unit} names={units} onChange={(unit) => onChange({ ...filter, unit })} />
    </div>
  );
}

interface NameFilterProps {
  label: string;
  value: string | undefined;
  names: string[];
  onChange: (value: string) => void;
}

/** A filter by one of the report's names (a leader, a unit): shown only when there is more than one to choose from. */
function NameFilter({ label, value, names, onChange }: NameFilterProps) {
  const t = useStrings();
  const s = useStyles();
  if (names.length <= 1) return null;
  return (
    <Field label={label} size="small">
      <Select className={s.select} size="small" value={value ?? ''} onChange={(_, d) => onChange(d.value)}>
        <option value="">{t.check.anyone}</option>
        {names.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </Select>
    </Field>
  );
}
