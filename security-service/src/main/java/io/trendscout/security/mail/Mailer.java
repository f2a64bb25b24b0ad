package io.trendscout.security.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends templated mails. A template file {@code mail/<name>_<lang>.txt} starts with a
 * {@code Subject:} line, then a blank line, then the body; {@code {{key}}} placeholders are
 * replaced. German and English exist for every template; other languages fall back to English.
 */
@Service
@EnableConfigurationProperties(MailProperties.class)
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final MailProperties properties;
    private final Map<String, String> templates = new ConcurrentHashMap<>();

    Mailer(JavaMailSender sender, MailProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    public void send(String to, Locale locale, MailTemplate template, Map<String, String> values) {
        String text = render(load(template, locale), values);
        int split = text.indexOf("\n\n");
        String subject = text.substring(0, split).replaceFirst("^Subject:\\s*", "").trim();
        String body = text.substring(split + 2);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
            sender.send(message);
        } catch (MessagingException | MailException ex) {
            // Never log the body: it carries a code.
            log.warn("Mail {} could not be sent: {}", template, ex.getClass().getSimpleName());
            throw new MailUnavailable();
        }
    }

    static String render(String template, Map<String, String> values) {
        String text = template;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            text = text.replace("{{" + entry.getKey() + "}}", entry.getValue() == null ? "" : entry.getValue());
        }
        return text;
    }

    private String load(MailTemplate template, Locale locale) {
        String language = "de".equals(locale.getLanguage()) ? "de" : "en";
        return templates.computeIfAbsent(template.file() + "_" + language, name -> {
            try (InputStream in = new ClassPathResource("mail/" + name + ".txt").getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            } catch (IOException ex) {
                throw new UncheckedIOException("Missing mail template " + name, ex);
            }
        });
    }
}
