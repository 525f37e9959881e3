import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Badge, Listing, Pager } from '../../ui/parts';
import { useConversations, type ConversationFilters, type ConversationStatus } from './queries';

const statusTabs: { value?: ConversationStatus; label: 'common.all' | 'inbox.ai' | 'inbox.human' | 'inbox.closed' }[] = [
  { label: 'common.all' },
  { value: 'AI_ACTIVE', label: 'inbox.ai' },
  { value: 'HUMAN_HANDLING', label: 'inbox.human' },
  { value: 'CLOSED', label: 'inbox.closed' },
];
export const stages = ['LEAD', 'QUALIFIED', 'CUSTOMER', 'CHURNED'] as const;

export function statusTone(status?: string) {
  return status === 'HUMAN_HANDLING' ? 'warn' : status === 'CLOSED' ? 'neutral' : 'good';
}

/** Conversations, newest first, with the inbox's filters. */
export function ConversationList({ selectedId, onSelect, initialSearch }: { selectedId?: string; onSelect: (id: string) => void; initialSearch?: string }) {
  const { t, formatDate } = useI18n();
  const [filters, setFilters] = useState<ConversationFilters>({ search: initialSearch });
  const [page, setPage] = useState(0);
  const conversations = useConversations(filters, page);
  const update = (next: ConversationFilters) => {
    setPage(0);
    setFilters({ ...filters, ...next });
  };
  return (
    <section className="conversation-list" aria-label={t('inbox.title')}>
      <div className="filters">
        <div className="tabs" role="tablist">
          {statusTabs.map((tab) => (
            <button key={tab.label} role="tab" aria-selected={filters.status === tab.value} onClick={() => update({ status: tab.value })}>
              {t(tab.label)}
            </button>
          ))}
        </div>
        <div className="filter-row">
          <input type="search" aria-label={t('common.search')} placeholder={t('inbox.searchPlaceholder')} value={filters.search ?? ''} onChange={(e) => update({ search: e.target.value })} />
          <select aria-label={t('inbox.stage')} value={filters.stage ?? ''} onChange={(e) => update({ stage: e.target.value || undefined })}>
            <option value="">{t('inbox.stage')}: {t('common.all')}</option>
            {stages.map((stage) => (
              <option key={stage} value={stage}>
                {t(`stage.${stage}`)}
              </option>
            ))}
          </select>
          <label className="check">
            <input type="checkbox" checked={Boolean(filters.unread)} onChange={(e) => update({ unread: e.target.checked })} /> {t('inbox.unread')}
          </label>
        </div>
      </div>
      <Listing query={conversations} rows={6} empty={t('inbox.empty')}>
        {(items) => (
          <ul className="conversations">
            {items.map((conversation) => (
              <li key={conversation.id}>
                <button className={`conversation ${conversation.id === selectedId ? 'selected' : ''}`} aria-current={conversation.id === selectedId} onClick={() => onSelect(conversation.id!)}>
                  <span className="conversation-top">
                    <strong>{conversation.customerName || conversation.customerPhone}</strong>
                    <time>{formatDate(conversation.lastMessageAt)}</time>
                  </span>
                  <span className="preview">{conversation.lastMessagePreview}</span>
                  <span className="conversation-tags">
                    <Badge tone={statusTone(conversation.status)}>{t(`inbox.status.${conversation.status ?? 'AI_ACTIVE'}`)}</Badge>
                    {conversation.stage && <Badge>{t(`stage.${conversation.stage as (typeof stages)[number]}`)}</Badge>}
                    {(conversation.unreadCount ?? 0) > 0 && <span className="unread" aria-label={t('inbox.unread')}>{conversation.unreadCount}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </Listing>
      {conversations.data && <Pager page={page} size={30} total={conversations.data.total ?? 0} onPage={setPage} />}
    </section>
  );
}
