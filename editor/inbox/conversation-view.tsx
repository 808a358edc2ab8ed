import { X, Zap } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type WorkflowSummary } from '../api/api-client';
import { CloseDialog } from './close-dialog';
import type { Message } from '../../shared/api/conversations-api';
import { Composer } from './composer';
import type { ConversationDetail, SavedReplyItem, UserItem } from './inbox-api';
import { conversationExtrasApi, inboxApi } from './inbox-api';
import { SavedRepliesPanel } from './saved-replies-panel';
import { useLiveConversation } from './use-live-conversation';
import { ShortcutDialog } from './shortcut-dialog';
import { ShortcutPalette } from './shortcut-palette';
import { Transcript } from './transcript';

/** The agent list's marks for online and away (symbols, the same in every language). */
const noTeam = '—';
const onlineMark = '●';
const awayMark = '○';

/** One conversation: transcript, reply, notes, tags, assignment, shortcuts, close. */
export function ConversationView({ detail, users, shortcuts }: { detail: ConversationDetail; users: UserItem[]; shortcuts: WorkflowSummary[] }) {
  const { t } = useTranslation('inbox');
  const { contact, activeRun, messages } = detail;
  const { conversation, tags, timeline } = useLiveConversation(detail);
  const [replies, setReplies] = useState<SavedReplyItem[]>([]);
  const [managing, setManaging] = useState(false);
  const loadReplies = () => conversationExtrasApi.savedReplies().then(setReplies, () => setReplies([]));
  useEffect(() => {
    void conversationExtrasApi.savedReplies().then(setReplies, () => setReplies([]));
  }, []);
  // The customer's message the next reply quotes; kept per conversation, so opening another drops it.
  const [quote, setQuote] = useState<{ conversationId: string; message: Message } | null>(null);
  const quoting = quote?.conversationId === conversation.id ? quote.message : null;
  const setQuoting = (message: Message | null) => setQuote(message ? { conversationId: conversation.id, message } : null);
  const [mode, setMode] = useState<'reply' | 'note'>('reply');
  const [tag, setTag] = useState('');
  const [shortcut, setShortcut] = useState<WorkflowSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [palette, setPalette] = useState(false);
  const [closing, setClosing] = useState<{ categories: string[]; required: boolean } | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setPalette(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // The team records (the Teams screen), with the conversation's own team kept even if it was renamed or removed since.
  const [teamNames, setTeamNames] = useState<string[] | null>(null);
  useEffect(() => {
    api('listTeams').then(
      ({ teams }) => setTeamNames(teams.map((team) => team.name)),
      () => setTeamNames(null),
    );
  }, []);
  const teams = [...new Set([...(teamNames ?? users.flatMap((u) => u.teams)), ...(conversation.team ? [conversation.team] : [])])].sort();
  const act = (what: Promise<unknown>, done?: string) =>
    what.then(
      () => done && setNotice(done),
      (e: unknown) => setNotice(e instanceof ApiError ? e.message : String(e)),
    );
  const closedNotice = t('close.started');
  // With no categories in settings there is nothing to pick (even when "required"): close at once, as before categories existed.
  const startClosing = () =>
    inboxApi.categories().then(
      ({ categories, required }) => (categories.length ? setClosing({ categories, required }) : act(inboxApi.close(conversation.id), closedNotice)),
      () => act(inboxApi.close(conversation.id), closedNotice),
    );

  return (
    <section className="conversation" aria-label={t('conversation')}>
      <header className="conversation-header">
        <h2>{contact?.displayName ?? conversation.contactId}</h2>
        <span className={`pill ${conversation.status === 'open' ? 'live' : ''}`}>
          {t(`conversationStatus.${conversation.status}`, { defaultValue: conversation.status })}
        </span>
        <label>
          {t('team')}{' '}
          <select
            aria-label={t('team')}
            value={conversation.team ?? ''}
            onChange={(e) => void act(inboxApi.assign(conversation.id, conversation.assignee, e.target.value || null))}
          >
            <option value="">{noTeam}</option>
            {teams.map((team) => (
              <option key={team}>{team}</option>
            ))}
          </select>
        </label>
        <label>
          {t('agent')}{' '}
          <select
            aria-label={t('agent')}
            value={conversation.assignee ?? ''}
            onChange={(e) => void act(inboxApi.assign(conversation.id, e.target.value || null, conversation.team))}
          >
            <option value="">{t('unassigned')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} {u.status === 'online' ? onlineMark : awayMark}
              </option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        <button type="button" onClick={() => setManaging(true)}>
          {t('savedReplies.title')}
        </button>
        {conversation.status === 'open' ? (
          <button type="button" onClick={() => void startClosing()}>
            {t('close.button')}
          </button>
        ) : null}
      </header>
      {activeRun ? (
        <div className="notice" role="status">
          {activeRun.status === 'waiting' ? t('run.waiting', { name: activeRun.workflowName }) : t('run.running', { name: activeRun.workflowName })}{' '}
          <button type="button" className="link" onClick={() => void act(inboxApi.stopRun(conversation.id))}>
            {t('run.stop')}
          </button>
        </div>
      ) : null}
      {notice ? (
        <div className="notice" role="status">
          {notice}{' '}
          <button type="button" className="link" onClick={() => setNotice(null)}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}
      <Transcript
        conversationId={conversation.id}
        messages={messages}
        timeline={timeline}
        onQuote={(m) => {
          setQuoting(m);
          setMode('reply');
        }}
      />
      {shortcuts.length ? (
        <div className="shortcuts" aria-label={t('shortcuts.label')}>
          {shortcuts.map((w) => (
            <button type="button" key={w.id} onClick={() => setShortcut(w)}>
              <Zap className="icon" aria-hidden="true" /> {w.shortcut?.name}
            </button>
          ))}
          <span className="muted">{t('shortcuts.key')}</span>
        </div>
      ) : null}
      <Composer
        detail={{ ...detail, conversation }}
        replies={replies}
        mode={mode}
        onMode={setMode}
        quoting={quoting}
        onUnquote={() => setQuoting(null)}
        onNotice={setNotice}
        onSend={(how, text) => {
          void act(how === 'reply' ? inboxApi.reply(conversation.id, text, quoting?.id) : inboxApi.note(conversation.id, text));
          setQuoting(null);
        }}
      />
      <div className="tags">
        {tags.map((tagName) => (
          <span className="chip" key={tagName}>
            {tagName}{' '}
            <button
              type="button"
              className="link"
              aria-label={t('tags.remove', { tag: tagName })}
              onClick={() => void act(inboxApi.removeTag(conversation.id, tagName))}
            >
              <X className="icon" aria-hidden="true" />
            </button>
          </span>
        ))}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (tag.trim()) void act(inboxApi.addTag(conversation.id, tag.trim()));
            setTag('');
          }}
        >
          <input aria-label={t('tags.add')} placeholder={t('tags.placeholder')} value={tag} onChange={(e) => setTag(e.target.value)} />
        </form>
      </div>
      {managing ? (
        <SavedRepliesPanel
          scope="mine"
          onClose={() => {
            setManaging(false);
            void loadReplies();
          }}
        />
      ) : null}
      {palette ? (
        <ShortcutPalette
          shortcuts={shortcuts}
          onClose={() => setPalette(false)}
          onPick={(w) => {
            setPalette(false);
            setShortcut(w);
          }}
        />
      ) : null}
      {closing ? (
        <CloseDialog
          conversationId={conversation.id}
          {...closing}
          onDone={(message) => {
            setClosing(null);
            if (message) setNotice(message);
          }}
        />
      ) : null}
      {shortcut ? (
        <ShortcutDialog
          conversationId={conversation.id}
          workflow={shortcut}
          onDone={(message) => {
            setShortcut(null);
            if (message) setNotice(message);
          }}
        />
      ) : null}
    </section>
  );
}
