package app.innkeep.cloud;

import io.micronaut.runtime.Micronaut;

/** Starts the Innkeep cloud reservation service. */
public class CloudApplication {
    public static void main(String[] args) {
        Micronaut.run(CloudApplication.class, args);
    }
}
