package org.claimtrail.local;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Gives test methods and constructors the one {@link LocalStack} of this test run: started on first use with a
 * fresh data directory and free ports, and closed by JUnit when every test has run.
 */
public class SharedLocalStack implements ParameterResolver {

    public static final String PASSWORD = "test-password";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(namespace())
                .computeIfAbsent(LocalStack.class, key -> start(), LocalStack.class);
    }

    /** Where the stack is kept: one per namespace, for the whole run. */
    protected ExtensionContext.Namespace namespace() {
        return ExtensionContext.Namespace.GLOBAL;
    }

    protected LocalStack start() {
        return LocalStack.start(freshSettings());
    }

    static LocalSettings freshSettings() {
        try {
            return new LocalSettings(Files.createTempDirectory("claimtrail-test"), 0, 0, 0, PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
