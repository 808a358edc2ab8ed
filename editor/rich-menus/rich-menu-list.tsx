import type { RichMenuItem } from '../../shared/api/rich-menus-api';

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
  return (
    <nav className="rm-list" aria-label="Rich menus of the channel">
      <button type="button" className="primary" onClick={onNew}>
        New rich menu
      </button>
      {menus.length === 0 ? <p className="muted">No rich menus on this channel yet.</p> : null}
      {menus.map((menu) => (
        <button
          type="button"
          key={menu.id}
          className={`rm-card${menu.id === selectedId ? ' selected' : ''}`}
          aria-current={menu.id === selectedId ? 'true' : undefined}
          onClick={() => onPick(menu)}
        >
          {menu.imageUrl ? <img src={menu.imageUrl} alt="" /> : <span className="rm-card-empty">no image</span>}
          <span className="rm-card-name">{menu.name}</span>
          <span className="rm-card-tags">
            {menu.isDefault ? <span className="pill live">Default</span> : null}
            {menu.aliasId ? <span className="pill">{menu.aliasId}</span> : null}
            <span className="muted">
              {menu.size.width} × {menu.size.height} · {menu.areas.length} area{menu.areas.length === 1 ? '' : 's'}
            </span>
          </span>
        </button>
      ))}
    </nav>
  );
}
