package io.trendscout.sandbox.world;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What is planted in the simulated market, for tests (served at a sandbox-only endpoint). */
public final class GroundTruth {

    private final List<PlantedTrend> planted = new ArrayList<>();

    public synchronized void add(PlantedTrend trend) {
        planted.add(trend);
    }

    public synchronized List<PlantedTrend> all() {
        return List.copyOf(planted);
    }

    /** JSON-ready view: {@code {"planted": [{type, name, externalId, region, category, shape, trend, burstStart, peak, peakLift}]}}. */
    public Map<String, Object> document() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (PlantedTrend p : all()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("type", p.type());
            item.put("name", p.name());
            item.put("externalId", p.externalId());
            item.put("region", p.region());
            item.put("category", p.category());
            item.put("shape", p.shape().name());
            item.put("trend", p.isTrend());
            item.put("burstStart", p.burstStart().toString());
            item.put("peak", p.peak().toString());
            item.put("peakLift", p.peakLift());
            items.add(item);
        }
        return Map.of("planted", items);
    }
}
