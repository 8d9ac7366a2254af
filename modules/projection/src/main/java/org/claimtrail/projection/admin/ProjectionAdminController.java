package org.claimtrail.projection.admin;

import org.claimtrail.api.NotFound;
import org.claimtrail.platform.endpoint.ApiTag;
import org.claimtrail.platform.endpoint.Endpoint;
import org.claimtrail.platform.endpoint.ProblemType;
import org.claimtrail.platform.endpoint.UserRole;
import org.claimtrail.platform.role.NodeRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionAdminController {

    private final Projections projections;

    ProjectionAdminController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    @Endpoint(servedBy = NodeRole.PROJECTION, users = UserRole.ADMIN, tag = ApiTag.ADMIN,
            operationId = "listProjections", summary = "List the read models",
            description = "Each read model's position in the event stream, and whether it is being rebuilt.",
            responseExample = "projections")
    List<ProjectionStatus> list() {
        return projections.all();
    }

    @PostMapping("/{name}/rebuild")
    @Endpoint(servedBy = NodeRole.PROJECTION, users = UserRole.ADMIN, tag = ApiTag.ADMIN,
            operationId = "rebuildProjection", summary = "Rebuild a read model",
            description = "Empties the read model and replays every event into it, in the background (202). Reads "
                    + "answer from the event store meanwhile.",
            problems = ProblemType.NOT_FOUND, responseExample = "rebuilding")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(projections.rebuild(name).orElseThrow(() ->
                new NotFound("No read model is called " + name + "; there is " + Projections.NAMES + ".")));
    }
}
