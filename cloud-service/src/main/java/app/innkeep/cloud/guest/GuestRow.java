package app.innkeep.cloud.guest;

/** A guest as stored. */
public record GuestRow(long id, long propertyId, String firstName, String lastName, String email, String phone) {}
