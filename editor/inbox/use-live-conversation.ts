import { useEffect, useState } from 'react';
import type { TimelineEntry } from '../../shared/timeline/describe-timeline';
import type { ConversationDetail } from './inbox-api';
import { conversationExtrasApi } from './inbox-api';
import { useLiveEvent } from './live-events';

/** The fields of a changed conversation the live stream carries and the view shows at once. */
interface LiveConversation {
  id: string;
  status: 'open' | 'closed';
  assignee: string | null;
  team: string | null;
  tags?: string[];
  updatedAt?: string;
}

/**
 * The conversation as it is now: the detail as loaded, with what the live stream says changed
 * since (an assignment, a tag, a close or reopening by anyone) applied without a reload, and its
 * timeline, read again whenever the conversation changes.
 */
export function useLiveConversation(detail: ConversationDetail) {
  const id = detail.conversation.id;
  const [live, setLive] = useState<LiveConversation | null>(null);
  const [timeline, setTimeline] = useState<{ id: string; entries: TimelineEntry[] } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    conversationExtrasApi.timeline(id).then(
      (entries) => current && setTimeline({ id, entries }),
      () => current && setTimeline({ id, entries: [] }),
    );
    return () => {
      current = false;
    };
  }, [id, version]);
  useLiveEvent<LiveConversation>('conversation', (changed) => {
    if (changed.id !== id) return;
    setLive(changed);
    setVersion((v) => v + 1);
  });

  const loaded = detail.conversation;
  const fresher = live && live.id === id && (live.updatedAt ?? '') >= (loaded.updatedAt ?? '') ? live : null;
  const conversation = fresher ? { ...loaded, status: fresher.status, assignee: fresher.assignee, team: fresher.team } : loaded;
  // An open conversation's tags are the contact's, kept current with it.
  const tags = fresher?.status === 'open' && fresher.tags ? fresher.tags : (detail.contact?.tags ?? []);
  return { conversation, tags, timeline: timeline?.id === id ? timeline.entries : [] };
}
