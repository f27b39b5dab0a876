package app.innkeep.cloud.reentry;

import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;
import app.innkeep.cloud.nightaudit.StandbyDayClose;

/** What a re-entered action made: the cloud booking and, for line actions, the line; for a day's close, its outcome. */
record ReentryEffect(String cloudConfirmation, FolioLineResponse line, StandbyDayClose.Outcome dayClose) {

    ReentryEffect(String cloudConfirmation, FolioLineResponse line) {
        this(cloudConfirmation, line, null);
    }

    static ReentryEffect dayClose(StandbyDayClose.Outcome outcome) {
        return new ReentryEffect(null, null, outcome);
    }
}
