package io.trendscout.aigenerator.generation;

import io.trendscout.aigenerator.subjects.Subject;

/** A language model behind a prompt template; present only when the LLM is configured and enabled. */
public interface LlmProvider {

    /** {@code llm:<model>}. */
    String providerName();

    /** One attempt: a result that already passed {@link ResultLimits}, or why there is none. */
    LlmAttempt attempt(Kind kind, Subject subject, Language language, Hints hints);

    /** The outcome of one LLM attempt: a checked result, or the reason for the fallback. */
    record LlmAttempt(GeneratedResult result, String promptVersion, String failure) {

        public static LlmAttempt ok(GeneratedResult result, String promptVersion) {
            return new LlmAttempt(result, promptVersion, null);
        }

        public static LlmAttempt failed(String reason, String promptVersion) {
            return new LlmAttempt(null, promptVersion, reason);
        }

        public boolean succeeded() {
            return result != null;
        }
    }
}
