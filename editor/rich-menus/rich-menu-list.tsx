import type { RichMenuItem } from '../../shared/api/rich-menus-api';
import { useTranslation } from 'react-i18next';

/** The channel's menus as small cards: image, name, alias, whether it is the default. */
export function RichMenuList({
  menus,
  selectedId,
  onPick,
  onNew,
}: {
  menus: RichMenuItem[];
  selectedId: string | null;
  onPick: (menu: RichMenuItem) => void;
  onNew: () => void;
}) {
  const { t } = useTranslation('richMenus');
  return (
    <nav className="rm-list" aria-label={t('listLabel')}>
      <button type="button" className="primary" onClick={onNew}>
        {t('new')}
      </button>
      {menus.length === 0 ? <p className="muted">{t('none')}</p> : null}
      {menus.map((menu) => (
        <button
          type="button"
          key={menu.id}
          className={`rm-card${menu.id === selectedId ? ' selected' : ''}`}
          aria-current={menu.id === selectedId ? 'true' : undefined}
          onClick={() => onPick(menu)}
        >
          {menu.imageUrl ? <img src={menu.imageUrl} alt="" /> : <span className="rm-card-empty">{t('noImage')}</span>}
          <span className="rm-card-name">{menu.name}</span>
          <span className="rm-card-tags">
            {menu.isDefault ? <span className="pill live">{t('default')}</span> : null}
            {menu.aliasId ? <span className="pill">{menu.aliasId}</span> : null}
            <span className="muted">{t('cardSize', { width: menu.size.width, height: menu.size.height, count: menu.areas.length })}</span>
          </span>
        </button>
      ))}
    </nav>
  );
}
