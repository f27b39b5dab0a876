package app.innkeep.model;

/**
 * A folio line is a charge (names an inventory item) or a payment (names a receipt type); a void or refund is a line of
 * the same kind with the opposite amount. Stored and sent by name in both apps.
 */
public enum LineKind {
    CHARGE,
    PAYMENT
}
