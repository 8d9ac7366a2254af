package org.claimtrail.local;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.claimtrail.platform.processor.ClusterProcessors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * The README's five-minute tour, run as a reader runs it: its steps in order, in one terminal session, against a
 * local stack. A README command that breaks, or prints something other than the README says, fails this test.
 *
 * <p>How the README marks the tour, in the info string of a fenced block:
 * <ul>
 *   <li>{@code ```bash tour} is a step: its commands run with {@code bash -euo pipefail} from the repository root,
 *       with {@code localhost:8080} and {@code localhost:9092} replaced by this stack's HTTP and Kafka addresses.
 *       Shell variables a step sets ({@code ID=...}) are there in the steps after it, as in one terminal.</li>
 *   <li>{@code ```bash tour needs=kcat} is a step that needs a tool outside the repository: it runs where that
 *       command is on the PATH and is skipped elsewhere. The tour's Kafka step needs kcat, which neither a JDK nor
 *       CI's machine brings, and the repository offers no consumer of its own; where the step is skipped, this
 *       test reads the same records with a Kafka consumer instead ({@link TopicReader}).</li>
 *   <li>{@code ```text tour-output} right after a step holds lines the step prints, in that order; other lines may
 *       come between them (say, claims of an earlier tour on the same data).</li>
 * </ul>
 *
 * <p>Before each step the test waits until every event processor has caught up, as a reader pauses between steps:
 * conflicts are found a moment after a write, and the tour's prose says so. The stack is this test's own, with the
 * README's demo password, so that the claims the tour proposes and judges change no other test's counts.
 */
class ReadmeTourTest {

    private static final Pattern FENCE = Pattern.compile("^```([^\\n`]*)\\n(.*?)^```[ \\t]*$",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern NEEDS = Pattern.compile("needs=(\\S+)");
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);

    /** Carries the variables a step sets into the next: the tour is one terminal session, not one per block. */
    private static final String BEFORE = """
            __tour_known=" $(compgen -v | tr '\\n' ' ') "
            if [ -f "$TOUR_STATE" ]; then . "$TOUR_STATE"; fi
            """;
    private static final String AFTER = """

            for __tour_name in $(compgen -v); do
              case "$__tour_known" in *" $__tour_name "*) continue ;; esac
              [[ "$__tour_name" =~ ^[A-Z][A-Z0-9_]*$ ]] || continue
              case "$__tour_name" in BASH*|PIPESTATUS) continue ;; esac
              declare -p "$__tour_name"
            done > "$TOUR_STATE.next"
            mv "$TOUR_STATE.next" "$TOUR_STATE"
            """;

    private static LocalStack stack;
    private static Path work;

    record Step(String commands, String needs, List<String> expected) {
    }

    @BeforeAll
    static void startStack() throws IOException {
        work = Files.createTempDirectory("claimtrail-tour");
        stack = LocalStack.start(new LocalSettings(work.resolve("data"), 0, 0, 0, "claimtrail"));
    }

    @AfterAll
    static void stopStack() throws IOException {
        if (stack != null) {
            stack.close();
        }
        try (var paths = Files.walk(work)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void theReadmeTourRunsAsWritten() throws Exception {
        Path root = repositoryRoot();
        List<Step> steps = tour(Files.readString(root.resolve("README.md")));
        assertThat(steps).as("tour steps in README.md").hasSizeGreaterThanOrEqualTo(5);
        Path state = work.resolve("tour-state.sh");
        boolean kafkaStepSkipped = false;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.needs() != null && !onPath(step.needs())) {
                System.out.println("README tour step " + (i + 1) + " skipped: " + step.needs() + " is not installed");
                kafkaStepSkipped |= step.commands().contains("claimtrail.claim-events");
                continue;
            }
            awaitProcessorsCaughtUp();
            String output = run(root, state, i + 1, step.commands());
            assertPrints(i + 1, step, output);
        }
        if (kafkaStepSkipped) {
            awaitProcessorsCaughtUp();
            assertTheTourClaimIsOnKafka(state);
        }
    }

    /** The tour's steps, with what each prints, in the order the README gives them. */
    static List<Step> tour(String readme) {
        List<Step> steps = new ArrayList<>();
        Matcher fence = FENCE.matcher(readme);
        while (fence.find()) {
            String[] info = fence.group(1).strip().split("\\s+");
            String body = fence.group(2);
            if (info.length >= 2 && info[0].equals("bash") && info[1].equals("tour")) {
                Matcher needs = NEEDS.matcher(fence.group(1));
                steps.add(new Step(body, needs.find() ? needs.group(1) : null, new ArrayList<>()));
            } else if (info.length >= 2 && info[0].equals("text") && info[1].equals("tour-output")) {
                assertThat(steps).as("a tour-output block follows a tour step").isNotEmpty();
                body.lines().map(String::strip).filter(l -> !l.isEmpty())
                        .forEach(steps.get(steps.size() - 1).expected()::add);
            }
        }
        return steps;
    }

    private String run(Path root, Path state, int number, String commands) throws Exception {
        String script = BEFORE + commands
                .replace("localhost:8080", stack.httpUrl().replace("http://", ""))
                .replace("localhost:9092", stack.kafkaBootstrapServers()) + AFTER;
        Path out = work.resolve("step-" + number + ".out");
        Path err = work.resolve("step-" + number + ".err");
        ProcessBuilder bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script)
                .directory(root.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        bash.environment().put("TOUR_STATE", state.toString());
        Process process = bash.start();
        if (!process.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("README tour step %d did not finish within %s:%n%s", number, STEP_TIMEOUT, commands);
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue())
                .as("exit code of README tour step %d:%n%s%nit printed:%n%s%nand on stderr:%n%s", number, commands,
                        output, Files.readString(err, StandardCharsets.UTF_8))
                .isZero();
        return output;
    }

    /** Each expected line is a line of the output, in the README's order. */
    private static void assertPrints(int number, Step step, String output) {
        List<String> lines = output.lines().map(String::strip).toList();
        int at = 0;
        for (String expected : step.expected()) {
            while (at < lines.size() && !lines.get(at).equals(expected)) {
                at++;
            }
            if (at == lines.size()) {
                fail("README tour step %d should print, in order:%n%s%nbut it printed no line %s after the ones "
                        + "before it:%n%s", number, String.join("\n", step.expected()), expected, output);
            }
            at++;
        }
    }

    /**
     * Every processor has handled every stored event, for a few polls in a row: the conflicts a write leads to are
     * on record and in the read tables, including those the conflict policy's own commands appended.
     */
    private static void awaitProcessorsCaughtUp() {
        ClusterProcessors processors = stack.server().getBean(ClusterProcessors.class);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).during(Duration.ofMillis(300))
                .ignoreExceptions()
                .until(() -> processors.names().stream().allMatch(p -> processors.status(p).lag() == 0));
    }

    /** What the skipped kcat step shows: the tour's claim's events on the topic, in order from the first. */
    private static void assertTheTourClaimIsOnKafka(Path state) throws IOException {
        Matcher id = Pattern.compile("(?m)^declare -\\S* ID=\"([^\"]+)\"$").matcher(Files.readString(state));
        assertThat(id.find()).as("the tour sets ID, the claim it proposes").isTrue();
        String claim = id.group(1);
        long events = stack.server().getBean(EventStore.class).readEvents(claim).asStream().count();
        List<ConsumerRecord<String, byte[]>> records = TopicReader.read(stack, claim, (int) events);
        assertThat(records.stream().map(r -> TopicReader.header(r, "ce_sequence")).toList())
                .isEqualTo(LongStream.range(0, events).mapToObj(Long::toString).toList());
        assertThat(TopicReader.header(records.get(0), "ce_type")).isEqualTo("org.claimtrail.claim.proposed.v1");
    }

    private static boolean onPath(String command) throws Exception {
        return new ProcessBuilder("bash", "-c", "command -v " + command).start().waitFor() == 0;
    }

    /** The repository's root, from the module directory Maven runs the test in or from anywhere below the root. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No README.md beside mvnw above " + Path.of("").toAbsolutePath());
    }
}
