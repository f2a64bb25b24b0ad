package io.trendscout.trend.sources.fastmoss;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.trendscout.sandbox.fastmoss.FastmossFake;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The shipped configuration: off without credentials; on against the sandbox fake in the local profile. */
class FastmossSettingsTests {

    @Test
    void withoutCredentialsTheSourceIsOffAndPointsAtFastMoss() throws Exception {
        FastmossProperties properties = bind(Map.of(), "application.yml");
        assertThat(properties.hasCredentials()).isFalse();
        assertThat(properties.baseUrl()).hasToString("https://openapi.fastmoss.com");
        assertThat(properties.authStyle()).isEqualTo(FastmossProperties.AuthStyle.BEARER);
        assertThat(properties.regions()).containsExactly("US", "GB", "DE", "FR", "ES", "IT", "MX");
        assertThat(properties.categories()).isEmpty();
        assertThat(properties.interval()).isEqualTo(Duration.ofHours(6));
        assertThat(properties.dailyRequests()).isEqualTo(2000);
    }

    @Test
    void credentialsFromTheEnvironmentTurnItOnInEitherStyle() throws Exception {
        assertThat(bind(Map.of("TRENDSCOUT_FASTMOSS_TOKEN", "t"), "application.yml").hasCredentials()).isTrue();
        Map<String, Object> signed = Map.of("TRENDSCOUT_FASTMOSS_AUTH_STYLE", "signed", "TRENDSCOUT_FASTMOSS_TOKEN", "t",
                "TRENDSCOUT_FASTMOSS_CLIENT_ID", "c", "TRENDSCOUT_FASTMOSS_CATEGORIES", "1,14");
        FastmossProperties properties = bind(signed, "application.yml");
        assertThat(properties.hasCredentials()).isFalse();
        assertThat(properties.categories()).isEqualTo(List.of(1, 14));
        Map<String, Object> complete = new HashMap<>(signed);
        complete.put("TRENDSCOUT_FASTMOSS_CLIENT_SECRET", "s");
        assertThat(bind(complete, "application.yml").hasCredentials()).isTrue();
    }

    @Test
    void theLocalProfileRunsAgainstTheSandboxFakeWithItsCredentials() throws Exception {
        FastmossProperties properties = bind(Map.of("TRENDSCOUT_FAKE_FASTMOSS_URL", "http://127.0.0.1:18095"),
                "application.yml", "application-local.yml");
        assertThat(properties.hasCredentials()).isTrue();
        assertThat(properties.baseUrl()).hasToString("http://127.0.0.1:18095");
        assertThat(properties.accessToken()).isEqualTo(FastmossFake.ACCESS_TOKEN);
        assertThat(properties.clientId()).isEqualTo(FastmossFake.CLIENT_ID);
        assertThat(properties.clientSecret()).isEqualTo(FastmossFake.CLIENT_SECRET);
        assertThat(properties.rankingDayLag()).isZero();
        assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(10));
    }

    private static FastmossProperties bind(Map<String, Object> env, String... files) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("env", env));
        YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
        for (String file : files) {
            for (PropertySource<?> source : loader.load(file, new ClassPathResource(file))) {
                environment.getPropertySources().addAfter("env", source);
            }
        }
        return Binder.get(environment).bindOrCreate("trendscout.trend.fastmoss", FastmossProperties.class);
    }
}
