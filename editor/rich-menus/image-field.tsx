import type { PendingImage } from './rich-menu-draft';
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
  return (
    <Field
      id="rm-image"
      label="Image (PNG or JPEG, at most 1 MB)"
      messages={messages}
      hint={current ? `${current.width} × ${current.height} px, ${Math.max(1, Math.round(current.bytes / 1024))} KB` : 'The menu takes the image’s size'}
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
