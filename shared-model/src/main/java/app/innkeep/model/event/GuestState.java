package app.innkeep.model.event;

/** The guest of a booking, as the standby needs it to search and print. */
public record GuestState(long id, String firstName, String lastName, String email, String phone) {}
