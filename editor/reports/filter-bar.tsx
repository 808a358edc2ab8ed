import { useTranslation } from 'react-i18next';
import { presets, type Preset, type ReportQuery } from './report-query';

export interface FilterOptions {
  teams: string[];
  agents: { id: string; name: string }[];
  categories: string[];
  workflows: { id: string; name: string }[];
  /** LINE channels; the filter shows only when there are several. */
  channels: { id: string; name: string }[];
  /** Business-hours times need the company's hours in settings. */
  businessHours: boolean;
}

function Choice({
  label,
  value,
  all,
  options,
  onChange,
}: {
  label: string;
  value: string | undefined;
  all: string;
  options: { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}) {
  // A value from the URL that is no longer an option (a removed category) stays visible, so the filter is not hidden.
  const shown = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <label className="filter">
      <span>{label}</span>
      <select aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{all}</option>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const asOptions = (values: string[]) => values.map((v) => ({ value: v, label: v }));

/** The filters every report takes; each change goes into the hash, which reloads the report. */
export function FilterBar({
  query,
  setQuery,
  options,
  range,
}: {
  query: ReportQuery;
  setQuery: (patch: Partial<ReportQuery>) => void;
  options: FilterOptions;
  range: { from: string; to: string };
}) {
  const { t } = useTranslation('reports');
  const filtered = Boolean(query.team || query.agent || query.category || query.workflow || query.tag || query.channel || query.hours === 'business');
  return (
    <div className="report-filters" role="search" aria-label={t('filters.label')}>
      <label className="filter">
        <span>{t('filters.dates')}</span>
        <select
          aria-label={t('filters.dates')}
          value={query.preset}
          onChange={(e) => {
            const preset = e.target.value as Preset;
            // Custom starts from the range just shown, so switching does not jump elsewhere.
            setQuery(preset === 'custom' ? { preset, ...range } : { preset, from: undefined, to: undefined });
          }}
        >
          {Object.keys(presets).map((value) => (
            <option key={value} value={value}>
              {t(`presets.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {query.preset === 'custom' ? (
        <>
          <label className="filter">
            <span>{t('filters.from')}</span>
            <input
              type="date"
              aria-label={t('filters.from')}
              value={range.from}
              max={range.to}
              onChange={(e) => e.target.value && setQuery({ from: e.target.value })}
            />
          </label>
          <label className="filter">
            <span>{t('filters.to')}</span>
            <input
              type="date"
              aria-label={t('filters.to')}
              value={range.to}
              min={range.from}
              onChange={(e) => e.target.value && setQuery({ to: e.target.value })}
            />
          </label>
        </>
      ) : null}
      <Choice
        label={t('filters.team')}
        all={t('filters.allTeams')}
        value={query.team}
        options={asOptions(options.teams)}
        onChange={(team) => setQuery({ team })}
      />
      <Choice
        label={t('filters.agent')}
        all={t('filters.allAgents')}
        value={query.agent}
        options={options.agents.map((a) => ({ value: a.id, label: a.name }))}
        onChange={(agent) => setQuery({ agent })}
      />
      <Choice
        label={t('filters.category')}
        all={t('filters.allCategories')}
        value={query.category}
        options={asOptions(options.categories)}
        onChange={(category) => setQuery({ category })}
      />
      <Choice
        label={t('filters.workflow')}
        all={t('filters.allWorkflows')}
        value={query.workflow}
        options={options.workflows.map((w) => ({ value: w.id, label: w.name }))}
        onChange={(workflow) => setQuery({ workflow })}
      />
      {options.channels.length > 1 || query.channel ? (
        <Choice
          label={t('filters.channel')}
          all={t('filters.allChannels')}
          value={query.channel}
          options={options.channels.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(channel) => setQuery({ channel })}
        />
      ) : null}
      <form
        className="filter"
        key={query.tag ?? ''}
        onSubmit={(e) => {
          e.preventDefault();
          const tag = new FormData(e.currentTarget).get('tag');
          setQuery({ tag: typeof tag === 'string' && tag.trim() ? tag.trim() : undefined });
        }}
      >
        <label htmlFor="report-tag">{t('filters.tag')}</label>
        <input
          id="report-tag"
          name="tag"
          placeholder={t('filters.anyTag')}
          defaultValue={query.tag ?? ''}
          onBlur={(e) => e.currentTarget.form?.requestSubmit()}
        />
      </form>
      <label className="filter">
        <span>{t('filters.timesIn')}</span>
        <select
          aria-label={t('filters.timesIn')}
          value={query.hours}
          onChange={(e) => setQuery({ hours: e.target.value === 'business' ? 'business' : 'calendar' })}
        >
          <option value="calendar">{t('filters.calendar')}</option>
          <option value="business" disabled={!options.businessHours && query.hours !== 'business'}>
            {options.businessHours ? t('filters.business') : t('filters.businessNotSet')}
          </option>
        </select>
      </label>
      {filtered ? (
        <button
          type="button"
          className="link"
          onClick={() =>
            setQuery({ team: undefined, agent: undefined, category: undefined, workflow: undefined, tag: undefined, channel: undefined, hours: 'calendar' })
          }
        >
          {t('filters.clear')}
        </button>
      ) : null}
    </div>
  );
}
