package app.innkeep.cloud.standbydata;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What a property's standby keeps: {@code historyDays} of bookings that departed (or were cancelled or no-shows)
 * before the business date, and whether guests' contact details (e-mail, phone) and booking notes travel to it.
 * Reserved and in-house bookings are always kept.
 */
@Serdeable
public record DataChoices(int historyDays, boolean contactDetails, boolean notes) {

    public static final int FEWEST_DAYS = 7;
    public static final int MOST_DAYS = 730;
}
