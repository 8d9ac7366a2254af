package org.claimtrail.projection.proposition;

import org.claimtrail.api.NotFound;
import org.claimtrail.api.claim.ClaimId;
import org.claimtrail.api.claim.ClaimView;
import org.claimtrail.api.proposition.PropositionKey;
import org.claimtrail.projection.claim.ClaimViewRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
class PropositionController {

    private final ClaimViewRepository claims;
    private final JdbcClient jdbc;

    PropositionController(ClaimViewRepository claims, JdbcClient jdbc) {
        this.claims = claims;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/propositions/{key}")
    PropositionView get(@PathVariable PropositionKey key) {
        List<ClaimView> views = claims.findByProposition(key.value());
        if (views.isEmpty()) {
            throw new NotFound("No claim is on proposition " + key.value() + ".");
        }
        return PropositionView.of(key.value(), views, units(key));
    }

    private Map<ClaimId, String> units(PropositionKey key) {
        Map<ClaimId, String> units = new HashMap<>();
        jdbc.sql("SELECT claim_id, unit FROM proposition_claim WHERE proposition = ?")
                .param(key.value())
                .query(rs -> {
                    units.put(new ClaimId(rs.getObject(1, UUID.class)), rs.getString(2));
                });
        return units;
    }
}
