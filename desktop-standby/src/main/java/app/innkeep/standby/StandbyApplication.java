package app.innkeep.standby;

import io.micronaut.runtime.Micronaut;

/** Starts the Innkeep desktop standby on the front-desk PC. */
public class StandbyApplication {
    public static void main(String[] args) {
        Micronaut.run(StandbyApplication.class, args);
    }
}
