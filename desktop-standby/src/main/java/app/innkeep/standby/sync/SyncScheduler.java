package app.innkeep.standby.sync;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All scheduling policy in one place: a Quartz job every {@code innkeep.standby.sync.interval} (1 hour by default,
 * down to one minute), shifted by a random jitter up to {@code innkeep.standby.sync.jitter} so a thousand properties
 * do not call at :00, and a missed run (the PC was off) fired right after start-up. The job itself is thin.
 */
@Singleton
@Requires(property = "innkeep.standby.sync.enabled", value = "true", defaultValue = "true")
public class SyncScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final ApplicationContext context;
    private final SyncStates states;
    private final TransactionOperations<Connection> tx;
    private final Clock clock;
    private final Duration interval;
    private final Duration jitter;
    private Scheduler scheduler;

    public SyncScheduler(
            ApplicationContext context,
            SyncStates states,
            TransactionOperations<Connection> tx,
            Clock clock,
            @Value("${innkeep.standby.sync.interval:1h}") Duration interval,
            @Value("${innkeep.standby.sync.jitter:5m}") Duration jitter) {
        if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException(
                    "innkeep.standby.sync.interval must be at least 1 minute, not " + interval);
        }
        this.context = context;
        this.states = states;
        this.tx = tx;
        this.clock = clock;
        this.interval = interval;
        this.jitter = jitter;
    }

    @EventListener
    void start(StartupEvent event) throws SchedulerException {
        Properties props = new Properties();
        props.setProperty("org.quartz.scheduler.instanceName", "innkeep-standby");
        props.setProperty("org.quartz.threadPool.threadCount", "1");
        props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        props.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        scheduler = new StdSchedulerFactory(props).getScheduler();
        scheduler.setJobFactory(
                (bundle, s) -> context.getBean(bundle.getJobDetail().getJobClass()));
        JobDetail job = JobBuilder.newJob(SyncJob.class).withIdentity("sync").build();
        Instant first = firstRun();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity("hourly")
                .startAt(Date.from(first))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(job, trigger);
        scheduler.start();
        LOG.info("Sync every {} (jitter up to {}); next run at {}", interval, jitter, first);
    }

    /**
     * When the last pull is more than one interval ago (the PC was off, or never synced), the missed run fires now;
     * otherwise at the next interval after the last pull, plus this standby's jitter.
     */
    Instant firstRun() {
        Instant now = clock.instant();
        Instant lastPull =
                tx.executeRead(s -> states.current().map(SyncState::lastPullAt).orElse(null));
        long jitterMillis = jitter.isZero() ? 0 : new SecureRandom().nextLong(jitter.toMillis() + 1);
        if (lastPull == null || lastPull.plus(interval).isBefore(now)) {
            return now.plusSeconds(2);
        }
        return lastPull.plus(interval).plusMillis(jitterMillis);
    }

    /** When the scheduled sync runs next, if the scheduler is running. */
    public java.util.Optional<Instant> nextRun() {
        try {
            if (scheduler == null || scheduler.isShutdown()) {
                return java.util.Optional.empty();
            }
            Trigger trigger = scheduler.getTrigger(org.quartz.TriggerKey.triggerKey("hourly"));
            return trigger == null || trigger.getNextFireTime() == null
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(trigger.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            return java.util.Optional.empty();
        }
    }

    /** Restarts the sync service when it is stuck: the scheduler is stopped and started again. */
    public void restart() throws SchedulerException {
        stop(null);
        start(null);
        LOG.info("Sync service restarted");
    }

    @EventListener
    void stop(ShutdownEvent event) throws SchedulerException {
        if (scheduler != null && !scheduler.isShutdown()) {
            scheduler.shutdown(false);
        }
    }
}
