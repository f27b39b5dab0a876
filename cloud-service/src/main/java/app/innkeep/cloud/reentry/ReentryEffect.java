package app.innkeep.cloud.reentry;

import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;

/** What a re-entered action made: the cloud booking and, for line actions, the line. */
record ReentryEffect(String cloudConfirmation, FolioLineResponse line) {}
