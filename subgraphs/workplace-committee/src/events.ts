import { letterStatusWords, refuse, type EventHandler } from '@twoway/subgraph-runtime';
import { IntroductionLetter } from './entities/introduction-letter.entity.js';
import { ChangeNotice, ResidenceLeavingNotice } from './entities/change-notice.entity.js';
import { becomeDueIfUnintroduced, endLetters } from './workflows/residence-standing.js';

/**
 * Effects the residence side asks the workplace to record, delivered from its
 * outbox at least once; each is applied once (processed_event) and a refusal
 * stays visible on the sender's side.
 */
async function letterFor(scope: Parameters<EventHandler>[0], id: unknown): Promise<IntroductionLetter> {
  const letter = typeof id === 'string' ? await scope.manager.findOneBy(IntroductionLetter, { id }) : null;
  if (!letter) refuse('NOT_FOUND', ['payload', 'introductionLetterId'], { vi: 'Không có giấy giới thiệu này', en: 'No such introduction letter' });
  return letter;
}

function refuseClosed(letter: IntroductionLetter): never {
  refuse('LETTER_NOT_OPEN', ['payload'], {
    vi: `Giấy giới thiệu số ${letter.number} không còn hiệu lực (${letterStatusWords(letter.status)})`,
    en: `The letter is ${letter.status}`,
  });
}

export const eventHandlers: Record<string, EventHandler> = {
  /** The return stub: the ward received the letter. */
  IntroductionLetterReceived: async (scope, { payload }) => {
    const letter = await letterFor(scope, payload.introductionLetterId);
    const day = String(payload.receivedOn);
    // Deliveries are at least once and in no set order: the ward's assignment, sent the same moment, may arrive
    // first. The receipt then only corrects the day it was received.
    if (letter.status === 'ASSIGNED') {
      if (letter.receivedOn !== day) await scope.updateVersioned(IntroductionLetter, letter, letter.version, { receivedOn: day });
      return;
    }
    if (!['ISSUED', 'PRESENTED'].includes(letter.status)) refuseClosed(letter);
    await scope.updateVersioned(IntroductionLetter, letter, letter.version, { status: 'RECEIVED', presentedOn: letter.presentedOn ?? day, receivedOn: day });
  },
  /** The ward assigned the member to a residential cell. */
  IntroductionLetterAssigned: async (scope, { payload }) => {
    const letter = await letterFor(scope, payload.introductionLetterId);
    if (!['ISSUED', 'PRESENTED', 'RECEIVED'].includes(letter.status)) refuseClosed(letter);
    const day = String(payload.assignedOn);
    await scope.updateVersioned(IntroductionLetter, letter, letter.version, {
      status: 'ASSIGNED', toCellId: String(payload.cellId), assignedOn: day, receivedOn: letter.receivedOn ?? day, presentedOn: letter.presentedOn ?? day,
    });
  },
  /** The ward returned the letter (wrong ward): the member is due for introduction again. */
  IntroductionLetterReturned: async (scope, { payload }) => {
    const letter = await letterFor(scope, payload.introductionLetterId);
    if (!['ISSUED', 'PRESENTED'].includes(letter.status)) refuseClosed(letter);
    const day = String(payload.returnedOn);
    await scope.updateVersioned(IntroductionLetter, letter, letter.version, { status: 'RETURNED', returnedOn: day, returnReason: String(payload.reason) });
    await becomeDueIfUnintroduced(scope, letter.memberId, day);
  },
  /** A ward's leaving-residence notice: the letter to it ends, the workplace must introduce the member elsewhere. */
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
    await endLetters(scope, await scope.manager.findBy(IntroductionLetter, { memberId: notice.memberId, toWardId: notice.wardId }), 'LEFT_RESIDENCE', notice.reportedOn);
    await becomeDueIfUnintroduced(scope, notice.memberId, notice.reportedOn);
  },
  /** The ward acknowledged a change notice. */
  ChangeNoticeAcknowledged: async (scope, { payload }) => {
    const notice = typeof payload.changeNoticeId === 'string' ? await scope.manager.findOneBy(ChangeNotice, { id: payload.changeNoticeId }) : null;
    if (!notice) refuse('NOT_FOUND', ['payload', 'changeNoticeId'], { vi: 'Không có thông báo thay đổi này', en: 'No such change notice' });
    if (notice.status === 'ACKNOWLEDGED') return;
    await scope.updateVersioned(ChangeNotice, notice, notice.version, { status: 'ACKNOWLEDGED', acknowledgedOn: String(payload.acknowledgedOn) });
  },
};
