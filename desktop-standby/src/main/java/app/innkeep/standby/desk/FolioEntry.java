package app.innkeep.standby.desk;

import app.innkeep.model.Posting;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One folio line as the desk sees it, from the cloud or posted here (negative IDs); what it posts ({@code kind()},
 * {@code amount()}...) reads through {@code posting}. Charges and payments keep their cloud meaning: a void is a
 * negative charge, a refund a negative payment; {@code signedAmount()} is what the line does to the balance. Its JSON
 * is flat, as it always was.
 */
@io.micronaut.serde.annotation.Serdeable
public record FolioEntry(long lineId, @JsonUnwrapped Posting posting, Long reversesLineId, LineOrigin origin)
        implements Posting.Held {

    /** How the desk reads the line's number: the cloud's as it is, the standby's as S1, S2... */
    public String number() {
        return lineId < 0 ? "S" + (-lineId) : String.valueOf(lineId);
    }

    public boolean postedHere() {
        return origin == LineOrigin.STANDBY;
    }
}
