package io.trendscout.platform.infra;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Finding and checking local ports. */
public final class FreePorts {

    private static final int LOWEST = 10_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    /** Read once: the range is a machine setting. */
    private static final int EPHEMERAL_START = ephemeralRangeStart();

    private FreePorts() {
    }

    /**
     * A free loopback port below the kernel's ephemeral range, not handed out before by this JVM. A
     * port from the ephemeral range (what binding port 0 gives) can be taken as the local end of
     * some outgoing connection between finding it and the server binding it: a platform service
     * started a few seconds later once found "its" port in use. Where the range is unknown or
     * leaves no room below it, an ephemeral port as before.
     */
    public static int find() {
        int below = EPHEMERAL_START;
        if (below - LOWEST >= 1_000) {
            for (int attempt = 0; attempt < 500; attempt++) {
                int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
                if (HANDED_OUT.add(port) && isFree(port)) {
                    return port;
                }
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            HANDED_OUT.add(socket.getLocalPort());
            return socket.getLocalPort();
        } catch (IOException ex) {
            throw new IllegalStateException("No free port", ex);
        }
    }

    /** The first port the kernel may pick for outgoing connections (Linux); 0 when unknown. */
    static int ephemeralRangeStart() {
        // read to the end: /proc files report a size of 0
        try (InputStream in = Files.newInputStream(EPHEMERAL_RANGE)) {
            return Integer.parseInt(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException ex) {
            return 0;
        }
    }

    /** Free when nothing listens on it (loopback) and it can be bound. */
    public static boolean isFree(int port) {
        try (java.net.Socket probe = new java.net.Socket()) {
            probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return false;
        } catch (IOException expected) {
            // nothing listening
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException ex) {
            return false;
        }
    }
}
