package io.trendscout.launcher;

import java.util.ArrayList;
import java.util.List;

import io.trendscout.sandbox.PlaceholderFake;
import io.trendscout.sandbox.SandboxFake;
import io.trendscout.sandbox.amazon.AmazonFake;
import io.trendscout.sandbox.fastmoss.FastmossFake;
import io.trendscout.sandbox.kaufland.KauflandFake;
import io.trendscout.sandbox.shopify.ShopifyFake;
import io.trendscout.sandbox.tiktok.TiktokFake;

/** The sandbox fakes of outside APIs that {@code up} starts, each on its own port, with demo data. */
public final class SandboxFakes {

    public static final List<String> NAMES = List.of("tiktok", "shopify", "amazon", "kaufland", "fastmoss");

    private SandboxFakes() {
    }

    public static List<SandboxFake> create(PlatformPorts ports) {
        List<SandboxFake> fakes = new ArrayList<>();
        for (String name : NAMES) {
            fakes.add(switch (name) {
                case "tiktok" -> new TiktokFake(ports.fake(name));
                case "shopify" -> new ShopifyFake(ports.fake(name));
                case "amazon" -> new AmazonFake(ports.fake(name));
                case "kaufland" -> new KauflandFake(ports.fake(name));
                case "fastmoss" -> new FastmossFake(ports.fake(name));
                default -> new PlaceholderFake(name, ports.fake(name));
            });
        }
        return fakes;
    }
}
