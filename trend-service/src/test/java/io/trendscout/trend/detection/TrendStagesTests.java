package io.trendscout.trend.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrendStagesTests {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private final DetectionProfile hourly = DetectionProfile.forBucket(Duration.ofHours(1));
    private final TrendStages stages = new TrendStages(hourly);

    @Test
    void anEarlyWarningIsConfirmedAndEndsWhenBackToNormalForLong() {
        List<StageChange> changes = run(
                v(0, false, false, false, false), v(1, true, true, false, true), v(2, false, true, false, true),
                v(20, false, true, true, true), v(30, false, false, false, true), v(40, false, false, false, false),
                v(60, false, false, false, false), v(88, false, false, false, false));
        assertThat(changes).extracting(StageChange::from, StageChange::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Stage.NONE, Stage.EARLY),
                org.assertj.core.groups.Tuple.tuple(Stage.EARLY, Stage.CONFIRMED),
                org.assertj.core.groups.Tuple.tuple(Stage.CONFIRMED, Stage.ENDED));
        assertThat(changes.get(0).at()).isEqualTo(at(1));
        assertThat(changes.get(0).evidence().detector()).isEqualTo("early");
        assertThat(changes.get(0).evidence().window()).isEqualTo(Duration.ofHours(2));
        assertThat(changes.get(0).evidence().burstZ()).isEqualTo(5.0);
        assertThat(changes.get(1).evidence().detector()).isEqualTo("confirmed");
        assertThat(changes.get(1).evidence().viewsGained()).isEqualTo(12_345);
        assertThat(changes.get(2).at()).isEqualTo(at(88)); // last elevated at hour 30, + 48 h
        assertThat(changes.get(2).reason()).contains("back to normal since " + at(30));
    }

    @Test
    void aBurstThatDiesBeforeConfirmationIsWithdrawnVisiblyAndALaterOneRaisesAgain() {
        List<StageChange> changes = run(v(10, true, true, false, false), v(11, false, false, false, false),
                v(16, false, false, false, false), v(17, false, false, false, false), v(30, true, true, false, false));
        assertThat(changes).extracting(StageChange::to).containsExactly(Stage.EARLY, Stage.WITHDRAWN, Stage.EARLY);
        assertThat(changes.get(1).at()).isEqualTo(at(16)); // elevated last at 10, withdrawn 6 h later
        assertThat(changes.get(1).reason()).contains("not elevated since " + at(10));
    }

    @Test
    void aConfirmationWithoutEarlyWarningGoesStraightToConfirmed() {
        List<StageChange> changes = run(v(5, false, true, true, true));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(Stage.NONE);
            assertThat(c.to()).isEqualTo(Stage.CONFIRMED);
            assertThat(c.evidence().lifecycle()).isEqualTo(Lifecycle.EMERGING);
        });
    }

    @Test
    void theStateIsThreeValuesAndAnOlderOrRepeatedVerdictChangesNothing() {
        StageStep raised = stages.next(StageState.INITIAL, v(3, true, true, false, false));
        assertThat(raised.state()).isEqualTo(new StageState(Stage.EARLY, at(3), at(3)));
        assertThat(stages.next(raised.state(), v(3, true, true, false, false)).change()).isEmpty();
        StageStep older = stages.next(raised.state(), v(1, false, false, false, false));
        assertThat(older.state()).isEqualTo(raised.state());
        assertThat(older.change()).isEmpty();
        // restored from its columns, the machine goes on as if never stopped
        StageState restored = new StageState(Stage.valueOf("EARLY"), at(3), at(3));
        assertThat(stages.next(restored, v(9, false, false, false, false)).change()).hasValueSatisfying(
                c -> assertThat(c.to()).isEqualTo(Stage.WITHDRAWN));
    }

    private List<StageChange> run(Verdict... verdicts) {
        List<StageChange> changes = new ArrayList<>();
        StageState state = StageState.INITIAL;
        for (Verdict verdict : verdicts) {
            StageStep step = stages.next(state, verdict);
            state = step.state();
            step.change().ifPresent(changes::add);
        }
        return changes;
    }

    private static Verdict v(int hour, boolean early, boolean earlyElevated, boolean confirmed, boolean confirmedElevated) {
        return new Verdict(at(hour), assessment(hour, early, earlyElevated), assessment(hour, confirmed, confirmedElevated));
    }

    private static Assessment assessment(int hour, boolean detected, boolean elevated) {
        return new Assessment(at(hour), detected, elevated, true, 50, Level.MEDIUM, Direction.RISING, Lifecycle.EMERGING, 20,
                new Breakdown(50, 50, 50, 50, detected ? 5.0 : 1.0, 2.5, 1.0, 12_345, 40));
    }

    private static Instant at(int hour) {
        return T0.plus(Duration.ofHours(hour));
    }
}
