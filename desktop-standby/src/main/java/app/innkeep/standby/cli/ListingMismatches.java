package app.innkeep.standby.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code mismatches}: the master data (items, receipt types, sources, room types) where cloud and standby differ. */
@Command(
        name = "mismatches",
        description = "Master data that differs between the cloud and this standby, field by field.")
class ListingMismatches extends StandbyCommand {

    @Override
    public Integer call() throws Exception {
        List<?> list = (List<?>) standby().get("/api/master-data/mismatches");
        if (list == null || list.isEmpty()) {
            out().println("No mismatches: inventory items, receipt types, sources and room types match the cloud.");
            return 0;
        }
        for (Object o : list) {
            Map<?, ?> m = (Map<?, ?>) o;
            out().printf("%s %s: %s%n", m.get("kind"), m.get("code"), m.get("problem"));
            for (Object f : (List<?>) m.get("fields")) {
                Map<?, ?> d = (Map<?, ?>) f;
                out().printf(
                                "    %-13s cloud=%-20s standby=%s%n",
                                d.get("field"), show(d.get("cloud")), show(d.get("standby")));
            }
        }
        return 1;
    }

    /** Prices as written (12.50, not 1.25E+1). */
    private static String show(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }
}
