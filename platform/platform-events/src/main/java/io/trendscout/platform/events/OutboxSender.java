package io.trendscout.platform.events;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Runs Spring Modulith's after-commit externalization (its {@code @Async} listener) on a few
 * platform threads with a queue. Without it every event got its own virtual thread: a page of a
 * shop sync committing a hundred events started a hundred threads that all queued for the
 * connection pool in front of the sync's next transaction and the Kafka producer's completion
 * callbacks, and the relay re-sent whatever had waited longer than its threshold.
 * A burst now waits in this queue; {@link #inFlight()} tells the relay that it is still draining.
 */
public class OutboxSender implements DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    public OutboxSender(int threads) {
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("outbox-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    /** The executor Spring's {@code @Async} uses (see the AsyncConfigurer in the auto-configuration). */
    public Executor executor() {
        return executor;
    }

    /** Events handed over after commit and not yet passed to the Kafka producer. */
    public int inFlight() {
        ThreadPoolExecutor pool = executor.getThreadPoolExecutor();
        return pool.getQueue().size() + pool.getActiveCount();
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
