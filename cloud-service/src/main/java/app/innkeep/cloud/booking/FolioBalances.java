package app.innkeep.cloud.booking;

import java.math.BigDecimal;

/**
 * What a booking's folio comes to: charges minus payments. The desk shows it with the booking and checking out asks
 * for it; the folio keeps it ({@code folio.FolioLines}), and the folio already builds on the booking, so booking asks
 * through this port rather than depending on the folio back.
 */
public interface FolioBalances {

    BigDecimal balance(long propertyId, long bookingId);
}
