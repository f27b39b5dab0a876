package app.innkeep.standby.sync;

import io.micronaut.context.annotation.Prototype;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The scheduled sync: a thin call into {@link SyncService}. */
@Prototype
@DisallowConcurrentExecution
public class SyncJob implements Job {

    private final SyncService sync;

    public SyncJob(SyncService sync) {
        this.sync = sync;
    }

    @Override
    public void execute(JobExecutionContext context) {
        sync.sync(SyncTrigger.SCHEDULE);
    }
}
