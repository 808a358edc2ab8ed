import type { Store } from '../store/store';

export const categoriesSettingId = 'conversation-categories';

export interface ConversationCategories {
  categories: string[];
  required: boolean;
  updatedAt: string | null;
}

/** The categories admins keep for closing conversations (none until they set some). */
export async function readCategories(store: Store): Promise<ConversationCategories> {
  const stored = await store.settings.get(categoriesSettingId);
  if (!stored) return { categories: [], required: false, updatedAt: null };
  return { categories: JSON.parse(stored.value.categories ?? '[]') as string[], required: stored.value.required === 'true', updatedAt: stored.updatedAt };
}

export async function saveCategories(store: Store, categories: string[], required: boolean): Promise<ConversationCategories> {
  const updatedAt = new Date().toISOString();
  await store.settings.put({ id: categoriesSettingId, value: { categories: JSON.stringify(categories), required: String(required) }, updatedAt });
  return { categories, required, updatedAt };
}

/** Why a close with this category is refused, or null when it may go ahead. */
export function categoryProblem(settings: ConversationCategories, category: string | undefined): string | null {
  if (category === undefined)
    return settings.required && settings.categories.length > 0 ? `Choose a category to close: ${settings.categories.join(', ')}` : null;
  if (!settings.categories.includes(category))
    return settings.categories.length === 0
      ? `category "${category}" is not one of the categories; an admin sets them in Settings (none yet)`
      : `category "${category}" is not one of: ${settings.categories.join(', ')}`;
  return null;
}
