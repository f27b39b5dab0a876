package app.innkeep.cloud.guest;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The guests table; names are searched through an upper-case "LAST FIRST" column that both databases index. */
@Singleton
public class Guests {

    private final GuestTable table;

    public Guests(GuestTable table) {
        this.table = table;
    }

    public Optional<GuestRow> find(long propertyId, long id) {
        return table.findByPropertyIdAndId(propertyId, id).map(GuestTableRow::guest);
    }

    public List<GuestRow> search(long propertyId, String name, int limit) {
        return table
                .findByPropertyIdAndSearchNameLikeOrderBySearchName(
                        propertyId, "%" + searchName(name) + "%", Pageable.from(0, limit))
                .stream()
                .map(GuestTableRow::guest)
                .toList();
    }

    public long insert(long propertyId, String firstName, String lastName, String email, String phone, Instant now) {
        return table.save(new GuestTableRow(
                        null,
                        propertyId,
                        firstName,
                        lastName,
                        searchName(lastName + " " + firstName),
                        email,
                        phone,
                        now,
                        now))
                .id();
    }

    public void update(GuestRow g, Instant now) {
        table.change(
                g.propertyId(),
                g.id(),
                g.firstName(),
                g.lastName(),
                searchName(g.lastName() + " " + g.firstName()),
                g.email(),
                g.phone(),
                now);
    }

    public static String searchName(String text) {
        return text.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
