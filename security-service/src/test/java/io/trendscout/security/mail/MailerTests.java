package io.trendscout.security.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MailerTests {

    @Test
    void everyTemplateExistsInGermanAndEnglishWithASubject() throws Exception {
        for (MailTemplate template : MailTemplate.values()) {
            for (String language : new String[] {"de", "en"}) {
                ClassPathResource file = new ClassPathResource("mail/" + template.file() + "_" + language + ".txt");
                assertThat(file.exists()).as(file.getPath()).isTrue();
                assertThat(file.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("Subject: ").contains("\n\n");
            }
        }
    }

    @Test
    void placeholdersAreReplaced() {
        assertThat(Mailer.render("Hallo {{name}}, {{code}} ({{minutes}})", Map.of("name", "Jana", "code", "123456", "minutes", "10")))
                .isEqualTo("Hallo Jana, 123456 (10)");
    }
}
