import { useState } from 'react';
import { AlarmClock, BellOff, Flag, FlagOff, Pin, PinOff } from 'lucide-react';
import { ApiError } from '../api/api-client';
import { Menu, type MenuAction } from '../ui/menu';
import { conversationListApi, type ListRow } from './conversation-list-api';
import { snoozeTimes } from './relative-time';
import { SnoozeDialog } from './snooze-dialog';

/** A row's menu: pin, follow-up, snooze (1 hour, tomorrow 9:00, next week, a chosen time) or wake. */
export function RowActions({ row, name, onChanged }: { row: ListRow; name: string; onChanged: (problem: string | null) => void }) {
  const [choosing, setChoosing] = useState(false);
  const act = (what: Promise<unknown>) =>
    void what.then(
      () => onChanged(null),
      (e: unknown) => onChanged(e instanceof ApiError ? e.message : String(e)),
    );
  const actions: (MenuAction | 'separator')[] = [
    row.pinned
      ? { label: 'Unpin', icon: PinOff, onSelect: () => act(conversationListApi.pin(row.id, false)) }
      : { label: 'Pin to top', icon: Pin, onSelect: () => act(conversationListApi.pin(row.id, true)) },
    row.followUp
      ? { label: 'Clear follow-up', icon: FlagOff, onSelect: () => act(conversationListApi.followUp(row.id, false)) }
      : { label: 'Mark for follow-up', icon: Flag, onSelect: () => act(conversationListApi.followUp(row.id, true)) },
  ];
  if (row.status === 'open') {
    actions.push('separator');
    if (row.snoozedUntil) actions.push({ label: 'Wake now', icon: BellOff, onSelect: () => act(conversationListApi.snooze(row.id, null)) });
    for (const choice of snoozeTimes()) {
      actions.push({ label: `Snooze: ${choice.label.toLowerCase()}`, icon: AlarmClock, onSelect: () => act(conversationListApi.snooze(row.id, choice.until)) });
    }
    actions.push({ label: 'Snooze until…', icon: AlarmClock, onSelect: () => setChoosing(true) });
  }
  return (
    <>
      <Menu label={`Actions for ${name}`} actions={actions} />
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
