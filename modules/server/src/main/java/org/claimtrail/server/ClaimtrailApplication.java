package org.claimtrail.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The claimtrail server: the command, projection and notification modules behind one HTTP edge. */
@SpringBootApplication(scanBasePackages = "org.claimtrail")
@ConfigurationPropertiesScan("org.claimtrail")
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
