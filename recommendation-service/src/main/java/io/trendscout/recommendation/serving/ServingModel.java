package io.trendscout.recommendation.serving;

import java.util.concurrent.atomic.AtomicReference;

import io.trendscout.recommendation.ranking.Model;
import org.springframework.stereotype.Component;

/** The model requests are served from: an immutable snapshot swapped atomically after each training. */
@Component
class ServingModel {

    private final AtomicReference<Model> current = new AtomicReference<>(Model.empty());

    Model get() {
        return current.get();
    }

    /** Installs a model unless a newer one is already serving. */
    void install(Model model) {
        current.accumulateAndGet(model, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
    }
}
