package app.innkeep.cloud.guest;

import app.innkeep.cloud.property.PropertyRow;

/**
 * A guest's details were corrected. Published inside the transaction of the change, so the bookings that carry the
 * guest can tell the feed in the same transaction.
 */
public record GuestUpdated(PropertyRow property, String actor, long guestId) {}
