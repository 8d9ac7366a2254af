package org.claimtrail.local;

import org.claimtrail.audit.chain.Ed25519;
import org.claimtrail.audit.chain.HistoryBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * {@code verify-history} given a hostile bundle answers at once with exit code 65 and the reason, never with an
 * out-of-memory or stack overflow (each limit: HostileBundleTest in modules/audit).
 */
class HostileBundleExitTest {

    @TempDir
    Path dir;

    @Test
    void aHugeExponentIsRefused() throws IOException {
        assertRefused(bundleWith("1e999999999"), "Refused: The bundle has a number with an exponent beyond 1000");
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        assertRefused(bundleWith("[".repeat(100_000) + "]".repeat(100_000)), "Refused: The bundle is not a readable "
                + HistoryBundle.FORMAT + " document: Document nesting depth");
    }

    @Test
    void aFileLargerThanAnyBundleIsNotEvenRead() throws IOException {
        Path huge = dir.resolve("huge.json");
        try (var out = Files.newOutputStream(huge)) {
            out.write(bundleWith("0").getBytes(StandardCharsets.UTF_8));
            out.write(new byte[HistoryBundle.MAX_BYTES]);
        }
        Result result = run(huge);
        assertThat(result.exit()).isEqualTo(VerifyHistory.REFUSED);
        assertThat(result.err()).startsWith("Refused: the bundle has ").contains("at most " + HistoryBundle.MAX_BYTES);
    }

    private String bundleWith(String hostile) {
        return "{\"format\":\"" + HistoryBundle.FORMAT + "\",\"claimId\":\"c\",\"events\":[{\"eventId\":\"e\","
                + "\"aggregateType\":\"Claim\",\"aggregateId\":\"c\",\"sequence\":0,\"timestamp\":\"t\","
                + "\"payloadType\":\"p\",\"metadata\":{\"hash\":\"h\",\"chain\":\"2\"},\"payload\":{\"value\":"
                + hostile + "}}],\"checkpoint\":null}";
    }

    private void assertRefused(String bundle, String message) throws IOException {
        Result result = run(Files.writeString(dir.resolve("bundle.json"), bundle));
        assertThat(result.exit()).isEqualTo(VerifyHistory.REFUSED);
        assertThat(result.err()).startsWith(message);
    }

    private record Result(int exit, String err) {
    }

    private Result run(Path bundle) throws IOException {
        Path key = Files.writeString(dir.resolve("key.pem"), Ed25519.pem(Ed25519.generate().getPublic()));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> VerifyHistory.run(
                List.of(VerifyHistory.COMMAND, bundle.toString(), "--public-key", key.toString()),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Result(exit, err.toString(StandardCharsets.UTF_8));
    }
}
