package app.innkeep.standby;

import io.micronaut.context.env.PropertySource;
import io.micronaut.runtime.Micronaut;
import java.util.Map;

/** Starts the Innkeep desktop standby on the front-desk PC. */
public class StandbyApplication {

    /**
     * Below every other source (application.yml is -300, environment variables -200, system properties -100), so a
     * data folder named anywhere wins over this PC's usual one.
     */
    static final int BELOW_EVERYTHING = -400;

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(StandbyApplication.class)
                .propertySources(thisPcsDataFolder())
                .start();
    }

    /** The data folder when nothing names one: the OS's place for an account's own data ({@link DataFolder}). */
    static PropertySource thisPcsDataFolder() {
        return PropertySource.of(
                "this-pcs-data-folder",
                Map.of("innkeep.standby.data-dir", DataFolder.forThisPc().toString()),
                BELOW_EVERYTHING);
    }
}
