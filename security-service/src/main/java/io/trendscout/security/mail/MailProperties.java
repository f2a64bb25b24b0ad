package io.trendscout.security.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param from sender of every mail, e.g. {@code Trendscout <no-reply@example.com>} */
@ConfigurationProperties("trendscout.security.mail")
record MailProperties(@DefaultValue("Trendscout <no-reply@trendscout.local>") String from) {
}
