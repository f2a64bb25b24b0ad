package io.trendscout.trend.sources;

import java.time.Clock;
import java.util.List;

import io.trendscout.trend.trends.SourceHealth;
import io.trendscout.trend.trends.SourceOverview;
import org.springframework.stereotype.Service;

/** Health of every source, for the analytics read; also the {@link SourceActivity} of push sources. */
@Service
public class SourceRegistry implements SourceActivity, SourceOverview {

    private final SourceStates states;
    private final Clock clock;

    SourceRegistry(SourceStates states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    @Override
    public List<SourceHealth> health() {
        return states.all(clock.instant());
    }

    @Override
    public void delivered(String source, SourceKind kind, int observations) {
        states.succeeded(source, kind, clock.instant(), observations, 0, null);
    }

    @Override
    public void failed(String source, SourceKind kind, String error) {
        states.failed(source, kind, clock.instant(), error, 0, 0);
    }
}
