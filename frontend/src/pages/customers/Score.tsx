import type { Schemas } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { Badge } from '../../ui/parts';

type Factor = Schemas['ScoreFactor'];

/** A lead score as a badge: hot from 70, warm from 40, cold below; a dash until first scored. */
export function ScoreBadge({ score }: { score?: number | null }) {
  const { t } = useI18n();
  if (score === undefined || score === null) return <span className="muted">—</span>;
  const tone = score >= 70 ? 'good' : score >= 40 ? 'warn' : 'neutral';
  return (
    <Badge tone={tone}>
      <span aria-label={t('customers.scoreOf', { score })}>{score}</span>
    </Badge>
  );
}

const SPANISH: Record<string, string> = {
  price_questions: 'preguntó el precio',
  buying_intents: 'dijo que lo quiere',
  links_sent: 'recibió un link de pago',
  unpaid_link: 'link de pago enviado, sin pagar',
  booking_intents: 'pidió reservar',
  complaints: 'se quejó',
  objections: 'puso objeciones',
  human_requests: 'pidió hablar con una persona',
  turns: 'mensajes respondidos',
  tags: 'etiquetado por el equipo',
  days_silent: 'días sin responder',
  bought: 'ya compró',
  refunded: 'tuvo un reembolso',
  negative_share: 'sobre todo objeciones y quejas',
  slow_replies: 'esperó mucho las respuestas',
};

/** A factor or model feature in the dashboard's language: the API's words (with their counts) in English, the code's meaning in Spanish. */
export function factorWords(code: string | undefined, text: string | undefined, language: string) {
  return language === 'es' ? (SPANISH[code ?? ''] ?? text) : text;
}

/** The reasons behind a score, strongest first, each with the points it moved. */
export function ScoreFactors({ factors }: { factors?: Factor[] }) {
  const { t, language } = useI18n();
  if (!factors || factors.length === 0) return <p className="muted">{t('customers.noFactors')}</p>;
  return (
    <ul className="score-factors">
      {factors.map((factor) => (
        <li key={factor.code}>
          <span className={(factor.impact ?? 0) >= 0 ? 'up' : 'down'}>{(factor.impact ?? 0) >= 0 ? `+${factor.impact}` : factor.impact}</span>{' '}
          {factorWords(factor.code, factor.text, language)}
        </li>
      ))}
    </ul>
  );
}
