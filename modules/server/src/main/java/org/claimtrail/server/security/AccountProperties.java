package org.claimtrail.server.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.claimtrail.platform.endpoint.UserRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * {@code claimtrail.security.users[i].username|password|roles}: the accounts HTTP Basic checks. Passwords are
 * bcrypt hashes in Spring Security's {@code {bcrypt}...} form, so no clear password sits in configuration.
 * {@code claimtrail.security.demo-accounts-allowed} lets accounts have default passwords; only the local stack sets it.
 * {@code claimtrail.security.verified-password-ttl} is how long a verified password is remembered (0: not at all), and
 * {@code claimtrail.security.failed-sign-ins.*} how failed sign-ins are slowed down (see LoginThrottle): after
 * {@code free} failures of one username from one address, each further attempt of that pair waits {@code first-delay},
 * doubled per failure up to {@code longest-delay}; an address may fail {@code per-address} times per {@code window}
 * across all names.
 */
@Validated
@ConfigurationProperties("claimtrail.security")
public record AccountProperties(@DefaultValue List<@Valid Account> users, boolean demoAccountsAllowed,
                                @DefaultValue("5m") Duration verifiedPasswordTtl,
                                @DefaultValue @Valid Throttle failedSignIns) {

    public record Throttle(@DefaultValue("5") @Positive int free, @DefaultValue("1s") Duration firstDelay,
                           @DefaultValue("5m") Duration longestDelay, @DefaultValue("100") @Positive int perAddress,
                           @DefaultValue("1m") Duration window) {
    }

    public record Account(
            @NotBlank String username,
            @NotBlank @Pattern(regexp = "\\{bcrypt}\\$2[aby]?\\$.+", message = "must be a {bcrypt} hash") String password,
            @NotEmpty Set<UserRole> roles) {

        @Override
        public String toString() {
            return "Account[" + username + ", " + roles + "]";
        }
    }
}
