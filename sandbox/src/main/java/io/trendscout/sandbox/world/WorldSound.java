package io.trendscout.sandbox.world;

/**
 * A sound of the simulated catalog.
 *
 * @param musicId numeric id as the Research API's {@code music_id}
 * @param title   the title as TikTok shows it ("Neon Orchard (sped up) - Mara Quinn")
 * @param name    the title normalized as a series name (lower case, letters, digits, space and _ . ' &amp; + -)
 */
public record WorldSound(String musicId, String title, String name, String category) {
}
