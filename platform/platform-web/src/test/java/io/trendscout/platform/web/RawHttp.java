package io.trendscout.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Speaks HTTP/1.1 over a plain socket, for requests no HTTP client would send (a malformed request
 * line, an encoded slash, a chunked body past the limit).
 */
final class RawHttp {

    private RawHttp() {
    }

    record Answer(int status, String head, String body) {

        String contentType() {
            return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(l -> l.substring("content-type:".length()).trim()).findFirst().orElse("");
        }
    }

    static Answer send(int port, String head) throws IOException {
        return send(port, head.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Answer send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            }
            catch (SocketException ex) {
                // the server may answer and close before it has read everything: read what it answered
            }
            return parse(readAll(socket.getInputStream()));
        }
    }

    static byte[] chunked(String head, int bodyBytes, int chunkSize) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        byte[] chunk = "x".repeat(chunkSize).getBytes(StandardCharsets.ISO_8859_1);
        for (int sent = 0; sent < bodyBytes; sent += chunkSize) {
            int size = Math.min(chunkSize, bodyBytes - sent);
            request.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            request.write(chunk, 0, size);
            request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return request.toByteArray();
    }

    /** Reads one response: up to its Content-Length, its last chunk, or the end of the connection. */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; !complete(answer.toString(StandardCharsets.ISO_8859_1)) && (n = in.read(buffer)) >= 0; ) {
                answer.write(buffer, 0, n);
            }
        }
        catch (SocketException ex) {
            // a reset after the answer was sent
        }
        return answer.toByteArray();
    }

    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String head = text.substring(0, end).toLowerCase(Locale.ROOT);
        int length = head.indexOf("\r\ncontent-length:");
        if (length >= 0) {
            int lineEnd = head.indexOf("\r\n", length + 2);
            String value = head.substring(length + "\r\ncontent-length:".length(), lineEnd < 0 ? head.length() : lineEnd);
            return text.length() - end - 4 >= Integer.parseInt(value.trim());
        }
        return head.contains("transfer-encoding: chunked") && text.endsWith("\r\n0\r\n\r\n");
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
        return new Answer(status, head, body);
    }
}
