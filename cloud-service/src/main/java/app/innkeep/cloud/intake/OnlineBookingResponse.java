package app.innkeep.cloud.intake;

import app.innkeep.cloud.booking.BookingRequests.BookingResponse;
import app.innkeep.cloud.folio.FolioRequests.FolioLineResponse;
import io.micronaut.serde.annotation.Serdeable;

/** The booking made and its deposit line (null without a deposit). */
@Serdeable
public record OnlineBookingResponse(BookingResponse booking, FolioLineResponse deposit) {}
