package app.innkeep.model.reentry;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One night's room revenue as one side of the re-entry sees it: how many {@code RENT} lines are dated that night and
 * their total. The closing check lays the standby's (from its journal) beside the cloud's (from its folios), per night.
 */
public record NightRent(LocalDate night, int rentCount, BigDecimal rentTotal) {

    public static NightRent none(LocalDate night) {
        return new NightRent(night, 0, BigDecimal.ZERO.setScale(2));
    }

    /** Same count and same total, whatever the scale of the total. */
    public boolean agreesWith(NightRent other) {
        return other != null && rentCount == other.rentCount && rentTotal.compareTo(other.rentTotal) == 0;
    }
}
