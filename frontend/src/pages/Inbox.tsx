import { useNavigate, useParams } from 'react-router-dom';
import { useI18n } from '../i18n/i18n';
import { Empty } from '../ui/parts';
import { ConversationList } from './inbox/ConversationList';
import { Thread } from './inbox/Thread';

export function InboxPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const navigate = useNavigate();
  return (
    <div className={`inbox ${id ? 'has-thread' : ''}`}>
      <ConversationList selectedId={id} onSelect={(next) => navigate(`/inbox/${next}`)} />
      {id ? <Thread key={id} conversationId={id} onBack={() => navigate('/inbox')} /> : <Empty>{t('inbox.pick')}</Empty>}
    </div>
  );
}
