import type { PendingImage } from './rich-menu-draft';
import { useTranslation } from 'react-i18next';
import { Field } from './rich-menu-field';
import { readImageFile } from './read-image-file';

/** Picking the menu's image: read in the browser (type and size from its bytes) and uploaded on save. */
export function ImageField({
  messages,
  current,
  onPicked,
  onUnreadable,
}: {
  messages: string[];
  current: { width: number; height: number; bytes: number } | null;
  onPicked: (image: PendingImage) => void;
  onUnreadable: (why: string) => void;
}) {
  const { t } = useTranslation('richMenus');
  return (
    <Field
      id="rm-image"
      label={t('image')}
      messages={messages}
      hint={current ? t('imageSize', { width: current.width, height: current.height, kb: Math.max(1, Math.round(current.bytes / 1024)) }) : t('imageHint')}
    >
      <input
        id="rm-image"
        type="file"
        accept="image/png,image/jpeg"
        aria-invalid={messages.length > 0}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          void readImageFile(file).then((read) => (typeof read === 'string' ? onUnreadable(read) : onPicked(read)));
        }}
      />
    </Field>
  );
}
