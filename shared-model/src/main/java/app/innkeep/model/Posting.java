package app.innkeep.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a folio line posts: a charge of an inventory item or a payment by a receipt type, how many at what price, the
 * amount, the business day it counts for and at most a card's last four digits. The cloud's folio line and the
 * standby's desk line each hold one; {@link Held} reads its fields as the holder's own.
 */
public record Posting(
        LineKind kind,
        String code,
        String description,
        BigDecimal quantity,
        BigDecimal unitPrice,
        BigDecimal amount,
        LocalDate businessDate,
        String cardLast4) {

    /** What the line does to the balance: charges add, payments subtract. */
    public BigDecimal signedAmount() {
        return kind == LineKind.PAYMENT ? amount.negate() : amount;
    }

    /** A record with the posting as its {@code posting} component, read as if the posting's fields were its own. */
    public interface Held {

        Posting posting();

        default LineKind kind() {
            return posting().kind();
        }

        default String code() {
            return posting().code();
        }

        default String description() {
            return posting().description();
        }

        default BigDecimal quantity() {
            return posting().quantity();
        }

        default BigDecimal unitPrice() {
            return posting().unitPrice();
        }

        default BigDecimal amount() {
            return posting().amount();
        }

        default LocalDate businessDate() {
            return posting().businessDate();
        }

        default String cardLast4() {
            return posting().cardLast4();
        }

        default BigDecimal signedAmount() {
            return posting().signedAmount();
        }
    }
}
