package io.trendscout.tiktok;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** TikTok service: OAuth connect, stats, engagement metrics, media kit, TikTok Shop. */
@SpringBootApplication
public class TiktokApplication {

    public static void main(String[] args) {
        SpringApplication.run(TiktokApplication.class, args);
    }
}
