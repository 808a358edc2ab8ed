import { ChevronDown, ChevronUp, Keyboard, Menu } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useEffect, useEffectEvent, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RichMenuItem } from '../../shared/api/rich-menus-api';
import type { RichMenuAction } from '../../shared/rich-menus/rich-menu-rules';
import { api } from '../api/api-client';
import './rich-menu-bar.css';

type Send = (body: { text?: string; postbackData?: string; displayText?: string }) => Promise<void>;

/** How often the menu is asked for again while the chat is open (a workflow may switch it without a message). */
const pollMs = 4000;

/**
 * The rich menu under the chat, as LINE shows it: the menu's image with its tap areas, and the bar
 * with its chat bar text that opens and closes it; the keyboard button swaps it for the text input.
 * The menu is the one a workflow linked to this customer, else the channel's default. Tapping an
 * area does what LINE does: says its text, sends its postback, opens its URL, or switches menus.
 */
export function RichMenuBar({ contact, changes, send, input }: { contact: string | null; changes: number; send: Send; input: ReactNode }) {
  const { t } = useTranslation('testChat');
  const [menu, setMenu] = useState<RichMenuItem | null>(null);
  const [switched, setSwitched] = useState<RichMenuItem | null>(null);
  const [mode, setMode] = useState<'open' | 'closed' | 'keyboard'>('open');

  const show = useEffectEvent((next: RichMenuItem | null) => {
    if (next?.id === menu?.id && next?.imageUrl === menu?.imageUrl) return;
    setMenu(next);
    // A workflow's link outranks a switch tapped before it.
    setSwitched(null);
    if (next && !menu) setMode(next.selected ? 'open' : 'closed');
  });
  useEffect(() => {
    if (!contact) return;
    let live = true;
    const ask = () =>
      api('getSimulatedRichMenu', { params: { userId: contact } }).then(
        (answer) => live && show(answer.richMenu),
        // The chat works without its menu; the next poll asks again.
        () => {},
      );
    void ask();
    const timer = setInterval(() => void ask(), pollMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [contact, changes]);

  const shown = switched ?? menu;
  if (!shown || !shown.imageUrl || !contact) return <>{input}</>;

  const tap = async (action: RichMenuAction) => {
    if (action.type === 'message') return send({ text: action.text });
    if (action.type === 'postback') return send({ postbackData: action.data, ...(action.displayText ? { displayText: action.displayText } : {}) });
    if (action.type === 'uri') return void window.open(action.uri, '_blank', 'noopener');
    const answer = await api('getSimulatedRichMenu', { params: { userId: contact }, query: { alias: action.richMenuAliasId } });
    if (answer.richMenu) setSwitched(answer.richMenu);
    if (action.data) await send({ postbackData: action.data });
  };

  if (mode === 'keyboard') {
    return (
      <div className="chat-keyboard">
        <button type="button" className="rich-menu-back" aria-label={t('richMenu.show', { chatBarText: shown.chatBarText })} onClick={() => setMode('open')}>
          <Menu size={16} aria-hidden="true" />
        </button>
        {input}
      </div>
    );
  }
  return (
    <div className="rich-menu" data-testid="test-chat-rich-menu">
      <div className="rich-menu-bar">
        <button type="button" aria-label={t('richMenu.typeMessage')} onClick={() => setMode('keyboard')}>
          <Keyboard size={18} aria-hidden="true" />
        </button>
        <button type="button" className="rich-menu-toggle" aria-expanded={mode === 'open'} onClick={() => setMode(mode === 'open' ? 'closed' : 'open')}>
          {shown.chatBarText} {mode === 'open' ? <ChevronDown size={14} aria-hidden="true" /> : <ChevronUp size={14} aria-hidden="true" />}
        </button>
      </div>
      {mode === 'open' ? (
        <div className="rich-menu-image" style={{ aspectRatio: `${shown.size.width} / ${shown.size.height}` }}>
          <img src={shown.imageUrl} alt={t('richMenu.image', { name: shown.name })} draggable={false} />
          {shown.areas.map((area, i) => (
            <button
              type="button"
              key={i}
              className="rich-menu-area"
              aria-label={area.action.label ?? describe(area.action, t)}
              style={{
                left: `${(area.bounds.x / shown.size.width) * 100}%`,
                top: `${(area.bounds.y / shown.size.height) * 100}%`,
                width: `${(area.bounds.width / shown.size.width) * 100}%`,
                height: `${(area.bounds.height / shown.size.height) * 100}%`,
              }}
              onClick={() => void tap(area.action)}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** What a screen reader says for an area without a label. */
function describe(action: RichMenuAction, t: TFunction<'testChat'>): string {
  if (action.type === 'message') return action.text;
  if (action.type === 'postback') return action.displayText ?? action.data;
  if (action.type === 'uri') return t('richMenu.open', { uri: action.uri });
  return t('richMenu.switch', { alias: action.richMenuAliasId });
}
