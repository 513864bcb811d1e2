import { refuse, type EventHandler } from '@twoway/subgraph-runtime';
import { IntroductionLetter } from './entities/introduction-letter.entity.js';
import { ChangeNotice, ResidenceLeavingNotice } from './entities/change-notice.entity.js';

/**
 * Effects the residence side asks the workplace to record, delivered from its
 * outbox at least once; each is applied once (processed_event) and a refusal
 * stays visible on the sender's side.
 */
async function letterFor(scope: Parameters<EventHandler>[0], id: unknown): Promise<IntroductionLetter> {
  const letter = typeof id === 'string' ? await scope.manager.findOneBy(IntroductionLetter, { id }) : null;
  if (!letter) refuse('NOT_FOUND', ['payload', 'introductionLetterId'], 'No such introduction letter');
  return letter;
}

export const eventHandlers: Record<string, EventHandler> = {
  /** The return stub: the ward received the letter. */
  IntroductionLetterReceived: async (scope, { payload }) => {
    const letter = await letterFor(scope, payload.introductionLetterId);
    if (!['ISSUED', 'PRESENTED'].includes(letter.status)) refuse('LETTER_NOT_OPEN', ['payload'], `The letter is ${letter.status}`);
    const day = String(payload.receivedOn);
    await scope.updateVersioned(IntroductionLetter, letter, letter.version, { status: 'RECEIVED', presentedOn: letter.presentedOn ?? day, receivedOn: day });
  },
  /** The ward assigned the member to a residential cell. */
  IntroductionLetterAssigned: async (scope, { payload }) => {
    const letter = await letterFor(scope, payload.introductionLetterId);
    if (!['ISSUED', 'PRESENTED', 'RECEIVED'].includes(letter.status)) refuse('LETTER_NOT_OPEN', ['payload'], `The letter is ${letter.status}`);
    const day = String(payload.assignedOn);
    await scope.updateVersioned(IntroductionLetter, letter, letter.version, {
      status: 'ASSIGNED', toCellId: String(payload.cellId), assignedOn: day, receivedOn: letter.receivedOn ?? day, presentedOn: letter.presentedOn ?? day,
    });
  },
  /** The ward returned the letter: wrong ward. */
  IntroductionLetterReturned: async (scope, { payload }) => {
    const letter = await letterFor(scope, payload.introductionLetterId);
    if (!['ISSUED', 'PRESENTED'].includes(letter.status)) refuse('LETTER_NOT_OPEN', ['payload'], `The letter is ${letter.status}`);
    await scope.updateVersioned(IntroductionLetter, letter, letter.version, { status: 'RETURNED', returnedOn: String(payload.returnedOn), returnReason: String(payload.reason) });
  },
  /** A ward's leaving-residence notice: the workplace must introduce the member elsewhere. */
  MemberLeftResidence: async (scope, { payload }) => {
    const notice = await scope.create(ResidenceLeavingNotice, {
      id: String(payload.noticeId),
      memberId: String(payload.memberId),
      wardId: String(payload.wardId),
      reportedOn: String(payload.reportedOn),
      reason: String(payload.reason),
      status: 'OPEN',
      resolvedByLetterId: null,
    });
    for (const letter of await scope.manager.findBy(IntroductionLetter, { memberId: notice.memberId, toWardId: notice.wardId })) {
      if (['ISSUED', 'PRESENTED', 'RECEIVED', 'ASSIGNED'].includes(letter.status)) {
        await scope.updateVersioned(IntroductionLetter, letter, letter.version, { status: 'ENDED' });
      }
    }
  },
  /** The ward acknowledged a change notice. */
  ChangeNoticeAcknowledged: async (scope, { payload }) => {
    const notice = typeof payload.changeNoticeId === 'string' ? await scope.manager.findOneBy(ChangeNotice, { id: payload.changeNoticeId }) : null;
    if (!notice) refuse('NOT_FOUND', ['payload', 'changeNoticeId'], 'No such change notice');
    if (notice.status === 'ACKNOWLEDGED') return;
    await scope.updateVersioned(ChangeNotice, notice, notice.version, { status: 'ACKNOWLEDGED', acknowledgedOn: String(payload.acknowledgedOn) });
  },
};
