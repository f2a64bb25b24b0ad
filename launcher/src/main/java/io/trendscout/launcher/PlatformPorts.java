package io.trendscout.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

import io.trendscout.platform.infra.FreePorts;

/** Every port a local platform binds, fixed defaults for {@code up} or free ones for tests. */
public record PlatformPorts(int postgres, int kafka, int smtp, int mailReader, Map<String, Integer> fakes,
        Map<String, Integer> services) {

    public static PlatformPorts defaults() {
        Map<String, Integer> services = new LinkedHashMap<>();
        services.put(ServiceSpec.GATEWAY.name(), ServiceSpec.GATEWAY.defaultPort());
        ServiceSpec.SERVICES.forEach(s -> services.put(s.name(), s.defaultPort()));
        Map<String, Integer> fakes = new LinkedHashMap<>();
        int port = 8091;
        for (String fake : SandboxFakes.NAMES) {
            fakes.put(fake, port++);
        }
        return new PlatformPorts(15432, 19092, 2525, 8025, fakes, services);
    }

    public static PlatformPorts free() {
        Map<String, Integer> services = new LinkedHashMap<>();
        services.put(ServiceSpec.GATEWAY.name(), FreePorts.find());
        ServiceSpec.SERVICES.forEach(s -> services.put(s.name(), FreePorts.find()));
        Map<String, Integer> fakes = new LinkedHashMap<>();
        SandboxFakes.NAMES.forEach(fake -> fakes.put(fake, FreePorts.find()));
        return new PlatformPorts(FreePorts.find(), FreePorts.find(), FreePorts.find(), FreePorts.find(), fakes, services);
    }

    /** What each port is for, in start order, so a taken one can be named. */
    public Map<Integer, String> all() {
        Map<Integer, String> all = new LinkedHashMap<>();
        all.put(postgres, "PostgreSQL");
        all.put(kafka, "Kafka");
        all.put(smtp, "SMTP");
        all.put(mailReader, "mail reader");
        fakes.forEach((name, port) -> all.put(port, "sandbox fake " + name));
        services.forEach((name, port) -> all.put(port, name));
        return all;
    }

    public int service(String name) {
        return services.get(name);
    }

    public int fake(String name) {
        return fakes.get(name);
    }
}
