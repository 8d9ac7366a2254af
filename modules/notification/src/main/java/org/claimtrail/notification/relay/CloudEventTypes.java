package org.claimtrail.notification.relay;

/** Names the CloudEvents {@code type} of a claim event: {@code VerdictSubmitted} is {@code org.claimtrail.claim.verdict-submitted.v1}. */
final class CloudEventTypes {

    private static final String PREFIX = "org.claimtrail.claim.";
    private static final String VERSION = ".v1";

    private CloudEventTypes() {
    }

    static String of(Class<?> eventType) {
        String name = eventType.getSimpleName();
        // ClaimProposed reads better as "claim.proposed" than "claim.claim-proposed".
        if (name.startsWith("Claim") && name.length() > "Claim".length()) {
            name = name.substring("Claim".length());
        }
        return PREFIX + kebab(name) + VERSION;
    }

    private static String kebab(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }
}
