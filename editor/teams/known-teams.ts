import { create } from 'zustand';
import type { TeamItem } from '../../shared/api/teams-api';
import { api } from '../api/api-client';
import { analyse, setKnownTeams } from '../state/analyse';
import { useEditor } from '../state/editor-store';

/** The installation's teams, as the workflow editor knows them (the assign step's picker, the validator). */
export const useKnownTeams = create<{ teams: TeamItem[] | null }>()(() => ({ teams: null }));

/**
 * Loads the teams, then checks the open workflow again: an assign step naming a team that does not
 * exist is warned about as soon as they are known, not only after the next edit.
 */
export function loadKnownTeams(): void {
  api('listTeams').then(
    ({ teams }) => {
      useKnownTeams.setState({ teams });
      setKnownTeams(teams.map(({ id, name }) => ({ id, name })));
      const { meta, nodes, edges } = useEditor.getState();
      useEditor.setState(analyse(meta, nodes, edges));
    },
    () => undefined,
  );
}
