/** A reply agents insert by typing `/` and its code: the team's (owner `shared`, kept by admins) or one agent's own. */
export interface SavedReplyRecord {
  id: string;
  /** `shared`, or the id of the user it belongs to: codes are unique per owner. */
  owner: string;
  /** Lower case, as typed after `/`. */
  code: string;
  title: string;
  /** With `{{contact.…}}` and `{{conversation.…}}` fields, filled when it is inserted. */
  text: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}
