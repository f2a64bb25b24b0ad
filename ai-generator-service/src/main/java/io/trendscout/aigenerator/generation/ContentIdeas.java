package io.trendscout.aigenerator.generation;

import java.util.List;

/** Short-video content ideas (seed 004): hooks with scripts, hashtags, best posting times and formats. */
public record ContentIdeas(List<Idea> ideas, List<String> hashtags, List<PostingTime> postingTimes, List<Format> formats)
        implements GeneratedResult {

    /** One video idea: the hook (first seconds), a short script of scenes, its format and length. */
    public record Idea(String hook, List<String> script, String format, int durationSeconds) {
    }

    /** When to post: day (MONDAY..SUNDAY or DAILY), hour of day 0-23, and why. */
    public record PostingTime(String day, int hour, String reason) {
    }

    /** A recommended video format and why it suits the subject. */
    public record Format(String name, int durationSeconds, String why) {
    }
}
