import type { TFunction } from 'i18next';
import { PanelBottom } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return <Preview text={describe(t, data)} />;
  },
  InspectorPanel: RichMenuPicker,
};

function describe(t: TFunction<'steps'>, data: Data): string {
  if (data.switchTo === 'default') return t('body.defaultMenu');
  if (data.switchTo === 'rich-menu') return t('body.showMenu', { id: data.richMenuId ?? '?' });
  return t('body.showAlias', { alias: data.aliasId ?? '?' });
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
  const { t } = useTranslation('steps');
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
      ? t('richMenu.noSuchAlias', { alias: data.aliasId })
      : data.switchTo === 'rich-menu' && data.richMenuId && !menus.some((m) => m.id === data.richMenuId)
        ? t('richMenu.noSuchMenu', { id: data.richMenuId })
        : null;
  return (
    <section className="rich-menu-picker" aria-label={t('richMenu.title')}>
      <h3>{t('richMenu.title')}</h3>
      {missing ? (
        <p className="notice error" role="alert">
          {missing}
        </p>
      ) : null}
      {menus.length === 0 ? <p className="muted">{t('richMenu.empty')}</p> : null}
      <ul>
        {menus.map((menu) => (
          <li key={menu.id}>
            <span>
              {menu.name} <span className="muted">({menu.channelId})</span>
            </span>
            <span className="rich-menu-picker-actions">
              {menu.aliasId ? (
                <button type="button" onClick={() => use({ switchTo: 'alias', aliasId: menu.aliasId ?? '' })}>
                  {t('richMenu.useAlias', { alias: menu.aliasId })}
                </button>
              ) : null}
              <button type="button" onClick={() => use({ switchTo: 'rich-menu', richMenuId: menu.id })}>
                {t('richMenu.useMenu')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
