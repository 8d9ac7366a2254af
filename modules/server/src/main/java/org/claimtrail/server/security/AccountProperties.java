package org.claimtrail.server.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
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
 * {@code claimtrail.security.verified-password-ttl} is how long a verified password is remembered (default 0: not at all).
 */
@Validated
@ConfigurationProperties("claimtrail.security")
public record AccountProperties(@DefaultValue List<@Valid Account> users, boolean demoAccountsAllowed,
                                @DefaultValue("0s") Duration verifiedPasswordTtl) {

    public record Account(
            @NotBlank String username,
            @NotBlank @Pattern(regexp = "\\{bcrypt}\\$2[aby]?\\$.+", message = "must be a {bcrypt} hash") String password,
            @NotEmpty Set<Role> roles) {

        @Override
        public String toString() {
            return "Account[" + username + ", " + roles + "]";
        }
    }
}
