package io.trendscout.trend;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Trend service: time series, trend detection, scoring and prediction. */
@SpringBootApplication
public class TrendApplication {

    public static void main(String[] args) {
        SpringApplication.run(TrendApplication.class, args);
    }
}
