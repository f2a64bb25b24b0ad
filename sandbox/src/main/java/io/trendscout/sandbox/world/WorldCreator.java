package io.trendscout.sandbox.world;

/**
 * A simulated TikTok creator.
 *
 * @param scale           median final views of the creator's ordinary videos
 * @param originalSoundId music_id of the creator's "original sound" (used when a video has no catalog sound)
 */
public record WorldCreator(String username, String displayName, String region, String category, double scale,
        String originalSoundId) {
}
