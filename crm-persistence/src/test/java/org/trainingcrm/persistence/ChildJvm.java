package org.trainingcrm.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A second JVM on the test class path, for what one process cannot show about another: a
 * database held by another process, a process killed in the middle of its work.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> output = new ArrayList<>();
    private final BufferedReader reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code main} with the arguments; its standard output and error are read together. */
    public static ChildJvm start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the test run's Derby settings (log file, durability) hold in the child too
        for (String property : List.of("derby.system.durability", "java.awt.headless")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add("-cp");
        // under Surefire this is a manifest-only jar naming the whole test class path
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** Reads the child's output until a line equal to {@code line}; fails if the child ends or time runs out first. */
    public void awaitLine(String line, Duration timeout) throws Exception {
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            try {
                for (String next = reader.readLine(); next != null; next = reader.readLine()) {
                    output.add(next);
                    if (next.equals(line)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            if (!seen.get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("child ended without printing " + line + ":\n" + String.join("\n", output));
            }
        } catch (TimeoutException e) {
            throw new AssertionError("child did not print " + line + " in " + timeout + ":\n" + String.join("\n", output));
        }
    }

    /** The lines read so far. */
    public List<String> output() {
        return List.copyOf(output);
    }

    /** Waits for the child to end and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("child still running after " + timeout);
        }
        return process.exitValue();
    }

    /** Kills the child as kill -9 would, and waits until it is gone. */
    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
