package io.trendscout.aigenerator.generation.llm;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when {@code trendscout.ai.llm.enabled=true} and {@code trendscout.ai.llm.api-key} is not blank. */
class LlmEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        String key = env.getProperty("trendscout.ai.llm.api-key", "");
        return env.getProperty("trendscout.ai.llm.enabled", Boolean.class, false) && !key.isBlank();
    }
}
