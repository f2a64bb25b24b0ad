package io.trendscout.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Web limits every service enforces itself, so that a request reaching a service port directly
 * meets the same limits as at the gateway.
 *
 * @param maxBodySize largest request body accepted (larger: 413 problem); {@code TRENDSCOUT_MAX_BODY_SIZE}
 */
@ConfigurationProperties("trendscout")
public record PlatformWebProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
