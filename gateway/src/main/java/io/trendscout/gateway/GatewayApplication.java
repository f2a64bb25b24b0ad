package io.trendscout.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The single entry point of the platform's REST API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    /** Reactor Netty's event-loop count; set it (JVM option) to override one loop per available core. */
    static final String EVENT_LOOPS = "reactor.netty.ioWorkerCount";

    public static void main(String[] args) {
        // Reactor Netty runs at least 4 event loops; on fewer cores the extra loops only add
        // thread switches between a request's server and client side (part of the changes the gateway
        // bench measured together, not measured on its own).
        if (System.getProperty(EVENT_LOOPS) == null) {
            System.setProperty(EVENT_LOOPS, String.valueOf(Runtime.getRuntime().availableProcessors()));
        }
        SpringApplication.run(GatewayApplication.class, args);
    }
}
