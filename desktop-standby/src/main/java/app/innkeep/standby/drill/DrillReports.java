package app.innkeep.standby.drill;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The drills run on this standby and their reports, kept in the real replica. */
@Singleton
public class DrillReports {

    private final DrillStore store;

    public DrillReports(DrillStore store) {
        this.store = store;
    }

    public List<Drill> recent() {
        return store.recent();
    }

    public Optional<DrillReport> report(long id) {
        return store.byId(id).map(d -> new DrillReport(d, store.steps(id), store.tables(id)));
    }
}
