/** The definitions, shown as help beside the numbers they define (one text, two places). */
export const definitions = {
  firstResponse:
    "First response time: from the conversation's first customer message to the first message an agent sent in it. Bot and workflow messages do not count.",
  firstResponseFromAssignment: 'First response from assignment: from the first time the conversation was assigned to the first message an agent sent in it.',
  resolution: 'Resolution time: from the moment the conversation opened to the moment it closed.',
  open: 'Still open: conversations opened in the range that are still open now.',
  percentiles: 'Median: half of the conversations were faster. p90: 9 in 10 were faster. Averages hide the slow ones, so they are not shown.',
  hours:
    "Business hours: times count only the company's opening hours (People and channel → Business hours); a message sent at night and answered at 9:05, when the office opened at 9:00, took 5 minutes. Calendar: every minute counts.",
  previous: 'Previous: the same number of days just before the chosen range.',
  replyPush:
    'Reply: an answer with the reply token of a customer message (free). Push: any other message sent, counted in the LINE plan. The simulated channel is neither.',
  csat: 'CSAT: answers to a rating step. Response rate: of the conversations opened in the range in which a rating step asked, the share that answered.',
  test: "Conversations from the editor's test chat never count.",
} as const;

/** An (i) that shows a definition on hover and to screen readers. */
export function InfoTip({ text }: { text: string }) {
  return (
    <span className="info-tip" title={text} aria-label={text} role="note" tabIndex={0}>
      i
    </span>
  );
}

export function Definitions() {
  return (
    <details className="report-definitions" open>
      <summary>How these numbers are counted</summary>
      <ul>
        {Object.values(definitions).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </details>
  );
}
