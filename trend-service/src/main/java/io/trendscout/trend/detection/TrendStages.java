package io.trendscout.trend.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The causal stage machine of one series, fed one {@link Verdict} at a time in time order:
 * <pre>
 *   NONE | WITHDRAWN | ENDED --early--> EARLY --confirmed--> CONFIRMED --back to normal for endAfter--> ENDED
 *   NONE | WITHDRAWN | ENDED --confirmed--> CONFIRMED
 *   EARLY --not elevated for withdrawAfter--> WITHDRAWN
 * </pre>
 * Pure: the state is three values the caller stores ({@link StageState}); every change comes
 * with its time, reason and evidence. A verdict older than the state's latest is ignored, so a
 * re-delivered or out-of-order verdict cannot move a series backwards.
 */
public final class TrendStages {

    private final StageSettings settings;
    private final Duration earlyWindow;
    private final Duration confirmedWindow;

    public TrendStages(StageSettings settings, Duration earlyWindow, Duration confirmedWindow) {
        this.settings = settings;
        this.earlyWindow = earlyWindow;
        this.confirmedWindow = confirmedWindow;
    }

    public TrendStages(DetectionProfile profile) {
        this(profile.stages(), profile.early().window(), profile.confirmed().recentWindow());
    }

    public StageStep next(StageState state, Verdict verdict) {
        Instant t = verdict.at();
        if (isBefore(t, state.since()) || isBefore(t, state.lastElevatedAt())) {
            return new StageStep(state, Optional.empty());
        }
        boolean elevated = verdict.elevated();
        Instant lastElevated = elevated ? t : state.lastElevatedAt();
        Assessment confirmed = verdict.confirmed();
        Assessment early = verdict.early();
        return switch (state.stage()) {
            case NONE, WITHDRAWN, ENDED -> {
                if (confirmed.detected()) {
                    yield change(state, Stage.CONFIRMED, t, lastElevated, "confirmed: the burst persisted",
                            confirmedEvidence(verdict));
                }
                if (early.detected()) {
                    yield change(state, Stage.EARLY, t, lastElevated, "early warning: a burst started", earlyEvidence(verdict));
                }
                yield stay(state, lastElevated);
            }
            case EARLY -> {
                if (confirmed.detected()) {
                    yield change(state, Stage.CONFIRMED, t, lastElevated, "confirmed: the burst persisted",
                            confirmedEvidence(verdict));
                }
                Instant quietSince = lastElevated == null ? state.since() : lastElevated;
                if (!elevated && !Duration.between(quietSince, t).minus(settings.withdrawAfter()).isNegative()) {
                    yield change(state, Stage.WITHDRAWN, t, lastElevated,
                            "withdrawn: not elevated since " + quietSince + " (" + hours(settings.withdrawAfter()) + ")",
                            earlyEvidence(verdict));
                }
                yield stay(state, lastElevated);
            }
            case CONFIRMED -> {
                Instant quietSince = lastElevated == null ? state.since() : lastElevated;
                if (!elevated && !Duration.between(quietSince, t).minus(settings.endAfter()).isNegative()) {
                    yield change(state, Stage.ENDED, t, lastElevated,
                            "ended: back to normal since " + quietSince + " (" + hours(settings.endAfter()) + ")",
                            confirmedEvidence(verdict));
                }
                yield stay(state, lastElevated);
            }
        };
    }

    private Evidence earlyEvidence(Verdict verdict) {
        return Evidence.of("early", verdict.early(), earlyWindow, verdict.confirmed().lifecycle());
    }

    private Evidence confirmedEvidence(Verdict verdict) {
        return Evidence.of("confirmed", verdict.confirmed(), confirmedWindow, verdict.confirmed().lifecycle());
    }

    private static StageStep change(StageState state, Stage to, Instant t, Instant lastElevated, String reason,
            Evidence evidence) {
        return new StageStep(new StageState(to, t, lastElevated),
                Optional.of(new StageChange(t, state.stage(), to, reason, evidence)));
    }

    private static StageStep stay(StageState state, Instant lastElevated) {
        return new StageStep(new StageState(state.stage(), state.since(), lastElevated), Optional.empty());
    }

    private static boolean isBefore(Instant t, Instant reference) {
        return reference != null && t.isBefore(reference);
    }

    private static String hours(Duration d) {
        return d.toHours() % 24 == 0 && d.toHours() >= 48 ? d.toDays() + " d" : d.toHours() + " h";
    }
}
