package org.claimtrail.server.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in is fast by default and stays secure: what is remembered, and what is throttled. */
class SignInTest {

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);

    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(account("reviewer1", "right"));
    private final AtomicInteger hashChecks = new AtomicInteger();
    private final AuthenticationProvider bcrypt = new CountingProvider(users, hashChecks);
    private final AuthenticationProvider signIn = new VerifiedCredentials(
            new LoginThrottle(bcrypt, new AccountProperties.Throttle(3, Duration.ofSeconds(2), Duration.ofSeconds(5), 5,
                    Duration.ofMinutes(1))), users, Duration.ofMinutes(5));

    @Test
    void aVerifiedPasswordIsCheckedAgainstItsHashOnlyOnce() {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn.authenticate(login("reviewer1", "right")).isAuthenticated()).isTrue();
        }
        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void concurrentSignInsOfOneAccountShareOneHashCheck() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Authentication>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit(() -> {
                    start.await();
                    return signIn.authenticate(login("reviewer1", "right"));
                }));
            }
            start.countDown();
            for (Future<Authentication> answer : answers) {
                assertThat(answer.get().isAuthenticated()).isTrue();
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsNeverRemembered() {
        signIn.authenticate(login("reviewer1", "right"));
        assertThatThrownBy(() -> signIn.authenticate(login("reviewer1", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aChangedPasswordNoLongerMatchesWhatWasRemembered() {
        signIn.authenticate(login("reviewer1", "right"));
        users.updateUser(account("reviewer1", "new"));
        assertThatThrownBy(() -> signIn.authenticate(login("reviewer1", "right")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn.authenticate(login("reviewer1", "new")).isAuthenticated()).isTrue();
    }

    @Test
    void failedSignInsOfOneNameFromOneAddressAreThrottledWithoutCheckingTheHash() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn.authenticate(login("reviewer1", "guess", "192.0.2.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        int checks = hashChecks.get();
        assertThatThrownBy(() -> signIn.authenticate(login("reviewer1", "right", "192.0.2.1")))
                .isInstanceOfSatisfying(LoginThrottle.Throttled.class,
                        throttled -> assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
        assertThat(hashChecks).hasValue(checks);
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheLongest() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn.authenticate(login("reviewer1", "guess", "192.0.2.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(retryAfter("192.0.2.1")).isEqualTo(Duration.ofSeconds(2));
        LockSupport.parkNanos(Duration.ofMillis(2_050).toNanos());
        assertThatThrownBy(() -> signIn.authenticate(login("reviewer1", "guess", "192.0.2.1")))
                .isInstanceOf(BadCredentialsException.class);
        // The fourth failure in a row doubles the wait.
        assertThat(retryAfter("192.0.2.1")).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void failuresFromOneAddressDoNotSlowTheNameAtAnother() {
        for (int i = 0; i < 4; i++) {
            try {
                signIn.authenticate(login("reviewer1", "guess", "192.0.2.1"));
            } catch (BadCredentialsException | LoginThrottle.Throttled expected) {
                // Wrong, then refused without a check.
            }
        }
        assertThat(signIn.authenticate(login("reviewer1", "right", "198.51.100.7")).isAuthenticated()).isTrue();
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedThereOnly() {
        for (int i = 0; i < 5; i++) {
            String name = "nobody-" + i;
            assertThatThrownBy(() -> signIn.authenticate(login(name, "guess", "192.0.2.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(login("reviewer1", "right", "192.0.2.1")))
                .isInstanceOf(LoginThrottle.Throttled.class);
        assertThat(signIn.authenticate(login("reviewer1", "right", "198.51.100.7")).isAuthenticated()).isTrue();
    }

    @Test
    void theAddressesOfOneIpv6NetworkCountAsOne() {
        for (int i = 0; i < 5; i++) {
            String address = "2001:db8:1:2::" + (i + 1);
            String name = "nobody-" + i;
            assertThatThrownBy(() -> signIn.authenticate(login(name, "guess", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(login("reviewer1", "right", "2001:db8:1:2::99")))
                .isInstanceOf(LoginThrottle.Throttled.class);
        assertThat(signIn.authenticate(login("reviewer1", "right", "2001:db8:1:3::1")).isAuthenticated()).isTrue();
    }

    @Test
    void aClientAlreadySignedInIsNotLockedOutByAnotherGuessingItsName() {
        signIn.authenticate(login("reviewer1", "right"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn.authenticate(login("reviewer1", "guess"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn.authenticate(login("reviewer1", "right")).isAuthenticated()).isTrue();
    }

    private static UserDetails account(String name, String password) {
        return User.withUsername(name).password("{bcrypt}" + BCRYPT.encode(password)).roles("REVIEWER").build();
    }

    private static Authentication login(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    private static Authentication login(String name, String password, String address) {
        UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        login.setDetails(new WebAuthenticationDetails(address, null));
        return login;
    }

    private Duration retryAfter(String address) {
        try {
            signIn.authenticate(login("reviewer1", "right", address));
        } catch (LoginThrottle.Throttled throttled) {
            return throttled.retryAfter();
        }
        throw new AssertionError("not throttled");
    }

    /** bcrypt, counting how often it runs. */
    private static final class CountingProvider implements AuthenticationProvider {

        private final DaoAuthenticationProvider bcrypt;
        private final AtomicInteger checks;

        CountingProvider(InMemoryUserDetailsManager users, AtomicInteger checks) {
            this.bcrypt = new DaoAuthenticationProvider(users);
            this.checks = checks;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            checks.incrementAndGet();
            // As slow as a real cost factor, so that concurrent sign-ins overlap.
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            return bcrypt.authenticate(authentication);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return bcrypt.supports(authentication);
        }
    }
}
