package app.innkeep.standby.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Standby accounts for the admin and the CLI ({@code standby staff add}). Passwords go in, never out. */
@Controller("/api/staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(StaffRole.ADMINISTRATOR)
public class StaffController {

    @Serdeable
    public record StaffRequest(
            @Nullable String displayName,
            @Nullable String role,
            @Nullable String password) {}

    @Serdeable
    public record StaffView(String username, String displayName, String role, boolean active, boolean locked) {}

    @Serdeable
    public record Saved(String message) {}

    private final StaffLogin login;

    public StaffController(StaffLogin login) {
        this.login = login;
    }

    @Put("/{username}")
    public Saved save(String username, @Body StaffRequest request) {
        return new Saved(login.saveAccount(username, request.displayName(), request.role(), request.password()));
    }

    @Get
    public List<StaffView> list() {
        return login.accounts().stream()
                .map(a -> new StaffView(a.username(), a.displayName(), a.role().name(), a.active(), a.locked()))
                .toList();
    }
}
