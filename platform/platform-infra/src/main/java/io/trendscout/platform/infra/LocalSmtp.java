package io.trendscout.platform.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) that keeps every mail it receives, plus an optional loopback-only
 * HTTP reader ({@code GET /mails} as JSON) so a developer can read verification codes.
 */
public final class LocalSmtp implements AutoCloseable {

    private final GreenMail greenMail;
    private HttpServer reader;

    private LocalSmtp(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static LocalSmtp start(int port) {
        GreenMail mail = new GreenMail(new ServerSetup(port == 0 ? FreePorts.find() : port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return new LocalSmtp(mail);
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public List<Mail> mails() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            mails.add(Mail.of(message));
        }
        return mails;
    }

    public List<Mail> mailsTo(String recipient) {
        return mails().stream().filter(mail -> mail.to().equalsIgnoreCase(recipient)).toList();
    }

    /** Serves the received mails on 127.0.0.1 only. */
    public void startReader(int port) {
        try {
            reader = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException ex) {
            throw new IllegalStateException("Mail reader port " + port + " is taken", ex);
        }
        reader.createContext("/mails", exchange -> {
            byte[] body = Json.write(mails().stream().map(Mail::asMap).toList()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        reader.start();
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.stop(0);
        }
        greenMail.stop();
    }

    /** One received mail. */
    public record Mail(String to, String from, String subject, String body) {

        static Mail of(MimeMessage message) {
            try {
                Address[] recipients = message.getAllRecipients();
                Address[] from = message.getFrom();
                return new Mail(recipients == null ? "" : strip(recipients[0].toString()),
                        from == null ? "" : strip(from[0].toString()), message.getSubject(), GreenMailUtil.getBody(message));
            } catch (MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }

        private static String strip(String address) {
            int lt = address.indexOf('<');
            return lt >= 0 ? address.substring(lt + 1, address.indexOf('>', lt)) : address;
        }

        Map<String, Object> asMap() {
            return Map.of("to", to, "from", from, "subject", subject == null ? "" : subject, "body", body);
        }
    }
}
