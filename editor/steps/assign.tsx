import { Headset } from 'lucide-react';
import { useEffect } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { assignmentLabels } from '../../shared/api/teams-api';
import type { StepData } from '../../shared/steps';
import { teamNameKey } from '../../shared/teams/team-name-key';
import { useViewer } from '../app/viewer';
import { i18n } from '../i18n/i18n';
import { useEditor } from '../state/editor-store';
import { loadKnownTeams, useKnownTeams } from '../teams/known-teams';
import { Preview } from './preview';
import type { StepView } from './step-view';
import './assign.css';

type Data = StepData<'assign'>;

export const assignView: StepView<'assign'> = {
  icon: Headset,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return (
      <Preview
        text={
          data.target === 'agent'
            ? t('body.assignAgent', { agent: data.agent ?? '?' })
            : t('body.assignTeam', { team: data.team ?? '?' }) + (data.onlineOnly ? t('body.onlineOnly') : '')
        }
      />
    );
  },
  InspectorPanel: TeamPicker,
  // The team is chosen from the team records below (by id, its name kept beside it); how it assigns is the team's.
  fieldHint: (spot) => {
    if (spot.path === 'teamId' || spot.path === 'team' || spot.path === 'strategy') return { hidden: true };
    if (spot.path === 'onlineOnly') return { help: i18n.t('steps:hints.onlineOnly') };
    return undefined;
  },
};

/** The team records to choose from, and how the chosen one assigns (set on the Teams screen). */
function TeamPicker() {
  const node = useEditor((s) => {
    const picked = s.nodes.filter((n) => n.selected);
    return picked.length === 1 ? picked[0] : undefined;
  });
  const updateNodeData = useEditor((s) => s.updateNodeData);
  const { t } = useTranslation('steps');
  const readOnly = useViewer().role !== 'admin';
  const teams = useKnownTeams((s) => s.teams);
  useEffect(loadKnownTeams, []);
  if (!node || !teams) return null;
  const data = node.data as Data;
  if (data.target !== 'team') return null;
  const chosen =
    teams.find((t) => t.id === data.teamId) ?? (data.team ? teams.find((t) => teamNameKey(t.name) === teamNameKey(data.team as string)) : undefined);
  const choose = (id: string) => {
    const team = teams.find((t) => t.id === id);
    if (!team) return;
    const { strategy: _legacy, ...rest } = data;
    updateNodeData(node.id, { ...rest, teamId: team.id, team: team.name });
  };
  return (
    <section className="team-picker" aria-label={t('assign.team')}>
      <label>
        {t('assign.team')}
        <select aria-label={t('assign.team')} value={chosen?.id ?? ''} disabled={readOnly} onChange={(e) => choose(e.target.value)}>
          {chosen ? null : <option value="">{data.team ? t('assign.noSuchTeam', { team: data.team }) : t('assign.chooseTeam')}</option>}
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      {chosen ? (
        <p className="muted" data-testid="team-mode">
          <Trans
            t={t}
            i18nKey="assign.teamMode"
            values={{
              mode:
                t(`assign.mode.${chosen.assignment}`, { defaultValue: assignmentLabels[chosen.assignment] }) +
                (chosen.onlineOnly ? t('assign.onlineOnly') : ''),
              members: t('assign.members', { count: chosen.members.length }),
            }}
            components={{ teams: <a href="#/teams" /> }}
          />
        </p>
      ) : (
        <p className="notice error" role="alert">
          <Trans t={t} i18nKey={teams.length === 0 ? 'assign.noTeams' : 'assign.pickTeam'} components={{ teams: <a href="#/teams" /> }} />
        </p>
      )}
    </section>
  );
}
