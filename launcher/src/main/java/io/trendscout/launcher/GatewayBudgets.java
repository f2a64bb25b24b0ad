package io.trendscout.launcher;

import java.util.Map;

/** Environment that lifts the gateway's per-plan request budgets (the limiter itself still runs). */
public final class GatewayBudgets {

    /**
     * For runs that send far more than a plan allows from one user or address (benchmarks, the
     * system tests' authorization walk); the limiter is tested in the gateway's own tests.
     */
    public static final Map<String, String> UNLIMITED = Map.of("SPRING_APPLICATION_JSON", """
            {"trendscout":{"gateway":{"rate-limit":{"plans":{
              "anonymous":{"requests-per-minute":10000000,"burst":1000000},"basic":{"requests-per-minute":10000000,"burst":1000000},
              "premium":{"requests-per-minute":10000000,"burst":1000000},"enterprise":{"requests-per-minute":10000000,"burst":1000000}}}}}}""");

    private GatewayBudgets() {
    }
}
