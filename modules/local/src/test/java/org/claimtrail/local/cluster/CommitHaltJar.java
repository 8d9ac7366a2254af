package org.claimtrail.local.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * A jar of {@link CommitHaltAutoConfiguration} alone, with the entry by which Spring Boot finds it, for a node's
 * {@code loader.path}: the hook reaches only the processes a test starts with it, never the built jar or the tests
 * that run the server in this JVM.
 */
final class CommitHaltJar {

    private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    private CommitHaltJar() {
    }

    /** Writes the jar into {@code dir}; answers its path. */
    static Path writeInto(Path dir) {
        Path jar = dir.resolve("commit-halt.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Class<?> type : CommitHaltAutoConfiguration.class.getNestMembers()) {
                String name = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(name));
                copy(type, name, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry(IMPORTS));
            out.write((CommitHaltAutoConfiguration.class.getName() + "\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + jar, e);
        }
        return jar;
    }

    private static void copy(Class<?> type, String name, OutputStream out) throws IOException {
        try (InputStream in = type.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("No class file " + name);
            }
            in.transferTo(out);
        }
    }
}
