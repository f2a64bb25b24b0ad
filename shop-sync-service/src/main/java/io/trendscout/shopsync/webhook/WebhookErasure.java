package io.trendscout.shopsync.webhook;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Deletes the stored webhook deliveries of shops an erased owner was the last one connected to. */
@Service
public class WebhookErasure {

    private final JdbcClient jdbc;

    WebhookErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int forgetShops(List<String> shopDomains) {
        if (shopDomains.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from webhook_deliveries where shop_domain = any(?::text[])")
                .param(shopDomains.toArray(String[]::new)).update();
    }
}
