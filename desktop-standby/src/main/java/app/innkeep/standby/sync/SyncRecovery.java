package app.innkeep.standby.sync;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * The standby carries on by itself: at start it closes the runs a kill cut short and finishes an unfinished bootstrap;
 * every {@code innkeep.standby.disk.check-interval} it looks whether a full disk has room again. Thin: the work is in
 * {@link SyncService}.
 */
@Singleton
public class SyncRecovery {

    private final SyncService sync;

    public SyncRecovery(SyncService sync) {
        this.sync = sync;
    }

    @EventListener
    void atStart(StartupEvent event) {
        sync.recoverAtStart();
    }

    @Scheduled(
            fixedDelay = "${innkeep.standby.disk.check-interval:30s}",
            initialDelay = "${innkeep.standby.disk.check-interval:30s}")
    void whenDiskHasRoom() {
        sync.resumeWhenRoom();
    }
}
