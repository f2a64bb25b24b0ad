package io.trendscout.trend.trends;

import java.time.Duration;
import java.time.Instant;

import io.trendscout.trend.trends.SeriesReplay.Step;

/**
 * The stage machine of one series, fed one causal verdict at a time:
 * NONE/WITHDRAWN/ENDED -> EARLY when the early detector fires; any -> CONFIRMED when the confirmed
 * detector fires; EARLY -> WITHDRAWN when the early signal has been gone for {@code withdrawAfter};
 * CONFIRMED -> ENDED when neither detector has fired for {@code endAfter}.
 */
final class StageRule {

    /** The persisted state of a series' machine. */
    record State(Stage stage, Instant since, Instant lastElevated) {

        static final State INITIAL = new State(Stage.NONE, null, null);
    }

    /** A change, with the reason a person can read. */
    record Change(Instant at, Stage from, Stage to, String reason) {
    }

    private final Duration withdrawAfter;
    private final Duration endAfter;

    StageRule(Duration withdrawAfter, Duration endAfter) {
        this.withdrawAfter = withdrawAfter;
        this.endAfter = endAfter;
    }

    /** The next state; {@code change} receives the change if there is one. */
    State next(State state, Step step, java.util.function.Consumer<Change> change) {
        boolean confirmed = step.confirmed().detected();
        boolean early = step.early().detected();
        Instant lastElevated = confirmed || early ? step.at() : state.lastElevated();
        Stage to = state.stage();
        String reason = null;
        if (confirmed && state.stage() != Stage.CONFIRMED) {
            to = Stage.CONFIRMED;
            reason = "confirmed burst: z " + step.confirmed().breakdown().burstZ() + ", lift "
                    + step.confirmed().breakdown().lift() + ", persistence " + step.confirmed().breakdown().persistence();
        } else if (early && (state.stage() == Stage.NONE || state.stage() == Stage.WITHDRAWN || state.stage() == Stage.ENDED)) {
            to = Stage.EARLY;
            reason = "early burst: z " + step.early().breakdown().burstZ() + ", lift " + step.early().breakdown().lift();
        } else if (state.stage() == Stage.EARLY && !early && lastElevated != null
                && !step.at().isBefore(lastElevated.plus(withdrawAfter))) {
            to = Stage.WITHDRAWN;
            reason = "burst died before confirmation: no elevated activity since " + lastElevated;
        } else if (state.stage() == Stage.CONFIRMED && !confirmed && !early && lastElevated != null
                && !step.at().isBefore(lastElevated.plus(endAfter))) {
            to = Stage.ENDED;
            reason = "back at baseline since " + lastElevated;
        }
        if (to == state.stage()) {
            return new State(state.stage(), state.since(), lastElevated);
        }
        change.accept(new Change(step.at(), state.stage(), to, reason));
        return new State(to, step.at(), lastElevated);
    }
}
