package org.claimtrail.local;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The local stack's demo accounts, each with the role of its name; they exist nowhere else. */
final class DemoAccounts {

    /** Account name and role, in the order the banner lists them. */
    static final List<Map.Entry<String, String>> ACCOUNTS = List.of(
            Map.entry("contributor", "CONTRIBUTOR"),
            Map.entry("reviewer1", "REVIEWER"),
            Map.entry("reviewer2", "REVIEWER"),
            Map.entry("editor", "EDITOR"),
            Map.entry("auditor", "AUDITOR"),
            Map.entry("admin", "ADMIN"));

    private DemoAccounts() {
    }

    /** The {@code claimtrail.security.users} properties of the demo accounts, passwords as bcrypt hashes. */
    static Map<String, Object> properties(String password) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(password);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < ACCOUNTS.size(); i++) {
            String prefix = "claimtrail.security.users[" + i + "].";
            properties.put(prefix + "username", ACCOUNTS.get(i).getKey());
            properties.put(prefix + "password", hash);
            properties.put(prefix + "roles", ACCOUNTS.get(i).getValue());
        }
        return properties;
    }
}
