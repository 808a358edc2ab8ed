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
  const filtered = Boolean(query.team || query.agent || query.category || query.workflow || query.tag || query.channel || query.hours === 'business');
  return (
    <div className="report-filters" role="search" aria-label="Report filters">
      <label className="filter">
        <span>Dates</span>
        <select
          aria-label="Dates"
          value={query.preset}
          onChange={(e) => {
            const preset = e.target.value as Preset;
            // Custom starts from the range just shown, so switching does not jump elsewhere.
            setQuery(preset === 'custom' ? { preset, ...range } : { preset, from: undefined, to: undefined });
          }}
        >
          {Object.entries(presets).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {query.preset === 'custom' ? (
        <>
          <label className="filter">
            <span>From</span>
            <input type="date" aria-label="From" value={range.from} max={range.to} onChange={(e) => e.target.value && setQuery({ from: e.target.value })} />
          </label>
          <label className="filter">
            <span>To</span>
            <input type="date" aria-label="To" value={range.to} min={range.from} onChange={(e) => e.target.value && setQuery({ to: e.target.value })} />
          </label>
        </>
      ) : null}
      <Choice label="Team" all="All teams" value={query.team} options={asOptions(options.teams)} onChange={(team) => setQuery({ team })} />
      <Choice
        label="Agent"
        all="All agents"
        value={query.agent}
        options={options.agents.map((a) => ({ value: a.id, label: a.name }))}
        onChange={(agent) => setQuery({ agent })}
      />
      <Choice
        label="Category"
        all="All categories"
        value={query.category}
        options={asOptions(options.categories)}
        onChange={(category) => setQuery({ category })}
      />
      <Choice
        label="Workflow"
        all="All workflows"
        value={query.workflow}
        options={options.workflows.map((w) => ({ value: w.id, label: w.name }))}
        onChange={(workflow) => setQuery({ workflow })}
      />
      {options.channels.length > 1 || query.channel ? (
        <Choice
          label="Channel"
          all="All channels"
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
        <label htmlFor="report-tag">Tag</label>
        <input id="report-tag" name="tag" placeholder="any tag" defaultValue={query.tag ?? ''} onBlur={(e) => e.currentTarget.form?.requestSubmit()} />
      </form>
      <label className="filter">
        <span>Times in</span>
        <select aria-label="Times in" value={query.hours} onChange={(e) => setQuery({ hours: e.target.value === 'business' ? 'business' : 'calendar' })}>
          <option value="calendar">Calendar time</option>
          <option value="business" disabled={!options.businessHours && query.hours !== 'business'}>
            {options.businessHours ? 'Business hours' : 'Business hours (not set)'}
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
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
