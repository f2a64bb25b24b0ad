package io.trendscout.shopsync.channel;

/** Channel descriptions come as HTML; the catalog keeps plain text. */
public final class PlainText {

    private PlainText() {
    }

    public static String of(String html) {
        if (html == null) {
            return null;
        }
        String text = html.replaceAll("(?s)<[^>]*>", " ").replace("&nbsp;", " ").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replaceAll("\\s+", " ").trim();
        return text.isEmpty() ? null : text;
    }
}
