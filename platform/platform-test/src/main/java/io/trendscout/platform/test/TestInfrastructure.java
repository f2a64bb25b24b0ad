package io.trendscout.platform.test;

import io.trendscout.platform.infra.LocalKafka;
import io.trendscout.platform.infra.LocalPostgres;
import io.trendscout.platform.infra.LocalSmtp;

/**
 * The real servers integration tests run against, started once per test JVM and stopped when it
 * exits: PostgreSQL, a Kafka broker (KRaft), an SMTP server and a JWKS for test tokens.
 */
public final class TestInfrastructure {

    private static TestInfrastructure instance;

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final LocalSmtp smtp;
    private final TestTokens tokens;

    private TestInfrastructure() {
        postgres = LocalPostgres.startEphemeral();
        kafka = LocalKafka.start(0);
        smtp = LocalSmtp.start(0);
        tokens = TestTokens.start();
        // The broker lives in this JVM and goes with it; stopping it here races Kafka's own
        // clean-up hooks and stalls the JVM exit. PostgreSQL is a child process and must be stopped.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            tokens.close();
            smtp.close();
            postgres.close();
        }, "test-infrastructure-stop"));
    }

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = new TestInfrastructure();
        }
        return instance;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public LocalSmtp smtp() {
        return smtp;
    }

    public TestTokens tokens() {
        return tokens;
    }
}
