package app.innkeep.cloud.standbydata;

import app.innkeep.model.snapshot.KeptOnStandby;
import java.time.Instant;

/** A property's choice as stored: version 0, with no time and no one, is the cloud's default never chosen. */
public record StandbyDataChoice(DataChoices choices, long version, Instant chosenAt, String chosenBy) {

    /** As the snapshot header and the feed page tell it to the standby. */
    public KeptOnStandby kept() {
        return new KeptOnStandby(version, choices.historyDays(), choices.contactDetails(), choices.notes());
    }
}
