package io.trendscout.aigenerator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** AI generator service: SEO texts, meta tags, descriptions and content ideas. */
@SpringBootApplication
public class AiGeneratorApplication {

    public static void main(String[] args) {
        SpringApplication.run(AiGeneratorApplication.class, args);
    }
}
