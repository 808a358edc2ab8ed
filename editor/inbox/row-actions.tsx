import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AlarmClock, BellOff, Flag, FlagOff, Pin, PinOff } from 'lucide-react';
import { ApiError } from '../api/api-client';
import { Menu, type MenuAction } from '../ui/menu';
import { conversationListApi, type ListRow } from './conversation-list-api';
import { snoozeTimes } from './relative-time';
import { SnoozeDialog } from './snooze-dialog';

/** A row's menu: pin, follow-up, snooze (1 hour, tomorrow 9:00, next week, a chosen time) or wake. */
export function RowActions({ row, name, onChanged }: { row: ListRow; name: string; onChanged: (problem: string | null) => void }) {
  const { t } = useTranslation('inbox');
  const [choosing, setChoosing] = useState(false);
  const act = (what: Promise<unknown>) =>
    void what.then(
      () => onChanged(null),
      (e: unknown) => onChanged(e instanceof ApiError ? e.message : String(e)),
    );
  const actions: (MenuAction | 'separator')[] = [
    row.pinned
      ? { label: t('actions.unpin'), icon: PinOff, onSelect: () => act(conversationListApi.pin(row.id, false)) }
      : { label: t('actions.pin'), icon: Pin, onSelect: () => act(conversationListApi.pin(row.id, true)) },
    row.followUp
      ? { label: t('actions.clearFollowUp'), icon: FlagOff, onSelect: () => act(conversationListApi.followUp(row.id, false)) }
      : { label: t('actions.markFollowUp'), icon: Flag, onSelect: () => act(conversationListApi.followUp(row.id, true)) },
  ];
  if (row.status === 'open') {
    actions.push('separator');
    if (row.snoozedUntil) actions.push({ label: t('actions.wake'), icon: BellOff, onSelect: () => act(conversationListApi.snooze(row.id, null)) });
    for (const choice of snoozeTimes()) {
      actions.push({ label: t(choice.key), icon: AlarmClock, onSelect: () => act(conversationListApi.snooze(row.id, choice.until)) });
    }
    actions.push({ label: t('actions.snoozeUntil'), icon: AlarmClock, onSelect: () => setChoosing(true) });
  }
  return (
    <>
      <Menu label={t('actions.menu', { name })} actions={actions} />
      {choosing ? (
        <SnoozeDialog
          name={name}
          onDone={(until) => {
            setChoosing(false);
            if (until) act(conversationListApi.snooze(row.id, until));
          }}
        />
      ) : null}
    </>
  );
}
