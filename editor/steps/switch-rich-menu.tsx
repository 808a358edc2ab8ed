import { PanelBottom } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { RichMenuItem } from '../../shared/api/rich-menus-api';
import type { StepData } from '../../shared/steps';
import { api } from '../api/api-client';
import { useEditor } from '../state/editor-store';
import { Preview } from './preview';
import type { StepView } from './step-view';
import './switch-rich-menu.css';

type Data = StepData<'switch-rich-menu'>;

export const switchRichMenuView: StepView<'switch-rich-menu'> = {
  icon: PanelBottom,
  Body: ({ data }) => <Preview text={describe(data)} />,
  InspectorPanel: RichMenuPicker,
};

function describe(data: Data): string {
  if (data.switchTo === 'default') return 'Back to the default menu';
  if (data.switchTo === 'rich-menu') return `Show menu ${data.richMenuId ?? '?'}`;
  return `Show the menu “${data.aliasId ?? '?'}”`;
}

/**
 * The channels' rich menus, to pick one for the step (by alias: each channel's own menu of that
 * alias; or that one menu), and a warning when the step names a menu that does not exist: the
 * workflow validator cannot know the menus, so the run would fail at that step.
 */
function RichMenuPicker() {
  const node = useEditor((s) => {
    const picked = s.nodes.filter((n) => n.selected);
    return picked.length === 1 ? picked[0] : undefined;
  });
  const updateNodeData = useEditor((s) => s.updateNodeData);
  const [menus, setMenus] = useState<RichMenuItem[] | null>(null);
  useEffect(() => {
    let live = true;
    api('listRichMenus').then(
      (answer) => live && setMenus(answer.richMenus),
      () => live && setMenus(null),
    );
    return () => {
      live = false;
    };
  }, []);
  if (!node || !menus) return null;
  const data = node.data as Data;
  const use = (next: Data) => updateNodeData(node.id, next);
  const missing =
    data.switchTo === 'alias' && data.aliasId && !data.aliasId.includes('{{') && !menus.some((m) => m.aliasId === data.aliasId)
      ? `No rich menu has the alias “${data.aliasId}” yet: give one that alias on the Rich menus screen, or the run stops at this step.`
      : data.switchTo === 'rich-menu' && data.richMenuId && !menus.some((m) => m.id === data.richMenuId)
        ? `The rich menu ${data.richMenuId} does not exist (any more): pick another, or the run stops at this step.`
        : null;
  return (
    <section className="rich-menu-picker" aria-label="Rich menus">
      <h3>Rich menus</h3>
      {missing ? (
        <p className="notice error" role="alert">
          {missing}
        </p>
      ) : null}
      {menus.length === 0 ? <p className="muted">No rich menus yet: make one under Rich menus.</p> : null}
      <ul>
        {menus.map((menu) => (
          <li key={menu.id}>
            <span>
              {menu.name} <span className="muted">({menu.channelId})</span>
            </span>
            <span className="rich-menu-picker-actions">
              {menu.aliasId ? (
                <button type="button" onClick={() => use({ switchTo: 'alias', aliasId: menu.aliasId ?? '' })}>
                  Use alias “{menu.aliasId}”
                </button>
              ) : null}
              <button type="button" onClick={() => use({ switchTo: 'rich-menu', richMenuId: menu.id })}>
                Use this menu
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
