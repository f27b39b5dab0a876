package app.innkeep.cloud.pairing;

import app.innkeep.model.StandbyVersion;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Objects;

/**
 * Keeps the version each standby says it runs ({@link StandbyVersion#HEADER}) on its device row. The callers have just
 * read the row (the feed's one indexed read, the snapshot's device check), so the stored version comes with it and a
 * write happens only when the standby says something new: an upgrade, not every poll.
 */
@Singleton
public class StandbyVersions {

    private final Devices devices;
    private final TransactionOperations<Connection> tx;

    public StandbyVersions(Devices devices, TransactionOperations<Connection> tx) {
        this.devices = devices;
        this.tx = tx;
    }

    /**
     * Records {@code header} (screened) for the device when it differs from {@code stored}; no header changes nothing,
     * so a standby from before the header keeps whatever was last known. Inside a caller's transaction it joins it.
     */
    public void heard(long deviceId, @Nullable String stored, @Nullable String header) {
        String version = StandbyVersion.screened(header);
        if (version == null || Objects.equals(version, stored)) {
            return;
        }
        tx.executeWrite(status -> {
            devices.standbyVersion(deviceId, version);
            return null;
        });
    }
}
