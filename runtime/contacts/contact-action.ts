/** A profile's values as a merge carries them to the contact it is merged into. */
export interface MergedProfile {
  displayName?: string;
  language?: string;
  pictureUrl?: string;
  fields: Record<string, unknown>;
  tags: string[];
}

/**
 * A change to a contact itself, from its page, an import or a merge. It goes through the
 * contact's queue like the inbox's actions, so it never races a workflow running for the contact.
 */
export type ContactAction =
  /** `fields`: values as given (null removes); `textFields`: CSV cells, which keep the type of the value they replace. */
  | {
      type: 'edit';
      displayName?: string;
      language?: string;
      fields?: Record<string, unknown>;
      textFields?: Record<string, string>;
      addTags?: string[];
      removeTags?: string[];
    }
  /** On the contact merged away: stop its run, close its open conversation, move its history to `into`. */
  | { type: 'merge-into'; into: string }
  /** On the contact merged into: take the other profile's values where its own are missing. */
  | { type: 'absorb'; from: string; fromName: string | null; profile: MergedProfile; moved: number };
