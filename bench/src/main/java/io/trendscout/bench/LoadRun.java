package io.trendscout.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/** A closed-loop load run: N concurrent clients repeat one request for a fixed time; latencies recorded. */
final class LoadRun {

    /** {@code failures}: the requests not answered with 200, by status or exception. */
    record Result(String name, long requests, double seconds, long p50Micros, long p99Micros, double cpuBusy,
            Map<String, Long> failures) {

        long errors() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Answered with 200 per second: failed requests (e.g. a 429 or 503 answered at once) do not count. */
        double throughput() {
            return (requests - errors()) / seconds;
        }

        @Override
        public String toString() {
            return String.format("%-28s %9.0f req/s   p50 %7.2f ms   p99 %7.2f ms   errors %d%s   machine CPU busy %3.0f%%", name,
                    throughput(), p50Micros / 1000.0, p99Micros / 1000.0, errors(), failures.isEmpty() ? "" : " " + failures,
                    cpuBusy * 100);
        }
    }

    private LoadRun() {
    }

    static Result run(String name, URI uri, String token, int clients, Duration duration) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).GET().build();
        Map<String, LongAdder> failures = new ConcurrentSkipListMap<>();
        List<long[]> perClient = new ArrayList<>();
        long[] cpuBefore = cpuTicks();
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                long[] latencies = new long[2_000_000];
                perClient.add(latencies);
                int index = c;
                pool.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() < end && n < latencies.length) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                failures.computeIfAbsent("HTTP " + response.statusCode(), k -> new LongAdder()).increment();
                            }
                        } catch (Exception ex) {
                            failures.computeIfAbsent(ex.getClass().getSimpleName(), k -> new LongAdder()).increment();
                        }
                        latencies[n++] = (System.nanoTime() - t0) / 1000;
                    }
                    perClient.set(index, Arrays.copyOf(latencies, n));
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] cpuAfter = cpuTicks();
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, all.length, seconds, percentile(all, 0.50), percentile(all, 0.99), busy(cpuBefore, cpuAfter),
                failures.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum(), Long::sum, TreeMap::new)));
    }

    /** Whole-machine busy and total jiffies from /proc/stat (Linux); empty elsewhere. */
    private static long[] cpuTicks() {
        try {
            String[] fields = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] { total - idle, total };
        } catch (Exception ex) {
            return new long[0];
        }
    }

    private static double busy(long[] before, long[] after) {
        if (before.length < 2 || after.length < 2 || after[1] == before[1]) {
            return Double.NaN;
        }
        return (double) (after[0] - before[0]) / (after[1] - before[1]);
    }

    private static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
