package app.innkeep.cloud.folio;

/** A folio line is a charge (names an inventory item) or a payment (names a receipt type). */
public enum LineKind {
    CHARGE,
    PAYMENT
}
