package app.innkeep.cloud;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** Starts the Innkeep cloud reservation service. */
@OpenAPIDefinition(
        info =
                @Info(
                        title = "innkeep-cloud",
                        version = "v1",
                        description =
                                "Innkeep cloud reservation service: properties, staff, master data, rooms, guests, bookings,"
                                        + " folios, night audit and online-booking intake. Errors are application/problem+json."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class CloudApplication {
    public static void main(String[] args) {
        Micronaut.run(CloudApplication.class, args);
    }
}
