package org.claimtrail.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The claimtrail server: the HTTP edge, security and Axon's wiring. The command, projection and notification
 * modules join through their own auto-configurations, each when {@code claimtrail.roles} names it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClaimtrailApplication {

    public static void main(String[] args) {
        disableAxonUpdateChecker();
        SpringApplication.run(ClaimtrailApplication.class, args);
    }

    /** Axon's update checker calls home at start; claimtrail makes no call it was not asked to. */
    public static void disableAxonUpdateChecker() {
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }
}
