package org.claimtrail.projection.admin;

import org.claimtrail.api.NotFound;
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
    List<ProjectionStatus> list() {
        return projections.all();
    }

    @PostMapping("/{name}/rebuild")
    ResponseEntity<ProjectionStatus> rebuild(@PathVariable String name) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(projections.rebuild(name).orElseThrow(() ->
                new NotFound("No read model is called " + name + "; there is " + Projections.NAMES + ".")));
    }
}
