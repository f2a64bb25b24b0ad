package io.trendscout.shopsync.channel;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends a request and reads JSON; I/O errors and timeouts become {@link ChannelFailure.Unavailable}. */
final class Http {

    record Answer(int status, String body, HttpResponse<String> response) {

        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        /** The body as JSON; garbage from the channel is a (retryable) unavailability. */
        JsonNode json(JsonMapper json, String channel) {
            try {
                JsonNode node = json.readTree(body == null || body.isBlank() ? "{}" : body);
                if (node == null || !node.isObject()) {
                    throw new ChannelFailure.Unavailable(channel + " answered " + status + " without a JSON object");
                }
                return node;
            } catch (JacksonException ex) {
                throw new ChannelFailure.Unavailable(channel + " answered " + status + " with a malformed body");
            }
        }

        Duration retryAfter() {
            return header("Retry-After").flatMap(v -> {
                try {
                    return Optional.of(Duration.ofMillis((long) (Double.parseDouble(v) * 1000)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }).orElse(null);
        }
    }

    private final HttpClient client;
    private final Duration readTimeout;

    Http(Duration connectTimeout, Duration readTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.readTimeout = readTimeout;
    }

    Answer send(HttpRequest.Builder request, String channel) {
        try {
            HttpResponse<String> response = client.send(request.timeout(readTimeout).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response);
        } catch (HttpTimeoutException ex) {
            throw new ChannelFailure.Unavailable(channel + " did not answer in time");
        } catch (IOException ex) {
            throw new ChannelFailure.Unavailable(channel + " is unreachable (" + ex.getClass().getSimpleName() + ")");
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ChannelFailure.Unavailable("Interrupted while calling " + channel);
        }
    }
}
