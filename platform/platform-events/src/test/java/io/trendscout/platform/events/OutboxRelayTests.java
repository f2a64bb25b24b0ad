package io.trendscout.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

class OutboxRelayTests {

    private final List<Duration> resubmissions = new ArrayList<>();
    private final IncompleteEventPublications incomplete = new IncompleteEventPublications() {
        @Override
        public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void resubmitIncompletePublicationsOlderThan(Duration duration) {
            resubmissions.add(duration);
        }

        @Override
        public void resubmitIncompletePublications(ResubmissionOptions options) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void resendsOnlyOnceTheSenderHasDrainedItsQueue() throws Exception {
        OutboxSender sender = new OutboxSender(1);
        OutboxRelay relay = new OutboxRelay(incomplete, sender, Duration.ofSeconds(5));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        sender.executor().execute(() -> {
            started.countDown();
            await(release);
        });
        sender.executor().execute(() -> { });
        started.await();
        assertThat(sender.inFlight()).isEqualTo(2);

        relay.resendUnsent();
        assertThat(resubmissions).isEmpty();

        release.countDown();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (sender.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        relay.resendUnsent();
        assertThat(resubmissions).containsExactly(Duration.ofSeconds(5));
        sender.destroy();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
